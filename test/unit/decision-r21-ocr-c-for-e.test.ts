/**
 * A scan reads an e as a c: "Scadcnza:", "Echéancc :", "Facturc n°". A label word of five letters or
 * more with c's where the label has e's is read as that label. Found on hold-out dev25 (Italian,
 * Belgian and French scans); the texts here are invented. Near misses: ordinary words stay as they
 * are, an e read where a label has a c is no repair, and short labels are left alone.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { foldText } from '../../worker/providers/local/entity-ocr';

const scan = (dueLine: string, numberLine = 'Fattura n. 42/2026') =>
  [
    'Studio Tecnico Marelli S.r.l.',
    'Via Garibaldi 8, 25121 Brescia',
    '',
    'Spett.le',
    'Officine Rovato S.p.A.',
    'Via Roma 3, 25038 Rovato',
    '',
    numberLine,
    'Data: 10/03/2026',
    '',
    'Progettazione impianto elettrico                 € 1.500,00',
    'Totale                                           € 1.500,00',
    '',
    dueLine,
  ].join('\n');

describe('OCR reads an e of a label as a c', () => {
  it.each([
    ['Scadcnza: 09/04/2026', '2026-04-09'],
    ['Echéancc : 09/04/2026', '2026-04-09'],
    ['SCADCNZA 09/04/2026', '2026-04-09'],
  ])('"%s" is the due date', (line, due) => {
    const result = decideInvoice(scan(line));
    expect(result.fields.due_date).toBe(due);
    expect(result.decision).toBe('PASS');
  });

  it('"Facturc n°" labels the invoice number', () => {
    expect(decideInvoice(scan('Scadenza: 09/04/2026', 'Facturc n° FA-2026-118')).fields.invoice_number).toBe('FA-2026-118');
  });

  it('folds only the damaged label word, keeping offsets', () => {
    const text = 'Scadcnza: 09/04/2026';
    const folded = foldText(text);
    expect(folded).toHaveLength(text.length);
    expect(folded.startsWith('scadenza:')).toBe(true);
  });

  it.each(['dance', 'since', 'pence', 'Decca', 'cocoa', 'Facturation', 'scadenzario'])('near miss: the ordinary word "%s" keeps its c', (word) => {
    expect(foldText(`${word} 12`).slice(0, word.length)).toBe(word.toLowerCase().replace(/i/g, 'l'));
  });

  it('near miss: a c read as an e ("Totale" is no "Totalc"; "Fecha" spelled "Feeha") is not repaired the other way', () => {
    expect(foldText('Feeha: 1').slice(0, 5)).toBe('feeha');
  });

  it('near miss: without a due label the invoice still lacks its due date', () => {
    const result = decideInvoice(scan('Scadcnte: 09/04/2026'));
    expect(result.fields.due_date).toBeNull();
    expect(result.decision).toBe('NEEDS_INFO');
  });
});
