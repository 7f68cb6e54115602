/**
 * A Portuguese invoice-receipt's or simplified invoice's number after its compound title (round 30, hold-out
 * dev37): "FATURA-RECIBO FR 2026/58", "Factura simplificada Nº FS-12". The title word "Fatura" was matched alone,
 * so the number was sought in "-RECIBO" or "simplificada" and none was read. The texts are invented; the near
 * miss is the title with no number after it.
 */
import { fieldsOf } from '../helpers/decision-lines';

const invoice = (title: string) => [
  'Tiago Moura Fotografia',
  'Rua das Flores 20, 4050-262 Porto · NIF 223 114 905',
  '',
  title,
  'Data de emissão: 02-05-2026',
  'Cliente: Casa do Rio Eventos, Lda.',
  '',
  'Reportagem fotográfica   1 x 600,00 €   600,00 €',
  'IVA 23%: 138,00 €',
  'Total: 738,00 €',
  'Data de vencimento: 02-06-2026',
];

describe("a number after Portugal's compound invoice titles", () => {
  it.each([
    ['FATURA-RECIBO FR 2026/14', 'FR 2026/14'],
    ['Fatura-recibo n.º FR A/7', 'FR A/7'],
    ['FATURA SIMPLIFICADA FS 2026/3', 'FS 2026/3'],
    ['FACTURA SIMPLIFICADA Nº FS-2026-0012', 'FS-2026-0012'],
  ])('%s', (title, number) => {
    expect(fieldsOf(invoice(title)).invoice_number).toBe(number);
  });

  it('a plain title still reads its series', () => {
    expect(fieldsOf(invoice('FATURA FT 2026/14')).invoice_number).toBe('FT 2026/14');
  });

  it('near miss: the compound title with no number after it gives none', () => {
    expect(fieldsOf(invoice('FATURA-RECIBO')).invoice_number).toBeNull();
  });
});
