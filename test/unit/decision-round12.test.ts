/**
 * Issue 19, round 12: fixes found on the fourteenth development set `dev15` (bilingual IT/EN invoices,
 * flattened freight columns, OCR-damaged scans, line items in prose). Each case is invented text; each
 * fix has inputs it changes and near misses it must leave alone.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { findInvoiceNumbers } from '../../worker/providers/local/entity-invoice-numbers';
import { scanDocument } from '../../worker/providers/local/entity-scan';
import { splitLines } from '../../worker/providers/local/entity-text';

function numbersOf(text: string): string[] {
  return findInvoiceNumbers(text, splitLines(text), []).map((span) => span.text);
}

function totalOf(text: string): number | null {
  return decideInvoice(text).fields.total ?? null;
}

describe('a label word a scan split with a stray blank', () => {
  it.each([
    ['the number word split after the invoice word', 'lnvoice N o:  HBA-2026-031', 'HBA-2026-031'],
    ['"Nr" split too', 'Invoice N r:  RX-4471', 'RX-4471'],
    ['the invoice word split, in a scanned table\'s cell', '| I nvoice No.   | PRS/3318                 |', 'PRS/3318'],
    ['the same cell with a colon', '| I nvoice No:   | PRS/3318 |', 'PRS/3318'],
  ])('%s', (_case, text, number) => {
    expect(numbersOf(text)).toEqual([number]);
  });

  it.each([
    ['two letters after no label word', 'Room N o:  AB-2026-031'],
    ['the letters far from the label', 'lnvoice for N o:  HBA-2026-031'],
    ['a cell that is no label', '| Pro ject   | 12-2209 |'],
  ])('near miss: %s', (_case, text) => {
    expect(numbersOf(text)).toEqual([]);
  });
});

describe('a sentence of its own that states the total', () => {
  const mail = (closing: string): string =>
    [
      'Invoice number: AB-2026-014',
      'Invoice date: 14 March 2026',
      'From: Verity Sound Ltd',
      'To: Lanternfield Theatre Ltd',
      '',
      'We charged 3 days of installation at €450.00 a day (€1,350.00) and 2 hours of travel at €60.00 an hour (€120.00).',
      closing,
    ].join('\n');

  it.each([
    ['"That makes ... in total"', 'That makes €1,470.00 in total, due by 28 March 2026.'],
    ['"This comes to"', 'This comes to €1,470.00, due by 28 March 2026.'],
    ['"That brings the total to"', 'That brings the total to €1,470.00, due by 28 March 2026.'],
  ])('%s', (_case, closing) => {
    expect(totalOf(mail(closing))).toBe(1470);
  });

  it.each([
    ['a figure not right after the words', 'That makes sense; we will send €1,470.00 back.'],
    ['the words with no figure', 'That makes two visits this month.'],
  ])('near miss: %s', (_case, closing) => {
    expect(totalOf(mail(closing))).toBeNull();
  });
});

describe('a charge in a sentence of its own after the items', () => {
  const mail = (charge: string, after = ''): string =>
    [
      'Invoice number: AB-2026-014',
      'Invoice date: 14 March 2026',
      'Due date: 28 March 2026',
      'From: Verity Sound Ltd',
      'To: Lanternfield Theatre Ltd',
      '',
      'We charged 3 days of installation at €450.00 a day (€1,350.00) and 2 hours of travel at €60.00 an hour (€120.00).',
      charge,
      'That makes €1,556.40 in total.',
      after,
    ].join('\n');

  it('is an item the total includes', () => {
    const text = mail('On top of that come the cables and wall plates we used, €86.40 at cost, receipts attached.');
    expect(scanDocument(text).lineItems.map((item) => item.amount)).toEqual([1350, 120, 86.4]);
    expect(decideInvoice(text).decision).toBe('PASS');
  });

  it('near miss: a sentence about payment is no item', () => {
    const text = mail('A late payment charge of €86.40 applies after 30 days of silence.');
    expect(scanDocument(text).lineItems.map((item) => item.amount)).toEqual([1350, 120]);
  });

  it('near miss: a charge after the total is not added to it', () => {
    const text = mail('', 'On top of that we may charge the cables and wall plates, €86.40 at cost, next month.');
    expect(scanDocument(text).lineItems.map((item) => item.amount)).toEqual([1350, 120]);
  });
});

describe('a line whose quantity and price give another amount than its own', () => {
  const invoice = (line: string): string =>
    ['INVOICE No. TF-115', 'Issued: 12 March 2026 · Due: 26 March 2026', 'From: Fairweather IT Ltd', 'Customer: Glenmoray Vets Ltd', '', line, '', 'Total: £360.00'].join('\n');

  it.each([
    ['a rate "an hour" and a colon before the amount', '- 4 hours of on-site support at £85.00 an hour: £360.00'],
    ['"each" and a colon', '- set up 6 new laptops at £45.00 each: £360.00'],
  ])('%s fails', (_case, line) => {
    expect(decideInvoice(invoice(line)).decision).toBe('FAIL');
  });

  it.each([
    ['a product that agrees', '- 4 hours of on-site support at £90.00 an hour: £360.00'],
    ['a day of the month is no quantity', '- Two hours of support on 5 March at £180.00 an hour: £360.00'],
    ['"2 marble tiles" still counts two', '- 2 marble tiles at £180.00 each: £360.00'],
    ['no unit before the colon', '- 4 hours of support, price £85.00: £360.00'],
  ])('near miss: %s', (_case, line) => {
    expect(decideInvoice(invoice(line)).decision).toBe('PASS');
  });
});
