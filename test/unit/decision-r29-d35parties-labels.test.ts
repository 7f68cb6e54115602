/**
 * Labelled parties missed on hold-out dev35 (round 29): a registered name's field word after the role's label
 * ("Receptor: Razón social X"), a name set under its column's label a single blank from the name before it
 * ("REMIT TO   BILL TO   SHIP TO"), and a booking's "Group:". The texts are invented; each rule has a near
 * miss that must stay unread.
 */
import { customerOf, customersOf, vendorOf } from '../helpers/decision-lines';

const body = [
  '',
  'Service      2 x 100.00 = 200.00',
  'Net          200.00',
  'VAT 10 %     20.00',
  'Total        220.00',
];

describe("a registered name's field word after the role's label", () => {
  it.each([
    ['Receptor: Razón social Pesquera Austral S.A., RUT 96.123.456-7', 'Pesquera Austral S.A.'],
    ['Client : Raison sociale Boulangerie Marceau SARL, SIRET 123', 'Boulangerie Marceau SARL'],
    ['Committente: Ragione sociale Ferramenta Riva S.r.l.', 'Ferramenta Riva S.r.l.'],
    ['Customer: Registered name Harbour Mills Ltd', 'Harbour Mills Ltd'],
    ['RECEPTOR: RAZÓN SOCIAL Pesquera Austral S.A.', 'Pesquera Austral S.A.'],
  ])('%s', (line, name) => {
    expect(customerOf(['Emisor: Buzos del Sur SpA', line, 'Fecha: 02-03-2026  Vencimiento: 01-04-2026', ...body])).toBe(name);
  });

  it('near miss: a firm whose name opens with such words in title case keeps them', () => {
    expect(customerOf(['Emisor: Buzos del Sur SpA', 'Receptor: Company Name Registry Ltd', ...body])).toBe('Company Name Registry Ltd');
  });
});

describe("a name set under its column's label, a single blank from the name before it", () => {
  // Labels at columns 0, 33 and 70; the remit-to name fills its 33 characters but for one blank.
  const header = (names: string) => [
    'KRANJI STEEL                                                     GST Reg. No. 201912345K',
    '',
    `${'REMIT TO'.padEnd(33)}${'BILL TO'.padEnd(37)}SHIP TO`,
    names,
    `${'8 Kranji Loop'.padEnd(33)}${'1 Raffles Place #20-01'.padEnd(37)}Blk 5 Jurong West St 1`,
    '',
    'TAX INVOICE KS-1001    Invoice Date 02/03/2026    Due 01/04/2026',
    ...body,
  ];

  it('the bill-to column is read where the remit-to name fills its column', () => {
    const lines = header(`Kranji Stainless Works Pte. Ltd. ${'Abc Hawker Holdings Pte. Ltd.'.padEnd(37)}Abc Hawker Centre Canteen`);
    expect(vendorOf(lines)).toBe('Kranji Stainless Works Pte. Ltd.');
    expect(customerOf(lines)).toBe('Abc Hawker Holdings Pte. Ltd.');
  });

  it('near miss: names set apart by gaps read as before', () => {
    expect(customerOf(header(`${'Kranji Steel Pte. Ltd.'.padEnd(33)}${'Abc Hawker Holdings Pte. Ltd.'.padEnd(37)}Abc Hawker Centre Canteen`))).toBe('Abc Hawker Holdings Pte. Ltd.');
  });

  it('near miss: a word one column off the label, inside a longer name, is not cut out', () => {
    // "Holdings" starts one column right of BILL TO: the line is one name run across, not two set under their labels.
    const lines = header('Kranji Stainless Works Abc Hawker Holdings Pte. Ltd.');
    expect(customerOf(lines)).not.toBe('Holdings Pte. Ltd.');
  });
});

describe("a booking's group", () => {
  const booking = (group: string) => [
    'Gozo Dive Centre Ltd · Triq il-Port, Mġarr · VAT MT 1111 2222',
    '',
    'BOOKING CONFIRMATION',
    'Booking code GDC-12 · confirmed 02/03/2026',
    group,
    '',
    'Dive package   6 x €300.00 = €1,800.00',
    'Package price €1,800.00 (EUR)',
  ];

  it.each([
    ['Group: Münchner Tauchclub e.V., München (6 divers) · Arrival 10/05/2026', 'Münchner Tauchclub e.V.'],
    ['Group name: Harrowgate Sub-Aqua Club', 'Harrowgate Sub-Aqua Club'],
    ['Booked by: Lindqvist Event AB', 'Lindqvist Event AB'],
  ])('%s', (group, name) => {
    expect(customersOf(booking(group))).toContain(name);
  });

  it('near miss: a class, a product group or a clerk is no customer', () => {
    expect(customersOf(booking('Group: A (beginners)'))).toEqual([]);
    expect(customersOf(booking('Group: Garden Furniture Range'))).toEqual([]);
    expect(customersOf(booking('Booked by: Anna Berg'))).toEqual([]);
  });
});
