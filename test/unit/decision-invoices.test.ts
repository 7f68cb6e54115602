/** The invoice rules on invoices as they arrive: items in tables, lists and prose, payments, mail, currencies. */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { scanDocument } from '../../worker/providers/local/entity-scan';

const HEAD = ['Invoice No: 2025-1', 'Invoice date: 2025-03-01', 'Due date: 2025-03-31', 'Supplier: Acme Tooling GmbH', 'Customer: Borealis Ltd'];

function invoice(...lines: string[]): string {
  return [...HEAD, ...lines].join('\n');
}

function items(text: string): number[] {
  return scanDocument(text).lineItems.map((item) => item.amount);
}

describe('line items', () => {
  it.each([
    ['a table', 'Consulting    2    400.00    800.00\nTravel    1    120.00    120.00', [800, 120]],
    ['a Markdown table', '| Item | Qty | Price | Amount |\n|---|---|---|---|\n| Consulting | 2 | 400.00 | 800.00 |\n| Travel | 1 | 120.00 | 120.00 |', [800, 120]],
    ['a numbered list', '1. Consulting - 2 × 400.00 = 800.00\n2) Travel: 120.00', [800, 120]],
    ['a sentence', 'Services: 2 x consulting at 400.00 and 1 x travel at 120.00, as agreed.', [800, 120]],
    ['a sentence with units and the line total', 'We charge 3 days of engineering at EUR 1,100.00 per day (EUR 3,300.00) and the gripper at EUR 2,480.00.', [3300, 2480]],
    ['rows flattened onto one line', 'Flour 25kg 4 18.50 74.00 Yeast 1kg 2 6.25 12.50', [74, 12.5]],
    ['a table flattened with blank-grouped thousands', 'Chandelier 2 1 850,00 3 700,00\nBuffet lunch 45 265,00 11 925,00', [3700, 11925]],
    ['a quantity right before a spaced price', 'Montature da vista x 4 360,00 €', [360]],
  ])('in %s', (_layout, body, expected) => {
    expect(items(body)).toEqual(expected);
  });

  it('reads no items from a sentence whose amounts are not all prices', () => {
    expect(items('Thank you for your payment of 500.00 received on 3 March; the rest, 120.00, is due later.')).toEqual([]);
  });

  it('fails items in prose that do not make the total, and passes those that do', () => {
    const body = 'Services: 2 x consulting at 400.00 and 1 x travel at 120.00.';
    const wrong = decideInvoice(invoice(body, 'Total due: EUR 1,020.00'));
    expect(wrong.decision).toBe('FAIL');
    expect(wrong.reasons).toEqual(['line items add up to 920.00, not the total 1020.00']);
    expect(decideInvoice(invoice(body, 'Total due: EUR 920.00')).decision).toBe('PASS');
  });

  it('does not count payments and change after the total as items', () => {
    expect(decideInvoice(invoice('Flat white    6.40', 'Croissant    2.80', 'TOTAL    9.20', 'CASH    20.00', 'CHANGE    10.80')).decision).toBe('PASS');
  });

  it('allows a cent of rounding per line', () => {
    expect(decideInvoice(invoice('Kits - 7 × 13.335 = 93.35', 'Tubes - 3 × 8.333 = 25.00', 'Total USD 118.35')).decision).toBe('PASS');
  });
});

