/**
 * Invoices as scans and flattened layouts leave them: u read as n in labels, label and value
 * blocks one after the other, table rows run onto one line with the totals, table headers run
 * into a name, labels followed by another field's label, greetings to a company.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { AMOUNT_LABEL_RULES } from '../../worker/providers/local/entity-amount-labels';
import { DATE_LABEL_RULES } from '../../worker/providers/local/entity-date-labels';
import { findParties } from '../../worker/providers/local/entity-parties';
import { scanDocument } from '../../worker/providers/local/entity-scan';
import { stackedFields, stackedPairs } from '../../worker/providers/local/entity-stacked';
import { keywordHits, splitLines } from '../../worker/providers/local/entity-text';

const RULES = { date: DATE_LABEL_RULES, amount: AMOUNT_LABEL_RULES };

function labelOf(context: string, kind: keyof typeof RULES): string | undefined {
  return keywordHits(context, RULES[kind])[0]?.label;
}

function parties(text: string): [string, string][] {
  return findParties(text).map((party) => [party.role, party.name]);
}

describe('u read as n in labels', () => {
  it.each([
    ['Dne date', 'date', 'due'],
    ['DNE DATE:', 'date', 'due'],
    ['Payment dne', 'date', 'due'],
    ['Arnonnt dne', 'amount', 'total'],
    ['Amonnt of this invoice', 'amount', 'total'],
  ] as const)('%s is a %s label, %s', (context, kind, label) => {
    expect(labelOf(context, kind)).toBe(label);
  });

  it.each([
    // Czech "dne" (on the day) opens dates; a three-letter label keeps its u exact.
    ['dne', 'date'],
    ['Dne 5. 3. 2025', 'date'],
    ['Dune', 'date'],
    ['done', 'date'],
    ['Snn', 'amount'],
    ['tonal', 'amount'],
  ] as const)('%s is no %s label', (context, kind) => {
    expect(labelOf(context, kind)).toBeUndefined();
  });
});

describe('totals named as the amount of this invoice', () => {
  it.each([
    'Amount of this invoice      £3,100.00',
    'Betrag dieser Rechnung: 3.100,00 EUR',
    'Montant de cette facture : 3 100,00 €',
    'Importe de la factura: 3.100,00 €',
    'Factuurbedrag: € 3.100,00',
  ])('%s', (line) => {
    const doc = scanDocument(line);
    expect(doc.amounts.map((amount) => [amount.value, amount.label])).toEqual([[3100, 'total']]);
    expect(doc.invoiceNumbers).toEqual([]);
  });
});

describe('label and value blocks one after the other', () => {
  const flattened = [
    'Saltmarsh Analytics LLC',
    '',
    'Invoice No.',
    'Issue Date',
    'Due Date',
    'Customer',
    '',
    'TWA-00981',
    '2025-07-15',
    '2025-08-14',
    'Harrowgate Logistics Inc.',
    '',
    'Data pipeline audit   14   150.00   2,100.00',
    'Total (USD)                        2,100.00',
  ].join('\n');

  it('pairs each label with the value of the same rank', () => {
    expect(stackedPairs(splitLines(flattened)).map((pair) => [pair.label.text, pair.value.text])).toEqual([
      ['Invoice No.', 'TWA-00981'],
      ['Issue Date', '2025-07-15'],
      ['Due Date', '2025-08-14'],
      ['Customer', 'Harrowgate Logistics Inc.'],
    ]);
  });

  it('reads number, dates and customer, citing the values', () => {
    const result = decideInvoice(flattened);
    expect(result.decision).toBe('PASS');
    expect(result.fields).toMatchObject({ invoice_number: 'TWA-00981', issue_date: '2025-07-15', due_date: '2025-08-14', customer: 'Harrowgate Logistics Inc.' });
    for (const span of result.evidence) expect(flattened).toContain(span);
  });

  it('leaves an address over a list alone', () => {
    const text = 'Harbour Cafe\nPier Street\nWhitby\n\n12 coffees\n3 teas\n2 cakes';
    expect(stackedFields(text)).toBeNull();
    expect(scanDocument(text).invoiceNumbers).toEqual([]);
  });
});

describe('table rows of a scan that lost its line breaks', () => {
  const scan =
    'QUILLON LAB SERVICES SARL 22 rue des Tanneurs 69002 Lyon Invoice # QL-7781 Invoice date 03 June 2025 Due date 03 July 2025 ' +
    'Bill to: Ostrava Biotech s.r.o. Description Qty Unit price Amount Sample prep (per batch) 6 120.00 720.00 Spectrometry run 2 230.00 460.00 ' +
    'Total EUR 1,180.00 Payment by bank transfer, IBAN FR76 3000 4000 0312 3456 7890 143';

  it('reads the rows before the total, each cited by a short span', () => {
    const items = scanDocument(scan).lineItems;
    expect(items.map((item) => item.amount)).toEqual([720, 460]);
    for (const item of items) expect(item.text.length).toBeLessThan(60);
  });

  it('catches a total the rows do not make', () => {
    const result = decideInvoice(scan.replace('Total EUR 1,180.00', 'Total EUR 1,810.00'));
    expect(result.decision).toBe('FAIL');
    expect(result.fields.line_items_sum).toBe(1180);
  });

  it('passes when they do', () => {
    expect(decideInvoice(scan).fields).toMatchObject({ total: 1180, line_items_sum: 1180, customer: 'Ostrava Biotech s.r.o.' });
  });
});

describe('names cut out of flattened headers', () => {
  it.each([
    ['Bill to: Ostrava Biotech s.r.o. Description Qty Unit price Amount', 'Ostrava Biotech s.r.o.'],
    ['Kunde: Albrecht Bau GmbH Beschreibung Menge Preis Betrag', 'Albrecht Bau GmbH'],
    ['Client : Atelier Rive SARL Désignation Quantité Prix Montant', 'Atelier Rive SARL'],
    // One heading word alone is part of a name.
    ['Bill to: Service Partners Ltd', 'Service Partners Ltd'],
  ])('%s', (text, name) => {
    expect(parties(text)).toEqual([['customer', name]]);
  });

  it('reads the line below a label followed by another field label', () => {
    const text = 'Ledwell Timber Frames Ltd INVOICE\nInvoice to: Payment due: 9 October 2025\nMarisol Quint Architecture Account ref: MQA-01';
    expect(parties(text)).toContainEqual(['customer', 'Marisol Quint Architecture']);
    expect(parties(text).some(([, name]) => name.startsWith('Payment'))).toBe(false);
  });
});

describe('a letterhead run into its address', () => {
  it.each([
    ['MERIDIAN TOOL HIRE LTD Unit 3 Dock Road Hull HU1 2AB Invoice No: MTH-5520', 'MERIDIAN TOOL HIRE LTD'],
    ['QUILLON LAB SERVICES SARL 22 rue des Tanneurs 69002 Lyon Invoice # QL-7781', 'QUILLON LAB SERVICES SARL'],
  ])('ends the name at its legal form: %s', (text, name) => {
    expect(parties(text)).toEqual([['vendor', name]]);
  });

  it('takes the name with its legal form from the footer', () => {
    const text = 'KILNWORTH JOINERY — INVOICE\nClient: Eleanor Baptiste, 22 Sefton Park Road\nKilnworth Joinery Ltd · Unit 4, Brunswick Business Park';
    expect(parties(text)).toContainEqual(['vendor', 'Kilnworth Joinery Ltd']);
    // "as" after the name is an English word, not the Norwegian legal form; the name is cited as plainly written.
    expect(parties('KILNWORTH JOINERY — INVOICE\nClient: Eleanor Baptiste, 22 Sefton Park Road\nKilnworth Joinery as agreed')).toContainEqual(['vendor', 'Kilnworth Joinery']);
  });

  it('keeps a name whose legal form ends the line', () => {
    expect(parties('Wendler Metallbau GmbH\nIndustriestraße 4, 33602 Bielefeld')).toEqual([['vendor', 'Wendler Metallbau GmbH']]);
  });
});

describe('a greeting to a company', () => {
  it.each([
    ['Dear Marrowbone Foods Ltd,\nYour invoice NGH-558120 is attached.', 'Marrowbone Foods Ltd'],
    ['Sehr geehrte Albrecht Bau GmbH,\nanbei Ihre Rechnung.', 'Albrecht Bau GmbH'],
    ['Bonjour Atelier Rive SARL,\nveuillez trouver votre facture.', 'Atelier Rive SARL'],
  ])('names the customer: %s', (text, name) => {
    expect(parties(text)).toEqual([['customer', name]]);
  });

  it.each(['Dear Anna,\nYour invoice is attached.', 'Dear Sir or Madam,', 'Hello Team,'])('a person or a team is no customer: %s', (text) => {
    expect(parties(text)).toEqual([]);
  });

  it('gives way to a label', () => {
    expect(parties('Dear Marrowbone Foods Ltd,\nBill to: Marrowbone Holdings plc')).toEqual([['customer', 'Marrowbone Holdings plc']]);
  });
});
