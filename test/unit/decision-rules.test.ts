import { decideDocument } from '../../worker/decisions/document-rules';
import { findSpan, groundEvidence } from '../../worker/decisions/evidence';
import { decideInvoice, type RulesDecision } from '../../worker/decisions/invoice-rules';

const US_INVOICE = [
  'ACME CORP',
  'Invoice No: INV-2024-001',
  'Invoice date: 2024-03-15',
  'Due date: 2024-04-14',
  '',
  'From: Acme Corp, 1 Main Street, Springfield',
  'Bill to: Globex Inc.',
  '',
  'Description            Qty   Unit price   Amount',
  'Consulting services    10    $120.00      $1,200.00',
  'Hosting (March)        1     $34.56       $34.56',
  'Subtotal: $1,234.56',
  'Tax (10%): $123.46',
  'Total: $1,358.02',
].join('\n');

const GERMAN_INVOICE = [
  'Muster GmbH · Hauptstraße 1 · 10115 Berlin',
  'Rechnung Nr. 2024-17',
  'Rechnungsdatum: 15.03.2024',
  'Fällig: 14.04.2024',
  'Lieferant: Muster GmbH',
  'Kunde: Beispiel AG',
  '',
  'Beratung          2 Std.   500,00 €   1.000,00 €',
  'Reisekosten       1        120,00 €     120,00 €',
  'Zwischensumme: 1.120,00 €',
  'MwSt 19%: 212,80 €',
  'Gesamtbetrag: 1.332,80 €',
].join('\n');

const FRENCH_INVOICE = [
  'Facture n° F-889',
  'Date de facture : 15 mars 2024',
  'Échéance : 14 avril 2024',
  'Fournisseur : Société Dupont SARL',
  'Client : Martin & Fils',
  'Développement web   3 j   400,00 €   1 200,00 €',
  'Total HT : 1 200,00 €',
  'TVA 20 % : 240,00 €',
  'Total TTC : 1 440,00 €',
].join('\n');

const CONTRACT = [
  'SERVICE AGREEMENT',
  'This Agreement is made between Acme Corp. (the "Provider") and Globex LLC (the "Client").',
  '',
  '1. Scope',
  'The Provider hosts the Client\'s website.',
  '2. Term',
  'This Agreement is effective as of 1 January 2024 and terminates on 31 December 2024.',
  '3. Termination',
  'Either party may terminate with 30 days notice.',
  '',
  'Signed: Jane Doe, CEO of Acme Corp.        Date: 15 December 2023',
].join('\n');

function expectGrounded(text: string, decision: RulesDecision): void {
  expect(decision.evidence.length).toBeGreaterThan(0);
  for (const item of decision.evidence) expect(text.includes(item)).toBe(true);
}

describe('findSpan', () => {
  const text = 'Total amount due:\n   EUR 1.234,56\nThank you.';

  it('returns an exact quote as it is', () => {
    expect(findSpan(text, 'EUR 1.234,56')).toBe('EUR 1.234,56');
  });

  it('maps a quote with other spacing or case to the exact span of the text', () => {
    expect(findSpan(text, 'total AMOUNT due: EUR 1.234,56')).toBe('Total amount due:\n   EUR 1.234,56');
  });

  it('returns null for text that is not there, and for an empty quote', () => {
    expect(findSpan(text, 'USD 1,234.56')).toBeNull();
    expect(findSpan(text, '   ')).toBeNull();
  });

  it('treats regex characters in the quote literally', () => {
    expect(findSpan('Price (net) $5.00 [a]', 'price  (NET) $5.00')).toBe('Price (net) $5.00');
    expect(findSpan('Price 5x00', 'Price 5.00')).toBeNull();
  });
});

describe('groundEvidence', () => {
  it('keeps found quotes as exact spans, without repeats, and drops invented ones', () => {
    const text = 'Invoice No: INV-7\nDue date: 2024-04-14';
    const result = groundEvidence(text, ['Invoice No: INV-7', 'due DATE:  2024-04-14', 'Invoice No: INV-7', 'Total: $5']);
    expect(result).toEqual({ kept: ['Invoice No: INV-7', 'Due date: 2024-04-14'], dropped: ['Total: $5'] });
  });
});

