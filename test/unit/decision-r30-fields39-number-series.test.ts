/**
 * A Portuguese-style invoice number after its invoice word mid-line (round 30, hold-out dev39): "Assunto: Fatura
 * FT 2026/88" and "a fatura FT 2026/88, emitida a ..." were read as no number, as a series apart ("FT ") was
 * taken only after a number word or in a title opening its line. Invented texts; near misses keep no number.
 */
import { fieldsOf } from '../helpers/decision-lines';

const mail = (subject: string, sentence: string) => [
  'De: Carpintaria Ponta do Sol <geral@pontadosol.example>',
  'Para: Pousada Ribeira Grande <reservas@ribeiragrande.example>',
  subject,
  '',
  sentence,
];

describe('a type code, a series and a number after the invoice word', () => {
  it('"Assunto: Fatura FT 2026/31" is the number', () => {
    expect(fieldsOf(mail('Assunto: Fatura FT 2026/31', 'Bom dia, segue o detalhe.')).invoice_number).toBe('FT 2026/31');
  });

  it('"a fatura-recibo FR A/17, emitida a ..." is the number', () => {
    expect(fieldsOf(mail('Assunto: pagamento', 'Segue em anexo a fatura FR A/17, emitida a 02/03/2026.')).invoice_number).toBe('FR A/17');
  });

  it('near miss: "Fatura FT de março" holds no number', () => {
    expect(fieldsOf(mail('Assunto: Fatura FT de março', 'Bom dia.')).invoice_number).toBeNull();
  });

  it('near miss: another type code before a slash number ("Fatura PO 2026/31") is no Portuguese series', () => {
    expect(fieldsOf(mail('Assunto: Fatura PO 2026/31', 'Bom dia.')).invoice_number).toBeNull();
  });
});
