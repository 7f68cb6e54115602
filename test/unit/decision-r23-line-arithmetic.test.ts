/**
 * Round 23 part K3: a row's amount must be its quantity times its price, in bullet lines with an equals
 * sign, in lined-up tables whatever figures the description holds, and in sentences; rates per unit,
 * several factors and wrapped sentences must not read as contradictions. Invented texts, with near misses.
 */
import { decideLines } from '../helpers/decision-lines';

const head = ['Invoice no. QT-5512', 'Invoice date: 03/02/2026', 'Due date: 03/03/2026', 'From: Harrow Glaze Ltd', 'To: Pelham Dental Surgery', ''];
const decide = (body: string[]) => decideLines([...head, ...body]);
const arithmetic = (body: string[]) => decide(body).reasons.filter((reason) => reason.includes('quantity times price'));

describe('a bullet line that states quantity, price and "= amount"', () => {
  it('fails when the product differs', () => {
    expect(arithmetic(['- 4 x window latches at £12.25 = £59.00', '- Fitting: £30.00', 'Total £89.00'])).toEqual(["a line item's quantity times price is 49.00, not its stated 59.00"]);
  });

  it('near miss: the product agrees', () => {
    expect(arithmetic(['- 4 x window latches at £12.25 = £49.00', '- Fitting: £30.00', 'Total £79.00'])).toEqual([]);
  });

  it('near miss: hours at a rate with the right product', () => {
    expect(arithmetic(['- Glazing, 2.5 hours at £42.00 = £105.00', 'Total £105.00'])).toEqual([]);
  });
});

describe('a lined-up table row', () => {
  const table = (row: string) => ['Qty   Item                                   Each      Line total', row, '5     Putty, 1 kg tub                        6.20         31.00', '', 'Total  £99.00'];

  it('fails when the quantity that opens the row times the price is not the amount', () => {
    expect(arithmetic(table('20    Glass clips, bag (50)                  3.40         78.00'))).toEqual(["a line item's quantity times price is 68.00, not its stated 78.00"]);
  });

  it('near miss: the pack size in the description is no quantity', () => {
    expect(arithmetic(table('20    Glass clips, bag (50)                  3.40         68.00'))).toEqual([]);
  });

  it('fails when the quantity column stands after a description with figures', () => {
    const rows = ['Pos. Article                          Qty     Unit price     Amount', '  1  Float glass 4 mm x 900 mm           12        31,50       387,00', '', 'Total EUR 387,00'];
    expect(arithmetic(rows)).toEqual(["a line item's quantity times price is 378.00, not its stated 387.00"]);
  });

  it('near miss: a days column beside the quantity multiplies too', () => {
    const rows = ['Item                 Qty   Days     Rate     Amount', 'Scaffold tower         2      3     45.00     270.00', '', 'Total £270.00'];
    expect(arithmetic(rows)).toEqual([]);
  });

  it('near miss: a table whose columns are not lined up is not read by position', () => {
    const rows = ['No | Goods | Code | Qty | Rate | Value', '1 | Hinge, steel | 8302 | 40 Nos | 2.50 | 100.00', '', 'Total 100.00'];
    expect(arithmetic(rows)).toEqual([]);
  });
});

describe('a sentence that counts, prices and states its product', () => {
  it('fails when a count in words times the rate is not the amount', () => {
    const body = ['To the survey visit, £40.00. Six hours resealing the skylights at £35.00 an hour, £200.00.', 'Total £240.00'];
    expect(arithmetic(body)).toEqual(["a line item's quantity times price is 210.00, not its stated 200.00"]);
  });

  it('fails in German with "zusammen" before the amount', () => {
    const body = ['Im Mai fanden 4 Schulungen à 150,00 € statt, zusammen 640,00 €. Netto 640,00 €.'];
    expect(arithmetic(body)).toEqual(["a line item's quantity times price is 600.00, not its stated 640.00"]);
  });

  it('near miss: the product agrees', () => {
    expect(arithmetic(['To the survey visit, £40.00. Six hours resealing the skylights at £35.00 an hour, £210.00.', 'Total £250.00'])).toEqual([]);
  });

  it('near miss: a rate per another unit than the one counted', () => {
    expect(arithmetic(['We spent 2 days on site at £30.00 an hour, £480.00.', 'Total £480.00'])).toEqual([]);
  });

  it('near miss: a second count in the sentence multiplies too', () => {
    expect(arithmetic(['Three fitters worked six hours at £20.00 an hour, £360.00.', 'Total £360.00'])).toEqual([]);
    expect(arithmetic(['We sent 2 vans, 3 days at £50.00 a day, £300.00.', 'Total £300.00'])).toEqual([]);
  });

  it('near miss: a thousands separator is no comma before an amount', () => {
    expect(arithmetic(['We charge 3 days of survey at £1,100.00 per day (£3,300.00).', 'Total £3,300.00'])).toEqual([]);
  });

  it('near miss: the count stands on the line before, where the sentence began', () => {
    const body = ['I fitted 3 new sash cords in the bay window of the', 'front room 2 at £14.00 each, £42.00, and that was all.', 'Total £42.00'];
    expect(arithmetic(body)).toEqual([]);
  });
});
