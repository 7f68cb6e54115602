/** OCR-tolerant label matching: damaged labels still name their field, ordinary words never turn into labels. */
import { foldPattern, foldText } from '../../worker/providers/local/entity-ocr';
import { AMOUNT_LABEL_RULES } from '../../worker/providers/local/entity-amount-labels';
import { DATE_LABEL_RULES } from '../../worker/providers/local/entity-date-labels';
import { findInvoiceNumbers } from '../../worker/providers/local/entity-invoice-numbers';
import { findParties } from '../../worker/providers/local/entity-parties';
import { keywordHits, splitLines } from '../../worker/providers/local/entity-text';

const RULES = { date: DATE_LABEL_RULES, amount: AMOUNT_LABEL_RULES };

function labelOf(context: string, kind: keyof typeof RULES): string | undefined {
  return keywordHits(context, RULES[kind])[0]?.label;
}

describe('foldText', () => {
  it('keeps every character at its offset', () => {
    for (const text of ['lnvoice Nurnber: AT-1', 'T O T A L  891.31', 'Fällig: 14.04.2024', 'Bi11 to: Ächter GmbH', '15th March 2O25']) {
      expect(foldText(text)).toHaveLength(text.length);
    }
  });

  it('reads digits as letters only inside words, never in figures or ordinals', () => {
    expect(foldText('T0TAL Bi11 Da7e 1nvoice')).toBe('total blll date lnvolce');
    expect(foldText('2025 15th 1,234.00 70 8111')).toBe('2025 15th 1,234.00 70 8111');
  });
});

describe('damaged labels', () => {
  it.each([
    ['lnvoice Da7e:', 'date', 'issue'],
    ['Due Da7e:', 'date', 'due'],
    ['DueDate:', 'date', 'due'],
    ['Fa11ig am', 'date', 'due'],
    ['Faellig:', 'date', 'due'],
    ['Fallig:', 'date', 'due'],
    ['INVOICEDATE', 'date', 'issue'],
    ['Echeance :', 'date', 'due'],
    ['T0TAL', 'amount', 'total'],
    ['T O T A L', 'amount', 'total'],
    ['Subtota1', 'amount', 'subtotal'],
    ['5ubtotal', 'amount', 'subtotal'],
    ['Grand Tota1', 'amount', 'total'],
    ['GrandTotal', 'amount', 'total'],
    ['Surnme', 'amount', 'total'],
    ['Zwischensurnme', 'amount', 'subtotal'],
    ['Gesarntbetrag', 'amount', 'total'],
    ['Disc0unt', 'amount', 'discount'],
  ] as const)('%s is a %s label, %s', (context, kind, label) => {
    expect(labelOf(context, kind)).toBe(label);
  });

  it.each([
    ['lnvoice Nurnber: AT-2025-0412', 'AT-2025-0412'],
    ['INV0ICE No .  HP-204417', 'HP-204417'],
    ['Invoice N0: NPS-88213', 'NPS-88213'],
    ['1nvoice #: 5521', '5521'],
    ['Rechnungsnurnmer: 2025-17', '2025-17'],
    ['InvoiceNumber: 77', '77'],
  ])('%s names the invoice number', (text, number) => {
    expect(findInvoiceNumbers(text, splitLines(text), []).map((span) => span.text)).toEqual([number]);
  });

  it.each([
    ['Bi11 to: Borealis Technik GmbH', 'customer', 'Borealis Technik GmbH'],
    ['Bil1 To:\nFenwick & Daughters Bakery', 'customer', 'Fenwick & Daughters Bakery'],
    ['Custorner: Halden Construction plc', 'customer', 'Halden Construction plc'],
    ['5upplier: Kestrel Drone Surveys Ltd', 'vendor', 'Kestrel Drone Surveys Ltd'],
    ['Vend0r: Willow & Wren Interiors Ltd', 'vendor', 'Willow & Wren Interiors Ltd'],
  ])('%s names the %s', (text, role, name) => {
    expect(findParties(text).map((party) => [party.role, party.name])).toEqual([[role, name]]);
  });
});

describe('ordinary words', () => {
  it.each([
    ['Totally normal sentence', 'amount'],
    ['subtotalling later', 'amount'],
    ['Taxi fare', 'amount'],
    ['Discounted rate', 'amount'],
    ['70 boxes', 'amount'],
    ['dune and dues', 'date'],
    ['the form is attached', 'date'],
    ['Netherlands office', 'amount'],
    ['totem 15th', 'amount'],
    ['2025 8111 7073', 'amount'],
    ['candidate', 'date'],
    ['mandated', 'date'],
  ] as const)('%s holds no %s label', (context, kind) => {
    expect(keywordHits(context, RULES[kind])).toEqual([]);
  });

  it.each([
    ['Deliver to: Unit 5, Riverside Estate'],
    ['70  Widgets'],
    ['Former clients: many'],
    ['Transform: yes'],
    ['Total  1,200.00'],
  ])('%s names no party', (text) => {
    expect(findParties(text)).toEqual([]);
  });

  it('folds a label pattern like the text it runs on', () => {
    expect(new RegExp(foldPattern('fällig'), 'u').test(foldText('FAELLIG'))).toBe(true);
    expect(new RegExp(foldPattern('number'), 'u').test(foldText('Nurnber'))).toBe(true);
    expect(new RegExp(foldPattern('from'), 'u').test(foldText('form'))).toBe(false);
  });
});
