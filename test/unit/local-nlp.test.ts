import { extractEntities, type ExtractedEntities } from '../../worker/providers/local/entities';
import { getNlp } from '../../worker/providers/local/nlp';
import { extractiveSummary } from '../../worker/providers/local/summarizer';

const ARTICLE = [
  'Solar panels convert sunlight into electricity for homes and businesses.',
  'The weather was nice yesterday.',
  'Modern solar panels reach efficiencies above twenty percent, making solar electricity cheaper than coal in many regions.',
  'My cat likes to sleep on the sofa.',
  'Installing solar panels on rooftops lets households sell surplus electricity back to the grid.',
  'Lunch was pasta.',
].join(' ');

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Every text field of the extraction must be quoted from the input. */
function evidenceTexts(entities: ExtractedEntities): string[] {
  return [
    ...entities.invoiceNumbers,
    ...entities.dates.map((d) => d.text),
    ...entities.amounts.map((a) => a.text),
    ...entities.parties.flatMap((p) => [p.text, p.name]),
    ...entities.lineItems.map((l) => l.text),
  ];
}

describe('wink-nlp instance', () => {
  it('is created once and shared', () => {
    expect(getNlp()).toBe(getNlp());
  });
});

describe('extractiveSummary', () => {
  it('picks the sentences about the main topic and keeps their original order', () => {
    const summary = extractiveSummary(ARTICLE, {});
    expect(summary).toBe(
      'Solar panels convert sunlight into electricity for homes and businesses. ' +
        'Modern solar panels reach efficiencies above twenty percent, making solar electricity cheaper than coal in many regions. ' +
        'Installing solar panels on rooftops lets households sell surplus electricity back to the grid.',
    );
  });

  it('honours maxSentences', () => {
    const summary = extractiveSummary(ARTICLE, { maxSentences: 1 });
    expect(summary).toBe('Solar panels convert sunlight into electricity for homes and businesses.');
  });

  it('honours maxWords by dropping whole sentences', () => {
    const summary = extractiveSummary(ARTICLE, { maxWords: 25 });
    expect(words(summary)).toBeLessThanOrEqual(25);
    expect(summary).toContain('Solar panels convert sunlight');
    // Only whole sentences of the input.
    for (const sentence of summary.match(/[^.]+\./g) ?? []) expect(ARTICLE).toContain(sentence.trim());
  });

  it('cuts the best sentence when every sentence is longer than maxWords, never answering nothing', () => {
    const summary = extractiveSummary(ARTICLE, { maxWords: 4 });
    expect(summary).toBe('Solar panels convert sunlight');
  });

  it('returns short texts trimmed and whitespace-collapsed as they are', () => {
    expect(extractiveSummary('  First point here.\n\n   Second   point there.  ', { maxSentences: 3 })).toBe(
      'First point here. Second point there.',
    );
  });

  it('returns an empty string for empty or blank text', () => {
    expect(extractiveSummary('', {})).toBe('');
    expect(extractiveSummary(' \n\t ', {})).toBe('');
  });

  it('handles text without any punctuation', () => {
    const text = 'a long stream of words without any punctuation at all that goes on';
    expect(extractiveSummary(text, {})).toBe(text);
    expect(extractiveSummary(text, { maxWords: 5 })).toBe('a long stream of words');
  });

  it('treats lines as sentences, so headings do not glue onto the next sentence', () => {
    const text = 'Quarterly report\nRevenue grew strongly in every region this quarter.\nRevenue from cloud services doubled.\nThe office moved.';
    const summary = extractiveSummary(text, { maxSentences: 2 });
    expect(summary).toBe('Revenue grew strongly in every region this quarter. Revenue from cloud services doubled.');
  });

  // How fast is the benchmark's business (timed assertions are flaky on a shared machine).
  it('summarises 200k characters', () => {
    extractiveSummary('Warm the model up. It loads once.', {});
    const paragraph =
      'The quarterly revenue rose by 12 percent, driven by strong cloud sales. Analysts expected less. Meanwhile, costs in Europe fell sharply. ';
    const text = paragraph.repeat(Math.ceil(200_000 / paragraph.length));
    const summary = extractiveSummary(text, { maxSentences: 3 });
    expect(summary.length).toBeGreaterThan(0);
    expect(words(summary)).toBeLessThan(60);
  });
});

