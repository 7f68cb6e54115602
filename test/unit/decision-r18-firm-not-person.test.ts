/**
 * Issue 19, round 18 part C (`dev19`, `dev20`): the firm, not the person. A contact under a customer's
 * label, a person saluted under the customer's company, a writer's name under a letter's closing, the
 * Austrian "e.U." and the Dutch "Aan" before a name. Invented text, with near misses.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { HAS_LEGAL_FORM, leadingName } from '../../worker/providers/local/entity-party-names';

const fieldsOf = (text: string) => {
  const fields = decideInvoice(text).fields as Record<string, unknown>;
  return { vendor: fields.vendor, customer: fields.customer };
};

describe('the Austrian "e.U." is a legal form', () => {
  it('reads it as part of the name', () => {
    expect(HAS_LEGAL_FORM.test('Tischlerei Brunnbauer e.U.')).toBe(true);
    expect(leadingName('Tischlerei Brunnbauer e.U.')).toBe('Tischlerei Brunnbauer e.U.');
  });

  it('a letterhead with "e.U." names the vendor', () => {
    const text = [
      'Tischlerei Brunnbauer e.U. · Hauptplatz 3 · 4600 Wels',
      '',
      'An',
      'Lindmayr Immobilien GmbH',
      'Ringstraße 9, 4020 Linz',
      '',
      'RECHNUNG TB-2026/088',
      'Rechnungsdatum: 3. März 2026',
      'Fällig: 17. März 2026',
      'Gesamtbetrag: 1.200,00 €',
    ].join('\n');
    expect(fieldsOf(text).vendor).toBe('Tischlerei Brunnbauer e.U.');
  });

  it('near miss: "e.g." and a lone "e." are no legal form', () => {
    expect(HAS_LEGAL_FORM.test('Repairs e.g. hinges')).toBe(false);
  });
});

describe('an attention line under the customer label', () => {
  const invoice = (attention: string) =>
    [
      'Quillfield Analytics Ltd',
      '4 Mill Lane, Cork T12 X8Y9',
      '',
      'To: Ballyhale Orchards Ltd',
      attention,
      'Kilkenny Road, Thomastown',
      '',
      'Invoice QA-0451',
      'Date: 2 March 2026',
      'Due: 1 April 2026',
      'Total due: EUR 800.00',
    ].join('\n');

  it('the contact or office under "To:" belongs to the customer', () => {
    expect(fieldsOf(invoice('Attn: Orla Keating, Finance')).customer).toBe('Ballyhale Orchards Ltd');
    expect(fieldsOf(invoice('      Attn : Operations Lead')).customer).toBe('Ballyhale Orchards Ltd');
  });

  it('near miss: an attention line alone still names the customer', () => {
    const text = [
      'Quillfield Analytics Ltd',
      '4 Mill Lane, Cork T12 X8Y9',
      '',
      'Attn: Orla Keating',
      'Kilkenny Road, Thomastown',
      '',
      'Invoice QA-0451',
      'Date: 2 March 2026',
      'Total due: EUR 800.00',
    ].join('\n');
    expect(fieldsOf(text).customer).toBe('Orla Keating');
  });
});

describe('a person saluted under the customer company', () => {
  const letter = (above: string) =>
    [
      'KROLL & PARTNER',
      'Steuerberatung',
      '',
      above,
      'Herrn Anton Wieland',
      'Lindenallee 4',
      '33602 Bielefeld',
      '',
      'Rechnungsnummer: 2026/0311',
      'Rechnungsdatum: 04.03.2026',
      'Gesamtbetrag EUR 1.190,00',
    ].join('\n');

  it('the company is the customer, the person its contact', () => {
    expect(fieldsOf(letter('Wieland Gerätebau GmbH')).customer).toBe('Wieland Gerätebau GmbH');
  });

  it('near miss: a saluted person with no company above is the customer', () => {
    expect(fieldsOf(letter('')).customer).toBe('Anton Wieland');
  });
});

describe('the writer under a closing is no letterhead', () => {
  const mail = (company: string) =>
    [
      'Hello Maeve,',
      '',
      'Invoice CW-2290 dated 4 March 2026, due 18 March 2026.',
      'Two days of tiling at €240.00 per day and adhesive at €65.00, total €545.00.',
      '',
      'Kind regards,',
      'Declan Furlong',
      `${company}14 Quay Street, Wexford · VAT IE 7712093K`,
    ].join('\n');

  it('the company in the signature is the vendor, not the writer', () => {
    expect(fieldsOf(mail('Furlong Tiling Ltd · ')).vendor).toBe('Furlong Tiling Ltd');
  });

  it('near miss: a letterhead at the top is still read', () => {
    const text = ['Slaney Tiling Services', '14 Quay Street, Wexford', '', 'Invoice CW-2290', 'Date: 4 March 2026', 'Total: €545.00'].join('\n');
    expect(fieldsOf(text).vendor).toBe('Slaney Tiling Services');
  });
});

describe('the Dutch "Aan" before the customer name', () => {
  const letter = (line: string) =>
    [
      'Adviesbureau Terlouw',
      'Markt 4, 5211 JV Den Bosch · KvK 55120033',
      '',
      line,
      't.a.v. mevrouw P. de Graaf',
      'Molenstraat 8, 5211 AA Den Bosch',
      '',
      'Factuur 2026-031',
      'Datum: 5 maart 2026',
      'Totaal: € 605,00',
    ].join('\n');

  it('"Aan" addresses the block and is no part of the name', () => {
    expect(fieldsOf(letter('Aan Drukkerij De Zwaluw B.V.')).customer).toBe('Drukkerij De Zwaluw B.V.');
  });

  it('near miss: a name with no addressing word is kept whole', () => {
    expect(fieldsOf(letter('Drukkerij Aan De Dijk B.V.')).customer).toBe('Drukkerij Aan De Dijk B.V.');
  });
});