describe('payments, balances and deductions', () => {
  it('takes the invoice total, not the balance left after a deposit', () => {
    const decision = decideInvoice(invoice('Curtains    1,680.00', 'Fitting    240.00', 'Invoice total    1,920.00', 'Less deposit received    -1,000.00', 'Balance due    920.00 GBP'));
    expect(decision.decision).toBe('PASS');
    expect(decision.fields).toMatchObject({ total: 1920 });
  });

  it('does not take a zero balance after payment for a zero total', () => {
    expect(decideInvoice(invoice('Cleanup    $1,650.00', 'Total    $1,650.00', 'Amount paid    -$1,650.00', 'Balance due    $0.00')).decision).toBe('PASS');
  });

  it('fails when the total less payments is not the balance', () => {
    const decision = decideInvoice(invoice('Cleanup    $1,650.00', 'Total    $1,650.00', 'Amount paid    -$650.00', 'Balance due    $900.00'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toEqual(['the total 1650.00 less payments of 650.00 is 1000.00, not the balance 900.00']);
  });

  it('subtracts withheld tax whatever its sign', () => {
    const text = invoice('Consultoría    1.000,00 €', 'Base imponible    1.000,00 €', 'IVA 21%    210,00 €', 'Retención IRPF 15%    150,00 €', 'Total factura    1.060,00 €');
    expect(decideInvoice(text).decision).toBe('PASS');
  });

  it('leaves a withholding after the total to the amount paid ("Netto a pagare")', () => {
    const text = invoice('Compenso    1.000,00', 'Cassa previdenza 4%    40,00', 'Imponibile    1.040,00', 'IVA 22%    228,80', 'Totale    1.268,80', "Ritenuta d'acconto 20%    -208,00", 'Netto a pagare    1.060,80');
    expect(decideInvoice(text)).toMatchObject({ decision: 'PASS', fields: { total: 1268.8 } });
  });

  it('fails a credit note on its negative total', () => {
    const decision = decideInvoice(invoice('Returned toner    -267.00', 'VAT 20%    -53.40', 'Total credit    GBP  -320.40'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toContain('total -320.40 is negative');
    expect(decision.fields).toMatchObject({ currency: 'GBP', total: -320.4 });
  });
});

describe('currencies', () => {
  it('reads a bare $ as the dollars the invoice names', () => {
    expect(decideInvoice(invoice('Currency: CAD', 'Design    $800.00', 'Total    $800.00')).decision).toBe('PASS');
    expect(decideInvoice(invoice('Design    C$800.00', 'Travel    US$100.00', 'Total    C$900.00')).reasons).toEqual(['amounts are in more than one currency (CAD, USD)']);
  });

  it('does not take an approximate conversion for a second currency', () => {
    expect(decideInvoice(invoice('Audit    EUR 4,000.00', 'Total    EUR 4,000.00 (approx. USD 4,350.00)')).decision).toBe('PASS');
  });

  it('fails amounts in another currency than the one the invoice states, in several phrasings', () => {
    for (const statement of ['All amounts in GBP.', 'Alle Beträge in GBP', 'Bedragen in GBP']) {
      expect(decideInvoice(invoice(statement, 'Design    €800.00', 'Total    €800.00')).decision).toBe('FAIL');
    }
  });
});

describe('layouts', () => {
  it.each([
    ['values under their labels', ['Invoice number:', '2025-1', 'Invoice date:', '2025-03-01', 'Fecha de vencimiento:', '3 de mayo de 2025', 'Supplier:', 'Acme Tooling GmbH', 'Customer:', 'Borealis Ltd', 'Work    500.00', 'Total:', 'EUR 500.00 (no VAT)']],
    ['a table drawn with bars', ['INVOICE NO. | 2025-1', 'INVOICE DATE | 2025-03-01', 'DUE DATE | 2025-03-31', 'FROM: | ACME TOOLING GMBH', 'BILL TO: | BOREALIS LTD', 'Work | $500.00', 'TOTAL DUE | $500.00']],
    ['OCR damage in names and words', ['lnvoice Nurnber: 2025-1', 'lnvoice Da7e: 2025-03-01', 'Due Da7e: 2025-03-31', 'Acme T001ing GmbH', 'Industriestrasse 12, 70565 Stuttgart', 'Bill to: 0live Tree Deli', 'Work    500.00', 'T0TAL    500.00']],
  ])('%s', (_layout, lines) => {
    expect(decideInvoice(lines.join('\n'))).toMatchObject({ decision: 'PASS' });
  });

  it('reads no amount from words an OCR error cut short, rather than a wrong one', () => {
    const decision = decideInvoice(invoice('Repair    310.00', 'Nut    165.00', 'Total due: 475.00', 'In words: f0ur hundred and seventy-five euros'));
    expect(decision.decision).toBe('PASS');
  });
});

describe('dates that are not the issue date', () => {
  it.each([['Your order of 28 February 2025'], ['Ihre Bestellung vom 28.02.2025'], ['Lieferschein vom 28.02.2025'], ['Delivered on 28 February 2025']])('%s', (line) => {
    const text = ['Invoice No: 2025-1', line, 'Due date: 2025-03-31', 'Supplier: Acme Tooling GmbH', 'Customer: Borealis Ltd', 'Total: 5.00'].join('\n');
    expect(decideInvoice(text).reasons).toEqual(['missing issue date']);
  });
});

describe('e-mail', () => {
  it('reads the invoice, not the quoted earlier message or the mail header date', () => {
    const text = [
      'From: Jonas <jonas@weber.de>',
      'Date: Tue, 8 Apr 2025 10:12:44 +0100',
      'Subject: Invoice 2025-061',
      '',
      'Supplier: Jonas Weber Translations',
      'Customer: Castellano Legal S.L.',
      'Due date: 2025-04-30',
      'Translation    744.00 EUR',
      'Total: 744.00 EUR',
      '',
      '> On 1 Apr 2025, at 16:20, Marta wrote:',
      '> Old total: 1,744.00 EUR',
    ].join('\n');
    const decision = decideInvoice(text);
    expect(decision.decision).toBe('NEEDS_INFO');
    expect(decision.reasons).toEqual(['missing issue date']);
    expect(decision.fields).toMatchObject({ invoice_number: '2025-061', total: 744 });
  });
});
