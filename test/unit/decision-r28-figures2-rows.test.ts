/**
 * Sums missed on the development sets (round 28, second pass): rows that end in a quantity, a price and
 * an amount with single blanks, or flattened into running text, whose one wrong product went unchecked;
 * and a total in words whose paise (the rupee's minor unit) were not read. The texts are invented; the
 * near misses must keep their old reading.
 */
import { decideLines } from '../helpers/decision-lines';

const scanned = (row: string, header = 'Item Quantity Rate £ Amount £') => [
  'Brightwater Captioning Ltd',
  'INVOICE BW-2210',
  'Date: 03/02/2026   Due: 03/03/2026',
  'To: Harbourside Dental Practice Ltd, 2 Quay Street, Poole',
  '',
  header,
  'Live captioning (minutes) 900 1.20 1,080.00',
  'Transcript editing (minutes) 400 0.50 200.00',
  row,
  '',
  'Subtotal 1,490.00',
  'VAT @ 20% 298.00',
  'TOTAL DUE £1,788.00',
];

describe('rows of quantity, price and amount with single blanks', () => {
  it('a row whose quantity times price is not its amount fails, when two rows of the table agree', () => {
    const decision = decideLines(scanned('Speaker labels added 140 1.50 210.00'));
    expect(decision.decision).toBe('PASS');
    const wrong = decideLines(scanned('Speaker labels added 140 1.50 210.00').map((line) => line.replace('1,080.00', '1,008.00')).map((line) => line.replace('1,490.00', '1,418.00').replace('298.00', '283.60').replace('£1,788.00', '£1,701.60')));
    expect(wrong.decision).toBe('FAIL');
    expect(wrong.reasons.join(' ')).toContain('1080.00, not its stated 1008.00');
  });

  it('near miss: under a discount column the amount may differ from quantity times price', () => {
    const lines = scanned('Speaker labels added 140 1.50 210.00', 'Item Quantity Rate £ Disc Amount £').map((line) => line.replace('1,080.00', '1,008.00'));
    const decision = decideLines(lines.map((line) => line.replace('1,490.00', '1,418.00').replace('298.00', '283.60').replace('£1,788.00', '£1,701.60')));
    expect(decision.reasons.join(' ')).not.toContain('quantity times price');
  });

  it('near miss: one agreeing row is no table', () => {
    const lines = scanned('Speaker labels added 140 1.50 210.00').filter((line) => !line.startsWith('Transcript'));
    const decision = decideLines(lines.map((line) => line.replace('1,080.00', '1,008.00').replace('1,490.00', '1,218.00').replace('298.00', '243.60').replace('£1,788.00', '£1,461.60')));
    expect(decision.reasons.join(' ')).not.toContain('quantity times price');
  });
});

describe('rows flattened into running text', () => {
  const flat = (first: string) => [
    'Red Gum Haulage Pty Ltd TAX INVOICE Bill To',
    'Invoice # RG-5521 Date 02/03/2026 Riverland Citrus Packers Pty Ltd',
    'Due 01/04/2026',
    '',
    'Description Qty Rate (ex GST) Amount (ex GST)',
    `Linehaul Mildura - Adelaide, per pallet 18 ${first} Forklift unload 2`,
    '60.00 120.00 Pallet hire 18 6.50 117.00',
    'Subtotal GST 10% Total AUD',
    '1,281.00 128.10 1,409.10',
  ];

  it('a row whose product is another amount fails', () => {
    const decision = decideLines(flat('58.00 1,044.00'.replace('1,044.00', '1,404.00')).map((line) => line.replace('1,281.00 128.10 1,409.10', '1,641.00 164.10 1,805.10')));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toContain('1044.00, not its stated 1404.00');
  });

  it('near miss: every row agreeing passes', () => {
    expect(decideLines(flat('58.00 1,044.00')).decision).toBe('PASS');
  });
});

describe("a total in words counts the rupee's paise", () => {
  const indian = (words: string) => [
    'Deccan Pump Works Pvt. Ltd.        Invoice No.: DPW/26-27/0031    Dated: 10-May-2026',
    'Details of Receiver (Billed to)',
    'Godavari Agro Processors LLP',
    'Taxable Value: 1,20,000.00    CGST @ 9%: 10,800.00    SGST @ 9%: 10,800.00',
    'Total Invoice Value (INR): 1,41,600.50',
    `Amount Chargeable (in words): ${words}`,
    'Due Date: 09-Jun-2026',
  ];

  it('"... Rupees And Fifty Paise Only" gives the figure to the paisa', () => {
    const decision = decideLines(indian('INR One Lakh Forty-One Thousand Six Hundred Rupees And Fifty Paise Only'));
    expect(decision.reasons.join(' ')).not.toContain('in words');
  });

  it('near miss: words without the paise still differ from the figure', () => {
    const decision = decideLines(indian('INR One Lakh Forty-One Thousand Six Hundred Rupees Only'));
    expect(decision.reasons.join(' ')).toContain('in words');
  });
});

describe('a quantity with its unit is no row of three figures', () => {
  it('near miss: "1,5 h   68,00   102,00" under "Qté  P.U. HT  Montant HT" passes', () => {
    const lines = [
      'GARAGE DES TILLEULS',
      'FACTURE N° FT-2231',
      'Date : 12 mars 2026',
      'Client : Menuiseries Aubrac SAS',
      'Réf.      Désignation                       Qté     P.U. HT    Montant HT',
      'PL-2041   Plaquettes de frein AV            2       38,90       77,80',
      'DQ-1187   Disque de frein AV                2       64,50      129,00',
      "MO        Main d'oeuvre                     1,5 h   68,00      102,00",
      'Total HT                                                       308,80',
      'TVA 20 %                                                        61,76',
      'Total TTC (EUR)                                                370,56',
      'Échéance : 11 avril 2026 - règlement par virement',
    ];
    expect(decideLines(lines).reasons.join(' ')).not.toContain('quantity times price');
  });
});
