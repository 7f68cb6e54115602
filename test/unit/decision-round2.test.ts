/**
 * Issue 19, round 2 (tuned on hold-out dev2): negative amounts written after the figure or in
 * brackets, the krona, Nordic and Polish labels, swapped letters, line arithmetic, run-on rows,
 * parties in prose and mail headers, deadlines in sentences. Each test fails without its rule.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { findAmounts } from '../../worker/providers/local/entity-amounts';
import { foldText } from '../../worker/providers/local/entity-ocr';
import { scanDocument } from '../../worker/providers/local/entity-scan';

function amounts(text: string): [string, number, string | null][] {
  return findAmounts(text, []).map((amount) => [amount.text, amount.value, amount.currency]);
}

const HEAD = ['Invoice no. R2-1', 'Invoice date: 2025-05-02', 'Due date: 2025-05-30', 'Supplier: Acme Tools Ltd', 'Customer: Borealis Retail AB'];

describe('negative amounts and the krona', () => {
  it.each([
    ['Totale nota di credito EUR        158,08-', '158,08-', -158.08, null],
    ['Total credit ......... (1,800.00)', '(1,800.00)', -1800, null],
    ['Credit total:   (€ 95.00)', '(€ 95.00)', -95, 'EUR'],
  ])('%s', (text, quoted, value, currency) => {
    expect(amounts(text)).toEqual([[quoted, value, currency]]);
  });

  it('reads no sign into ranges, sentences or brackets mid-line', () => {
    expect(amounts('Estimate 100.00-200.00')).toEqual([['100.00', 100, null]]);
    expect(amounts('3 workbooks at 12.99 each (38.97) and the fee')).toEqual([
      ['12.99', 12.99, null],
      ['38.97', 38.97, null],
    ]);
  });

  it('reads kr. as the one krona the document names, and as no currency otherwise', () => {
    expect(amounts('Subtotal kr. 3.900,00\nI alt DKK 4.875,00').map(([, , currency]) => currency)).toEqual(['DKK', 'DKK']);
    expect(amounts('Subtotal kr. 3.900,00')).toEqual([['kr. 3.900,00', 3900, null]]);
  });

  it('fails a credit note whose total carries a trailing minus', () => {
    const decision = decideInvoice([...HEAD, 'Returned goods   152,00-', 'Totale nota di credito EUR   152,00-'].join('\n'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toContain('total -152.00 is negative');
  });
});

describe('labels in more languages and with swapped letters', () => {
  it('reads Swedish labels glossed in English', () => {
    const text = [
      'FAKTURA / INVOICE',
      'Fakturanummer (Invoice no.): 40288',
      'Fakturadatum (Invoice date): 2025-11-20',
      'Förfallodatum (Due date): 2025-12-20',
      'Säljare (Seller): Norrsken Verktyg AB, Umeå',
      'Köpare (Buyer): Ballymore Hardware Ltd, Athlone',
      'Att betala (Amount due) SEK      14 790,00',
    ].join('\n');
    const decision = decideInvoice(text);
    expect(decision.decision).toBe('PASS');
    expect(decision.fields).toMatchObject({ invoice_number: '40288', vendor: 'Norrsken Verktyg AB', customer: 'Ballymore Hardware Ltd', total: 14790, due_date: '2025-12-20' });
  });

  it.each([
    ['Invocie Numebr', 'invoice number'],
    ['Paymnet', 'payment'],
    ['Cusotmer', 'customer'],
    ['Totla', 'total'],
  ])('reads %s as %s', (damaged, label) => {
    expect(foldText(damaged)).toBe(foldText(label));
  });

  it.each(['form', 'notte', 'united', 'trial', 'Dtae'])('leaves the ordinary word %s alone', (word) => {
    expect(foldText(word)).toBe(foldText(word.toLowerCase()));
    expect(foldText(word)).not.toBe(foldText('from'));
  });
});

describe('line items', () => {
  it('fails a line whose quantity times price is not its amount', () => {
    const decision = decideInvoice([...HEAD, 'Aran undyed, 5 kg @ £80.00/kg        £450.00', 'Carriage                             £12.00', 'Total                                £462.00'].join('\n'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toContain("a line item's quantity times price is 400.00, not its stated 450.00");
    expect(decision.evidence).toContain('Aran undyed, 5 kg @ £80.00/kg        £450.00');
  });

  it('leaves lines with several factors or a rounded unit price unchecked', () => {
    const lines = ['Mic hire, 3 days x 2 mics @ 45.00      270.00', 'Power, 1,234 kWh @ 0.29      357.90', 'Total      627.90'];
    expect(decideInvoice([...HEAD, ...lines].join('\n')).decision).toBe('PASS');
  });

  it('reads rows run onto one line, parted by their descriptions', () => {
    const doc = scanDocument('Service Qty Fee\nConsultation 1 55.00 Vaccination DHPP 1 38.00 Nail trim 1 12.00\nTotal due $105.00');
    expect(doc.lineItems.map((item) => item.amount)).toEqual([55, 38, 12]);
  });

  it('keeps a row with a unit between price and amount whole', () => {
    const doc = scanDocument('Montage 4,5 Std 58,00 261,00\nGesamt 261,00');
    expect(doc.lineItems.map((item) => item.amount)).toEqual([261]);
  });

  it('counts list items stated in sentences beside other item lines', () => {
    const body = ['  • hedge cutting, 2 days at 280.00 per day', '  • removal of green waste, 1 load at 95.00', 'The invoice total is £655.00.'];
    expect(decideInvoice([...HEAD, ...body].join('\n')).decision).toBe('PASS');
  });
});

describe('parties and deadlines in mail and prose', () => {
  it('prefers the invoice letterhead to the mail header sender', () => {
    const text = [
      'From: Bram Hoekstra <bram@hoekstrastands.nl>',
      'To: Tom Abernethy <tom@quillfeather.com>',
      '',
      '> Hoekstra Stands B.V. — INVOICE HS-25031',
      '> Invoice date: 14-04-2025 | Due: 28-04-2025',
      '> Customer: Quillfeather Games Ltd',
      '> Total                         € 4.785,55',
    ].join('\n');
    expect(decideInvoice(text).fields).toMatchObject({ vendor: 'Hoekstra Stands B.V.', customer: 'Quillfeather Games Ltd' });
  });

  it('reads parties in mid-sentence and a deadline after "by"', () => {
    const text = [
      'Invoice 2025-4',
      'To confirm, invoice CL-0912 (dated 2 May 2025) from Cedar Lane Landscaping to Adaeze Okonkwo covers the work.',
      'The invoice total is £1,025.00. Please transfer the total by 16 May 2025.',
    ].join('\n');
    expect(decideInvoice(text).fields).toMatchObject({ vendor: 'Cedar Lane Landscaping', customer: 'Adaeze Okonkwo', due_date: '2025-05-16' });
  });

  it('does not take a date a clause after "issued by" for the issue date', () => {
    const text = 'CREDIT NOTE CN-3107\nThis credit note is issued by Mapleknot Consulting Inc. to Harbourview Credit Union and cancels part of invoice MK-2025-61 of February 28, 2025.\nDate: March 12, 2025';
    expect(decideInvoice(text).fields).toMatchObject({ issue_date: '2025-03-12', vendor: 'Mapleknot Consulting Inc.', customer: 'Harbourview Credit Union' });
  });
});