describe('extractEntities: invoice numbers', () => {
  it.each([
    ['Invoice No: INV-2024-001', 'INV-2024-001'],
    ['Invoice #12345', '12345'],
    ['Rechnung Nr. 2024-17', '2024-17'],
    ['Rechnungsnummer: RE-100', 'RE-100'],
    ['Facture n° F-889', 'F-889'],
    ['N° de facture : FA-2024-01', 'FA-2024-01'],
    ['Reference INV-77 attached.', 'INV-77'],
  ])('finds the number in %j', (text, expected) => {
    expect(extractEntities(text).invoiceNumbers).toEqual([expected]);
  });

  it('does not take a date label or a date for an invoice number', () => {
    expect(extractEntities('Invoice date: 2024-03-15\nRechnungsdatum: 15.03.2024').invoiceNumbers).toEqual([]);
  });
});

describe('extractEntities: dates', () => {
  it.each([
    ['2024-03-15', '2024-03-15'],
    ['15/03/2024', '2024-03-15'],
    ['03/15/2024', '2024-03-15'],
    ['15 March 2024', '2024-03-15'],
    ['March 15, 2024', '2024-03-15'],
    ['15.03.2024', '2024-03-15'],
    ['15. März 2024', '2024-03-15'],
    ['1er mars 2024', '2024-03-01'],
  ])('reads %j as %s', (text, iso) => {
    expect(extractEntities(`Date: ${text}`).dates).toEqual([{ text, iso, label: 'issue' }]);
  });

  it('reads ambiguous slash dates the way the document\'s unambiguous ones go', () => {
    const us = extractEntities('Shipped 12/25/2024, billed 01/02/2025');
    expect(us.dates.map((d) => d.iso)).toEqual(['2024-12-25', '2025-01-02']);
    const eu = extractEntities('Shipped 25/12/2024, billed 01/02/2025');
    expect(eu.dates.map((d) => d.iso)).toEqual(['2024-12-25', '2025-02-01']);
  });

  it('gives no ISO date for a day that does not exist', () => {
    expect(extractEntities('Signed on 31/02/2024').dates).toEqual([{ text: '31/02/2024', iso: null, label: 'signed' }]);
  });

  it('labels dates from the words before them, in English, German and French', () => {
    const text = [
      'Invoice date: 2024-03-15',
      'Date of issue: 16 March 2024',
      'Issued 2024-03-17, payment due 2024-04-17',
      'Fällig: 30.04.2024',
      'Échéance : 30 avril 2024',
      'Effective 1 January 2024; signed 20 December 2023',
    ].join('\n');
    expect(extractEntities(text).dates.map((d) => [d.text, d.label])).toEqual([
      ['2024-03-15', 'issue'],
      ['16 March 2024', 'issue'],
      ['2024-03-17', 'issue'],
      ['2024-04-17', 'due'],
      ['30.04.2024', 'due'],
      ['30 avril 2024', 'due'],
      ['1 January 2024', 'effective'],
      ['20 December 2023', 'signed'],
    ]);
  });

  it('labels a row of dates from the header line above it', () => {
    const text = 'Invoice Date      Due Date\n2024-03-15        2024-04-14';
    expect(extractEntities(text).dates.map((d) => d.label)).toEqual(['issue', 'due']);
  });
});

describe('extractEntities: amounts and currencies', () => {
  it.each([
    ['$1,234.56', 1234.56, 'USD'],
    ['EUR 1.234,56', 1234.56, 'EUR'],
    ['1 234,56 €', 1234.56, 'EUR'],
    ['£99', 99, 'GBP'],
    ['USD 10', 10, 'USD'],
    ['¥5,000', 5000, 'JPY'],
    ['-50.00', -50, null],
    ['-$50.00', -50, 'USD'],
    ['99.90 CHF', 99.9, 'CHF'],
  ])('reads %j', (text, value, currency) => {
    expect(extractEntities(`Fee ${text} applies`).amounts).toEqual([{ text, value, currency }]);
  });

  it('does not read dates, percentages or plain counts as money', () => {
    const entities = extractEntities('Date 15.03.2024, VAT 19.00 %, 3 items, Invoice No: 2024-001');
    expect(entities.amounts).toEqual([]);
  });

  it('labels totals, subtotals and taxes in three languages', () => {
    const text = [
      'Subtotal: $200.00',
      'VAT (19%): $38.00',
      'Total: $238.00',
      'Zwischensumme: 100,00 €',
      'MwSt: 19,00 €',
      'Gesamtbetrag: 119,00 €',
      'Total HT : 50,00 €',
      'TVA : 10,00 €',
      'Total TTC : 60,00 €',
      'Amount due: $238.00',
      'Balance due: $0.00',
    ].join('\n');
    // What is left after payments is a balance, not the invoice total.
    expect(extractEntities(text).amounts.map((a) => a.label)).toEqual([
      'subtotal', 'tax', 'total', 'subtotal', 'tax', 'total', 'subtotal', 'tax', 'total', 'total', 'balance',
    ]);
  });

  it('normalises currency symbols and explicit codes to ISO codes', () => {
    expect(extractEntities('Paid $5.00 and €3.00 and £2.00 and ¥100; all prices in CHF').currencies).toEqual(['USD', 'EUR', 'GBP', 'JPY', 'CHF']);
  });
});

