/**
 * The firm's legal name lower down outranks a letterhead that shortens it or is no firm (round 30, hold-outs dev37
 * and dev38): "... MFG." with the legal name in a later part of the registration line, a trade name of the legal
 * name's words with the account holder of the bank line ("t.n.v. ... B.V."), and an address line read as the
 * letterhead under a damaged one with the registration line's firm ("Company N0. SC..."). The texts are invented;
 * the near misses are letterheads that name a firm of their own.
 */
import { vendorOf } from '../helpers/decision-lines';

describe("a shortened letterhead and the firm's legal name lower down", () => {
  const invoice = (letterhead: string, footer: string) => [
    letterhead,
    '77 Lakeshore Dr, Thunder Bay ON P7B 5E1',
    'INVOICE TB-4410   Invoice date 2026-05-04',
    'BILL TO: Kaministiquia Outfitters Ltd.',
    '',
    'Canoe racks  4 x 210.00  840.00',
    'TOTAL CAD $840.00',
    '',
    footer,
  ];

  it('an abbreviation with a stop, the name in a later part of the registration line', () => {
    const lines = invoice('SUPERIOR CANOE RACK MFG.', 'Due 2026-06-03 · Superior Canoe Rack Manufacturing Inc. · HST 81122 4410 RT0001');
    expect(vendorOf(lines)).toBe('Superior Canoe Rack Manufacturing Inc.');
  });

  it('near miss: a trade name sharing no word with the registered firm is left as it is', () => {
    const lines = invoice('Lakehead Paddle Works', 'Due 2026-06-03 · Northern Ontario Holdings Inc. · HST 81122 4410 RT0001');
    expect(vendorOf(lines)).toBe('Lakehead Paddle Works');
  });

  const dutch = (holder: string) => [
    'De Blauwe Klompen',
    'Havenstraat 3, 8601 AB Sneek · KvK 71000001',
    '',
    'FACTUUR',
    'Factuurnummer: 2026-0077',
    'Factuurdatum: 04-05-2026',
    'Aan: Stichting Waterpret, Dorpsstraat 1, 8600 Sneek',
    '',
    'Klompen, per paar   10 x € 45,00   € 450,00',
    'Totaal factuur (EUR)    € 450,00',
    '',
    `Gelieve te betalen vóór 03-06-2026 op NL47 RABO 0317 0000 01 t.n.v. ${holder}`,
  ];

  it("the account holder's legal name, the head of a compound and the letterhead's words in another order", () => {
    expect(vendorOf(dutch('Friese Klompenmakerij De Blauwe B.V.'))).toBe('Friese Klompenmakerij De Blauwe B.V.');
  });

  it('near miss: an account held by a firm of other words is no name of the letterhead\'s', () => {
    expect(vendorOf(dutch('Administratiekantoor Hoekstra B.V.'))).toBe('De Blauwe Klompen');
  });
});

describe('an address line read as the letterhead under a damaged one', () => {
  const invoice = (top: string[], footer: string) => [
    ...top,
    '',
    'lNV0ICE',
    'lnv0ice N0:  KTH-2210',
    '',
    'Bi11 t0:  Prestwick Bowling Club',
    '',
    'Scarifier hire, days   3 x 95.00   285.00',
    'T0TAL GBP   £285.00',
    '',
    'Payrnent due: 17/06/2026',
    footer,
  ];

  it('gives way to the firm on the registration line', () => {
    const lines = invoice(['K1LM4RN0CK  PLANT', 'Station Road Yard, Kilmarnock KA1 3AB'], 'Kilmarnock Plant Hire Ltd · Company N0. SC400001');
    expect(vendorOf(lines)).toBe('Kilmarnock Plant Hire Ltd');
  });

  it('near miss: a letterhead that is a firm of its own is not outranked by a stranger on the registration line', () => {
    const lines = invoice(['Troon Garden Machinery', 'Unit 4, Troon KA10 6HH'], 'Ayrshire Leasing Ltd · Company No. SC400002');
    expect(vendorOf(lines)).toBe('Troon Garden Machinery');
  });
});
