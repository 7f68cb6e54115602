/**
 * Issue 19, round 10: fixes found by perturbing the development invoices (see
 * `scripts/eval/perturb.ts`): OCR noise in labels, flattened columns, bilingual glosses, casing and
 * punctuation. Each case is invented text; each fix has an input it changes and a near miss it must
 * leave alone.
 */
import { findAmounts } from '../../worker/providers/local/entity-amounts';
import { findInvoiceNumbers } from '../../worker/providers/local/entity-invoice-numbers';
import { findParties } from '../../worker/providers/local/entity-parties';
import { foldText } from '../../worker/providers/local/entity-ocr';
import { splitLines } from '../../worker/providers/local/entity-text';

function partiesOf(text: string, role: 'vendor' | 'customer'): string[] {
  return findParties(text).filter((party) => party.role === role).map((party) => party.name);
}

describe('a party label parted from its name by a stray mark or a dash', () => {
  it.each([
    ['a stray dot before the colon', 'Bill To.: Ridgeway Scout Troop 41'],
    ['a stray bar opening the line', '| Buyer: Tern Analytics BV'],
    ['a dash for the colon', 'Client - Boulangerie Petit Four'],
    ['an en dash for the colon', 'Billed to – Outremont Legal LLP'],
  ])('%s', (_case, line) => {
    expect(partiesOf(`Invoice no. 7\n${line}`, 'customer')).toHaveLength(1);
  });

  it('a dash before a word that is no name gives no customer', () => {
    expect(partiesOf('Invoice no. 7\nClient - 40012', 'customer')).toEqual([]);
  });

  it('a hyphenated word after the label is no dash separator', () => {
    expect(partiesOf('Invoice no. 7\nClient-facing work on the website', 'customer')).toEqual([]);
  });
});

describe('a zero read for an O in a short label word', () => {
  it.each([
    ['Bill T0:', 'blll to:'],
    ['Invoice N0.', 'lnvolce no.'],
  ])('%s folds as a label (i reads l)', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it.each(['70', 'A1', '20', 'B12', 'A10'])('%s stays as it is', (word) => {
    expect(foldText(word)).toBe(word.toLowerCase());
  });

  it('the customer after "Bill T0:" is found', () => {
    expect(partiesOf('Invoice no. 7\nBILL T0:   WESTFIELD CONSTRUCTION LLC', 'customer')).toEqual(['WESTFIELD CONSTRUCTION LLC']);
  });
});

describe('an invoice number after a dash for the colon', () => {
  const numbers = (text: string): string[] => findInvoiceNumbers(text, splitLines(text), []).map((span) => span.text);

  it.each([
    ['a hyphen', 'Invoice No - GJ-7741      Date - 16/03/2026'],
    ['an en dash', 'Rechnungsnummer / Invoice no. – BK-26-0177'],
  ])('%s', (_case, text) => {
    expect(numbers(text)).toEqual([text.includes('GJ') ? 'GJ-7741' : 'BK-26-0177']);
  });

  it('a dash before words gives no number', () => {
    expect(numbers('Invoice - see attached statement')).toEqual([]);
  });
});

describe('a party label opening its line without a colon, one blank before the name', () => {
  it.each([
    ['Bill to Harbor Freightways Inc.', 'Harbor Freightways Inc.'],
    ['Buyer Tern Analytics BV', 'Tern Analytics BV'],
    ['Customer Marsh Lane Bakery', 'Marsh Lane Bakery'],
    ['Bill to Parkside Veterinary Group, 12 Elm St, Somerville', 'Parkside Veterinary Group'],
  ])('%s', (line, name) => {
    expect(partiesOf(`Invoice no. 7\n${line}`, 'customer')).toEqual([name]);
  });

  it.each([
    ['a heading of something else', 'Customer Service Team Leeds Office'],
    ['a person to write to', 'Attn. Mr R. de Klerk, HR department'],
    ['a heading row', 'BILL TO SHIP TO INVOICE # 1093'],
    ['a sentence', 'Customer Care Is Our Priority!'],
    ['a person, not an organisation', 'Customer Marcus Bell'],
    ['a label mid-sentence', 'Thank you, Customer Harbour Cafe Ltd'],
  ])('%s gives no customer', (_case, line) => {
    expect(partiesOf(`Invoice no. 7\n${line}`, 'customer')).toEqual([]);
  });
});

describe('a field label opening a line is no letterhead', () => {
  const invoice = (label: string): string =>
    ['INVOICE', label, 'Invoice date: 11 March 2026', 'Billed to: Maplestead Veterinary Practice Ltd', '12 Harbour Road, Whitby', 'Total: £425.00'].join('\n');

  it.each(['DUE DATE     March 25, 2026', 'Due Date - 30 Mar 2026', 'Rechnungsnummer / Invoice no. 000318', 'Factuurnummer / Invoice no.:   26-0091'])('%s', (label) => {
    expect(partiesOf(invoice(label), 'vendor')).toEqual([]);
  });

  it('a company name in capitals over its address still is one', () => {
    expect(partiesOf(['NUMBERWORKS BOOKKEEPING LTD', '4 Quay Street, Bristol BS1 4DB', 'Bill to: Pevensey Dental Ltd'].join('\n'), 'vendor')).toEqual(['NUMBERWORKS BOOKKEEPING LTD']);
  });
});

describe('a bilingual closing opens the signature', () => {
  const mail = (closing: string): string =>
    ['Invoice no.: 26-0091', 'Invoice to: Hooghiemstra Biotech B.V.', '', closing, 'Annelies Groenhart', '', 'Groenhart Taalwerk · KvK 74120388'].join('\n');

  it('"Met vriendelijke groet / Kind regards," signs for the company under the writer', () => {
    expect(partiesOf(mail('Met vriendelijke groet / Kind regards,'), 'vendor')).toEqual(['Groenhart Taalwerk']);
  });

  it('a line with a slash that is no closing opens nothing', () => {
    expect(partiesOf(mail('Vertaling / Translation,'), 'vendor')).not.toEqual(['Groenhart Taalwerk']);
  });
});

describe('a figure grouped by a blank, one blank after a total\'s or a tax\'s label', () => {
  const values = (text: string): number[] => findAmounts(text, []).map((amount) => amount.value);

  it.each([
    ['Total HT 1 270,00', 1270],
    ['Razem 4 452,60', 4452.6],
    ['TVA 20 % 1 439,60', 1439.6],
    ['MVA 25% 4 680,00', 4680],
    ['Net 18 720,00', 18720],
  ])('%s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it.each([
    ['an item line: a quantity and a price', 'Couverture 4 625,00', [625]],
    ['a decimal point, as English invoices write money', 'Subtotal 1 270.00', [270]],
    ['a label word inside another word', 'Subnet 1 270,00', [270]],
  ])('%s stays apart', (_case, text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});