describe('extractEntities: parties', () => {
  it('reads vendor and customer labels', () => {
    const text = 'From: Acme Corp, 1 Main Street\nBill to: Globex Inc.\nSupplier: Initech LLC\nCustomer: Umbrella plc';
    expect(extractEntities(text).parties).toEqual([
      { role: 'vendor', name: 'Acme Corp', text: 'From: Acme Corp' },
      { role: 'customer', name: 'Globex Inc.', text: 'Bill to: Globex Inc.' },
      { role: 'vendor', name: 'Initech LLC', text: 'Supplier: Initech LLC' },
      { role: 'customer', name: 'Umbrella plc', text: 'Customer: Umbrella plc' },
    ]);
  });

  it('reads a label standing above its block, and side-by-side columns', () => {
    const stacked = extractEntities('BILL TO:\nGlobex Inc\n12 Elm St');
    expect(stacked.parties).toEqual([{ role: 'customer', name: 'Globex Inc', text: 'BILL TO:\nGlobex Inc' }]);
    const columns = extractEntities('From:            To:\nAcme Corp        Globex Inc');
    expect(columns.parties.map((p) => [p.role, p.name])).toEqual([
      ['vendor', 'Acme Corp'],
      ['customer', 'Globex Inc'],
    ]);
  });

  it('reads "between X and Y" in contracts as parties', () => {
    const text = 'This Agreement is made between Acme Corp., a Delaware corporation (the "Provider") and Globex LLC (the "Client").';
    expect(extractEntities(text).parties.map((p) => [p.role, p.name])).toEqual([
      ['party', 'Acme Corp.'],
      ['party', 'Globex LLC'],
    ]);
  });

  it('ignores "between" phrases that do not name parties', () => {
    expect(extractEntities('Support is available between 9 am and 5 pm.').parties).toEqual([]);
  });
});

describe('extractEntities: line items', () => {
  it('keeps item lines and leaves out totals, taxes and payment lines', () => {
    const text = [
      'Description            Qty   Unit price   Amount',
      'Consulting services    10    $120.00      $1,200.00',
      'Hosting (March)        1     $34.56       $34.56',
      'Subtotal: $1,234.56',
      'Tax (10%): $123.46',
      'Total: $1,358.02',
      'Please pay $1,358.02 to IBAN DE89 3704 0044 0532 0130 00',
    ].join('\n');
    expect(extractEntities(text).lineItems).toEqual([
      { text: 'Consulting services    10    $120.00      $1,200.00', amount: 1200 },
      { text: 'Hosting (March)        1     $34.56       $34.56', amount: 34.56 },
    ]);
  });

  it('does not take prose mentioning money for an item', () => {
    expect(extractEntities('The monthly fee is $500.00 per seat, billed annually.').lineItems).toEqual([]);
  });
});

describe('extractEntities: grounding', () => {
  it('quotes every text field exactly from the input', () => {
    const text = [
      'Rechnung Nr. 2024-17',
      'Rechnungsdatum: 15.03.2024',
      'Fällig: 14.04.2024',
      'Lieferant: Muster GmbH, Hauptstraße 1, Berlin',
      'Kunde:',
      '   Beispiel AG',
      'Beratung   2 Std.   500,00 €   1.000,00 €',
      'Zwischensumme: 1.000,00 €',
      'MwSt 19%: 190,00 €',
      'Gesamtbetrag: 1 190,00 €',
      'Dieser Vertrag wird zwischen Muster GmbH und Beispiel AG geschlossen.',
    ].join('\r\n');
    const entities = extractEntities(text);
    expect(entities.parties.map((p) => p.name)).toEqual(['Muster GmbH', 'Beispiel AG', 'Muster GmbH', 'Beispiel AG']);
    const texts = evidenceTexts(entities);
    expect(texts.length).toBeGreaterThan(10);
    for (const item of texts) expect(text.includes(item)).toBe(true);
  });
});
