/**
 * Round 28, part "parties": firms' names cut short or taken from a clerk. A one-letter "a"/"à"/"á" inside a
 * firm's name before its legal form (leadingName), Portugal's "Unipessoal" and Peru's "S.A.C." as legal forms,
 * the last stop of dotted initials a sentence's end took ("S.A.C. Consulte"), and an issuing clerk with a Czech
 * academic title ("Vystavila / Issued by: Bc. Tereza Hálová") standing for the letterhead's firm. Invented texts,
 * each with a near miss.
 */
import { customerOf, vendorOf } from '../helpers/decision-lines';
import { leadingName } from '../../worker/providers/local/entity-party-names';

describe('a one-letter particle inside a firm\'s name', () => {
  it('keeps "a", "à" and "á" between capitalised words when a legal form ends the name', () => {
    expect(leadingName('Truhlářství Dvořák a Beneš s.r.o.')).toBe('Truhlářství Dvořák a Beneš s.r.o.');
    expect(leadingName('Moules à Tartes Ardennaises SRL')).toBe('Moules à Tartes Ardennaises SRL');
  });

  it('still ends a name at "a" with no legal form after it, or a lower-case word after it', () => {
    expect(leadingName('Jana Dvořák a Petr Beneš')).toBe('Jana Dvořák');
    expect(leadingName('Moules à tartes SRL')).toBe('Moules');
  });
});

describe('legal forms of Portugal and Peru', () => {
  it('reads "…, Unipessoal Lda." whole after a label', () => {
    expect(customerOf(['FATURA', 'Cliente: Padaria Ribeira Velha, Unipessoal Lda.', 'Total a pagar: 100,00 €'])).toBe('Padaria Ribeira Velha, Unipessoal Lda.');
  });

  it('still ends a name at a comma before a word that is no legal form', () => {
    expect(customerOf(['FATURA', 'Cliente: Padaria Ribeira Velha, Porto', 'Total a pagar: 100,00 €'])).toBe('Padaria Ribeira Velha');
  });
});

describe('the last stop of dotted initials before a sentence', () => {
  it('gives "S.A.C." its stop back', () => {
    expect(vendorOf(['Representación impresa de la factura electrónica emitida por Tejidos Andinos Puno S.A.C. Consulte en la web.'])).toBe('Tejidos Andinos Puno S.A.C.');
  });

  it('leaves a plain abbreviation before a new sentence as it was', () => {
    expect(vendorOf(['Representación impresa de la factura electrónica emitida por Tejidos Andinos Puno Ltd. Consulte en la web.'])).toBe('Tejidos Andinos Puno Ltd');
  });
});

describe('an issuing clerk with an academic title', () => {
  const invoice = (issuer: string) => [
    'Keramika Lipno s.r.o.',
    'Náměstí 3, 382 78 Lipno nad Vltavou · IČ: 12345678',
    '',
    'FAKTURA / INVOICE',
    'Číslo / Number: 2026-0101',
    'Celkem k úhradě / Total (CZK):    1 210,00 Kč',
    `Vystavila / Issued by: ${issuer}`,
  ];

  it('reads the letterhead\'s firm for "Bc. Tereza Hálová"', () => {
    expect(vendorOf(invoice('Bc. Tereza Hálová'))).toBe('Keramika Lipno s.r.o.');
  });

  it('keeps a firm named as issuer', () => {
    expect(vendorOf(invoice('Keramika Lipno Servis s.r.o.'))).toBe('Keramika Lipno Servis s.r.o.');
  });
});