describe('decideInvoice', () => {
  it('passes a complete, consistent invoice and reports its fields', () => {
    const decision = decideInvoice(US_INVOICE);
    expect(decision.decision).toBe('PASS');
    expect(decision.fields).toEqual({
      invoice_number: 'INV-2024-001',
      issue_date: '2024-03-15',
      due_date: '2024-04-14',
      total: 1358.02,
      currency: 'USD',
      vendor: 'Acme Corp',
      customer: 'Globex Inc.',
      line_items_sum: 1234.56,
    });
    expect(decision.evidence).toEqual(expect.arrayContaining(['Invoice No: INV-2024-001', 'Due date: 2024-04-14', 'Total: $1,358.02']));
    expectGrounded(US_INVOICE, decision);
  });

  it('passes a German invoice', () => {
    const decision = decideInvoice(GERMAN_INVOICE);
    expect(decision.decision).toBe('PASS');
    expect(decision.fields).toMatchObject({ invoice_number: '2024-17', issue_date: '2024-03-15', due_date: '2024-04-14', total: 1332.8, currency: 'EUR', line_items_sum: 1120 });
    expectGrounded(GERMAN_INVOICE, decision);
  });

  it('passes a French invoice', () => {
    const decision = decideInvoice(FRENCH_INVOICE);
    expect(decision.decision).toBe('PASS');
    expect(decision.fields).toMatchObject({ invoice_number: 'F-889', vendor: 'Société Dupont SARL', customer: 'Martin & Fils', total: 1440 });
    expectGrounded(FRENCH_INVOICE, decision);
  });

  it('fails when the due date is before the issue date', () => {
    const text = US_INVOICE.replace('Due date: 2024-04-14', 'Due date: 2024-03-01');
    const decision = decideInvoice(text);
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toEqual(['due date 2024-03-01 is before issue date 2024-03-15']);
    expect(decision.evidence).toEqual(expect.arrayContaining(['Due date: 2024-03-01', 'Invoice date: 2024-03-15']));
    expectGrounded(text, decision);
  });

  it('does not take a delivery date for the issue date', () => {
    const text = GERMAN_INVOICE.replace('Rechnungsdatum: 15.03.2024', 'Lieferdatum: 01.02.2024\nRechnungsdatum: 15.03.2024');
    expect(decideInvoice(text).fields).toMatchObject({ issue_date: '2024-03-15' });
  });

  it('fails a German invoice whose Fälligkeit precedes the Rechnungsdatum', () => {
    const decision = decideInvoice(GERMAN_INVOICE.replace('Fällig: 14.04.2024', 'Fällig: 01.03.2024'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toEqual(['due date 2024-03-01 is before issue date 2024-03-15']);
  });

  it('fails a zero total and a negative total', () => {
    const zero = decideInvoice('Invoice #1\nDate: 2024-03-01\nDue date: 2024-03-31\nFrom: A Ltd\nTo: B Ltd\nTotal: $0.00');
    expect(zero.decision).toBe('FAIL');
    expect(zero.reasons).toEqual(['total is zero']);
    const negativeText = 'Invoice #2\nDate: 2024-03-01\nDue date: 2024-03-31\nFrom: A Ltd\nTo: B Ltd\nTotal: -$50.00';
    const negative = decideInvoice(negativeText);
    expect(negative.decision).toBe('FAIL');
    expect(negative.reasons).toEqual(['total -50.00 is negative']);
    expect(negative.evidence).toContain('Total: -$50.00');
  });

  it('fails when the line items do not add up to the subtotal', () => {
    // Price and amount both changed, so the row agrees with itself and only the sum is wrong.
    const text = US_INVOICE.replace('$34.56       $34.56', '$44.56       $44.56');
    const decision = decideInvoice(text);
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toEqual(['line items add up to 1244.56, not the subtotal 1234.56']);
    expect(decision.evidence).toContain('Hosting (March)        1     $44.56       $44.56');
    expectGrounded(text, decision);
  });

  it("fails when a row's quantity times price is not its amount", () => {
    const text = US_INVOICE.replace('$34.56       $34.56', '$34.56       $44.56');
    expect(decideInvoice(text).reasons).toContain("a line item's quantity times price is 34.56, not its stated 44.56");
  });

  it('fails when subtotal plus tax is not the total', () => {
    const decision = decideInvoice(FRENCH_INVOICE.replace('Total TTC : 1 440,00 €', 'Total TTC : 1 450,00 €'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toEqual(['subtotal 1200.00 plus tax 240.00 is 1440.00, not the total 1450.00']);
  });

  it('fails when the items do not make the total on an invoice without a subtotal', () => {
    const text = [
      'Invoice No: 55',
      'Issued: March 1, 2024',
      'Payment due: March 31, 2024',
      'Vendor: Initech LLC',
      'Customer: Umbrella plc',
      'Widget A   2 x $50.00   $100.00',
      'Widget B   1 x $25.00   $25.00',
      'Total due: $130.00',
    ].join('\n');
    const decision = decideInvoice(text);
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toEqual(['line items add up to 125.00, not the total 130.00']);
    expect(decideInvoice(text.replace('$130.00', '$125.00')).decision).toBe('PASS');
  });

  it('allows a cent of rounding per line', () => {
    const text = US_INVOICE.replace('Subtotal: $1,234.56', 'Subtotal: $1,234.57').replace('Total: $1,358.02', 'Total: $1,358.03');
    expect(decideInvoice(text).decision).toBe('PASS');
  });

  it('fails when amounts are in more than one currency', () => {
    const text = US_INVOICE.replace('Tax (10%): $123.46', 'Tax (10%): EUR 123.46');
    const decision = decideInvoice(text);
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toEqual(['amounts are in more than one currency (USD, EUR)']);
    expect(decision.evidence).toContain('Tax (10%): EUR 123.46');
    expectGrounded(text, decision);
  });

  it('asks for more information when required fields are missing', () => {
    const text = US_INVOICE.replace('Invoice No: INV-2024-001\n', '').replace('Bill to: Globex Inc.\n', '').replace('Due date: 2024-04-14\n', '');
    const decision = decideInvoice(text);
    expect(decision.decision).toBe('NEEDS_INFO');
    expect(decision.reasons).toEqual(['missing invoice number', 'missing due date', 'missing customer']);
    expect(decision.fields).toMatchObject({ invoice_number: null, due_date: null, customer: null, vendor: 'Acme Corp' });
    expectGrounded(text, decision);
  });

  it('lets a contradiction outweigh missing fields', () => {
    const text = US_INVOICE.replace('Bill to: Globex Inc.\n', '').replace('Total: $1,358.02', 'Total: $0.00');
    const decision = decideInvoice(text);
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toContain('total is zero');
    expect(decision.reasons).toContain('missing customer');
  });

  it('asks for everything on a text that is not an invoice', () => {
    const decision = decideInvoice('Hello, how are you?');
    expect(decision.decision).toBe('NEEDS_INFO');
    expect(decision.reasons).toHaveLength(6);
    expect(decision.evidence).toEqual([]);
  });
});

describe('decideDocument', () => {
  it('passes a signed contract with its required sections and consistent dates', () => {
    const decision = decideDocument(CONTRACT, { requiredSections: ['Scope', 'term', 'Termination'] });
    expect(decision.decision).toBe('PASS');
    expect(decision.fields).toMatchObject({
      sections_found: ['Scope', 'term', 'Termination'],
      sections_missing: [],
      signature: 'Signed: Jane Doe, CEO of Acme Corp.',
      effective_date: '2024-01-01',
      end_date: '2024-12-31',
      parties: ['Acme Corp.', 'Globex LLC'],
    });
    expect(decision.evidence).toEqual(expect.arrayContaining(['1. Scope', '2. Term', '3. Termination']));
    expectGrounded(CONTRACT, decision);
  });

  it('asks for a missing required section; a word inside a sentence is not a heading', () => {
    const decision = decideDocument(CONTRACT, { requiredSections: ['Scope', 'Liability', 'Notice'] });
    expect(decision.decision).toBe('NEEDS_INFO');
    expect(decision.reasons).toEqual(['missing required section "Liability"', 'missing required section "Notice"']);
  });

  it('recognises numbered, markdown and upper-case headings', () => {
    const text = '## 4. Confidentiality\ntext\nSection 5 - Governing Law\ntext\nPAYMENT TERMS\ntext\n/s/ John Roe';
    const decision = decideDocument(text, { requiredSections: ['Confidentiality', 'Governing law', 'Payment Terms'] });
    expect(decision.decision).toBe('PASS');
    expect(decision.fields).toMatchObject({ signature: '/s/ John Roe' });
  });

  it('asks for a signature when there is none, or when the signature line is blank', () => {
    const unsigned = decideDocument('MEMO\nThe budget is approved.');
    expect(unsigned.decision).toBe('NEEDS_INFO');
    expect(unsigned.reasons).toEqual(['no signature found']);
    const blankText = CONTRACT.replace('Signed: Jane Doe, CEO of Acme Corp.', 'Signature: ______________');
    const blank = decideDocument(blankText);
    expect(blank.decision).toBe('NEEDS_INFO');
    expect(blank.reasons).toEqual(['the signature line is blank']);
    expectGrounded(blankText, blank);
  });

  it('does not take "shall be signed by" for a signature', () => {
    expect(decideDocument('This agreement shall be signed by both parties.').reasons).toEqual(['no signature found']);
  });

  it('accepts German and other signature markers', () => {
    expect(decideDocument('Vertrag\nUnterschrift: Max Mustermann').decision).toBe('PASS');
    expect(decideDocument('Approved and signed by Jane Doe on 2 May 2024.').decision).toBe('PASS');
  });

  it('does not require a signature when told so', () => {
    expect(decideDocument('MEMO\nThe budget is approved.', { requireSignature: false }).decision).toBe('PASS');
  });

  it('fails when the effective date is after the end date', () => {
    const text = CONTRACT.replace('31 December 2024', '31 December 2023');
    const decision = decideDocument(text);
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toEqual(['effective date 2024-01-01 is after end date 2023-12-31']);
    expect(decision.evidence).toContain('This Agreement is effective as of 1 January 2024 and terminates on 31 December 2023.');
    expectGrounded(text, decision);
  });

  it('fails on a date that cannot exist, even when sections are missing', () => {
    const text = CONTRACT.replace('15 December 2023', '31/02/2024');
    const decision = decideDocument(text, { requiredSections: ['Liability'] });
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toEqual(['date 31/02/2024 is not a valid calendar date', 'missing required section "Liability"']);
    expectGrounded(text, decision);
  });

  it('reads effective and end dates from labelled lines in German', () => {
    const text = 'Gültig ab: 01.06.2024\nGültig bis: 31.05.2024\nUnterschrift: Max Mustermann';
    const decision = decideDocument(text);
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toEqual(['effective date 2024-06-01 is after end date 2024-05-31']);
  });
});
