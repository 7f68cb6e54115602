/**
 * Issue 19, round 9 (tuned on hold-out dev13, bills small businesses receive, and dev14, bilingual
 * and flattened invoices). Each case is invented text, not copied from a hold-out case; each fix has
 * an input it changes and a near miss it must leave alone.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { findInvoiceNumbers } from '../../worker/providers/local/entity-invoice-numbers';
import { findParties } from '../../worker/providers/local/entity-parties';
import { splitLines } from '../../worker/providers/local/entity-text';

function customers(text: string): string[] {
  return findParties(text).filter((party) => party.role === 'customer').map((party) => party.name);
}

describe('the customer in a bill header whose party column shares lines with the fields', () => {
  it('the company under the letterhead, beside a field, is the customer', () => {
    const text = [
      'BRACKENFORD WATER                  Your water bill',
      'Pickwell Joinery Ltd               Bill number   WB-22190',
      '8 Mill Lane, Kendal LA9 4QT        Bill date     3 May 2026',
    ].join('\n');
    expect(customers(text)).toEqual(['Pickwell Joinery Ltd']);
  });

  it('the letterhead company written out on the next line is not its own customer', () => {
    const text = ['BRACKENFORD                        Your water bill', 'Brackenford Water Ltd              Bill number   WB-22190'].join('\n');
    expect(customers(text)).toEqual([]);
  });

  it('a name without a legal form beside the fields is no customer (it may be a street or a tagline)', () => {
    const text = ['Brackenford Water Ltd              Your water bill', 'Quality Since Eighteen            Bill number   WB-22190'].join('\n');
    expect(customers(text)).toEqual([]);
  });
});

describe('"Total this invoice" names an amount, not an invoice number', () => {
  const numbers = (text: string): string[] => findInvoiceNumbers(text, splitLines(text), []).map((span) => span.text);

  it.each([
    ['clean', 'Invoice no. QA-1180\nTotal this invoice      121.61'],
    ['OCR-damaged', 'lnvoice no. QA-1180\nT0TAL THIS lNVOICE      121.61'],
  ])('%s', (_case, text) => {
    expect(numbers(text)).toEqual(['QA-1180']);
  });

  it('"this invoice, number HD-77" still gives its number', () => {
    expect(numbers('Please pay this invoice, number HD-77, by Friday.')).toEqual(['HD-77']);
  });

  it('the amount is read as the total', () => {
    const text = [
      'Invoice no. QA-1180',
      'Invoice date 2 March 2026   Due date 16 March 2026',
      'From: Hallam Lines Ltd',
      'To: Pevensey Dental Ltd',
      'Line rental                 40.00',
      'VAT @ 20%                    8.00',
      'Total this invoice          48.00',
    ].join('\n');
    expect(decideInvoice(text).fields).toMatchObject({ invoice_number: 'QA-1180', total: 48 });
  });
});

describe('a section total above the tax line is not the invoice total', () => {
  const invoice = (last: string): string =>
    [
      'Invoice no. CR-5521   Date 31 March 2026   Due 14 April 2026',
      'From: Dunmore Couriers Ltd',
      'Bill to: Ashby Kilns Ltd',
      'Parcel 1                     10.00',
      'Parcel 2                     20.00',
      'Delivery total               30.00',
      'Fuel surcharge                3.00',
      'Net                          33.00',
      'VAT 20%                       6.60',
      last,
    ].join('\n');

  it('the total after the net and the tax is the invoice total, and the section is not added again', () => {
    const decision = decideInvoice(invoice('TOTAL DUE                    39.60'));
    expect(decision.decision).toBe('PASS');
    expect(decision.fields.total).toBe(39.6);
  });

  it('a wrong final total still fails', () => {
    expect(decideInvoice(invoice('TOTAL DUE                    49.60')).decision).toBe('FAIL');
  });
});

describe('a balance brought forward from earlier bills is never the total', () => {
  const invoice = (last: string): string =>
    [
      'Invoice no. FX-3310   Date 19 March 2026   Due 18 April 2026',
      'From: Keelby Shipping Ltd',
      'Customer: Orwell Interiors Ltd',
      'Ocean freight                612.40',
      'Invoice total                to be advised',
      last,
    ].join('\n');

  it.each(['Balance brought forward: GBP 1,230.00', 'Previous balance 1,230.00', 'Saldo anterior: 1.230,00'])('"%s" leaves the total missing', (last) => {
    const decision = decideInvoice(invoice(last));
    expect(decision.decision).toBe('NEEDS_INFO');
    expect(decision.fields.total).toBeNull();
  });

  it('a balance due still stands for a total that is not stated', () => {
    expect(decideInvoice(invoice('Balance due: GBP 612.40')).fields.total).toBe(612.4);
  });
});

describe('"Titular:" names the customer on a utility bill, the payee among bank details', () => {
  const vendors = (text: string): string[] => findParties(text).filter((party) => party.role === 'vendor').map((party) => party.name);

  it('beside the contract, far from bank details: the customer', () => {
    expect(customers('FACTURA Nº FA-77\nTitular: Panadería Oroel S.L.        NIF: B12345678\nNº de contrato: 00-1')).toEqual(['Panadería Oroel S.L.']);
  });

  it('beside the IBAN: the payee', () => {
    const text = 'Datos bancarios\nTitular: Aguas del Cinca S.A.\nIBAN: ES12 3456 7890 1234 5678 9012';
    expect(vendors(text)).toEqual(['Aguas del Cinca S.A.']);
    expect(customers(text)).toEqual([]);
  });
});

describe('"issued by the seller X to Y": a role word before the names', () => {
  const roles = (text: string): string[] => findParties(text).map((party) => `${party.role}:${party.name}`);

  it('the seller is the vendor, the buyer the customer', () => {
    const text = 'This invoice is issued by the seller Kestrel Pens Ltd to the buyer Ivybridge Primary School through Shopfront.';
    expect(roles(text)).toEqual(expect.arrayContaining(['vendor:Kestrel Pens Ltd', 'customer:Ivybridge Primary School']));
  });

  it('a lower-case word that is no role still stops the name ("issued by the office to ...")', () => {
    expect(roles('Receipts are issued by the office to all parents.')).toEqual([]);
  });
});

describe('"incl. VAT" after a unit price says what the price includes; the figure after it is the line', () => {
  const invoice = (line: string): string =>
    [
      'Invoice no. MK-4410   Invoice date: 11 March 2026   Payment due: 10 April 2026',
      'From: Kestrel Pens Ltd',
      'Bill to: Ivybridge Primary School',
      line,
      'Invoice total                                 £60.00 (includes VAT £10.00)',
    ].join('\n');

  it('a line that adds up passes', () => {
    expect(decideInvoice(invoice('3 x fountain pens   @ £20.00 incl. VAT   £60.00')).decision).toBe('PASS');
  });

  it('a line that does not add up to the total still fails', () => {
    expect(decideInvoice(invoice('3 x fountain pens   @ £20.00 incl. VAT   £66.00')).decision).toBe('FAIL');
  });

  it('"(includes VAT £10.00)" after the total is still its tax', () => {
    expect(decideInvoice(invoice('3 x fountain pens                        £60.00')).decision).toBe('PASS');
  });
});

describe('"Totale fattura   EUR 312,00" is a table row, not "X invoices Y"', () => {
  it('no parties from a total row with column gaps', () => {
    expect(findParties('Totale fattura                                 EUR       312,00')).toEqual([]);
  });

  it('a sentence with single blanks still names both', () => {
    const names = findParties('Ferramenta Bassi S.r.l. fattura a Comune di Ardola la fornitura.').map((party) => `${party.role}:${party.name}`);
    expect(names).toEqual(['vendor:Ferramenta Bassi S.r.l.', 'customer:Comune di Ardola']);
  });
});

describe('dates that are not the issue date: meter readings, OCR-damaged periods, consultations', () => {
  const bill = (lines: string[]): string =>
    ['Invoice no: WB-1188', 'From: Tamar Water Ltd', 'Customer: Penrose Laundry Ltd', ...lines, 'Water supply        100.00', 'Total amount due    100.00', 'Payment due: 28 Apr 2026'].join('\n');

  it('a meter read on a date and a period "t0" a date leave the issue date missing', () => {
    const decision = decideInvoice(bill(['Billing peri0d: 1 Jan 2026 t0 31 Mar 2026', 'Meter 14M 2038   read 31 Mar 2026: 03,318 m3   previous 02 Jan 2026: 03,277 m3']));
    expect(decision.fields.issue_date).toBeNull();
    expect(decision.decision).toBe('NEEDS_INFO');
  });

  it('an unlabelled date on an ordinary line is still the issue date', () => {
    expect(decideInvoice(bill(['31 Mar 2026'])).fields.issue_date).toBe('2026-03-31');
  });

  it('a consultation and a next appointment are not the issue date', () => {
    expect(decideInvoice(bill(['Data da consulta: 10 de março de 2026', 'Próxima consulta: 24 de março de 2026'])).fields.issue_date).toBeNull();
  });
});

describe('the date after the number in an invoice title is its issue date', () => {
  it('"FATTURA N. 48/2026 del 16/03/2026" over an earlier session date', () => {
    const text = [
      'FATTURA N. 48/2026 del 16/03/2026',
      'Intestatario: Lorenza Neri',
      'Studio Tecnico Vara S.r.l.',
      'Prestazioni (date delle sedute: 24/02/2026)',
      'Totale fattura     EUR     90,00',
      'Scadenza pagamento: 31/03/2026',
    ].join('\n');
    expect(decideInvoice(text).fields.issue_date).toBe('2026-03-16');
  });

  it('an invoice referred to in mid-sentence gives no issue date to the credit note', () => {
    const text = ['NOTA DI CREDITO N. NC-19', '(storno parziale fattura n. 1877 del 03/04/2025)', 'Data: 22/04/2025'].join('\n');
    expect(decideInvoice(text).fields.issue_date).toBe('2025-04-22');
  });
});

describe('a scan\'s split label word before a dot leader, and a line that says it bears no VAT', () => {
  const invoice = (lines: string[]): string =>
    [
      'Fee note / lnvoice No.  HV/2026/0448',
      'Date:  16 March 2026',
      'Payab1e by: 15 April 2026',
      'From: Pendeen Law LLP',
      'C1ient: Porthleven Boats Ltd',
      ...lines,
    ].join('\n');

  it('"T otal due ......" is the total, and "(no VAT): Land Registry fee" an item', () => {
    const decision = decideInvoice(
      invoice(['Professional charges ............  1,000.00', 'VAT @ 20% on charges ............    200.00', 'Disbursements (no VAT): search fee ...  50.00', 'T otal due ...................... £1,250.00']),
    );
    expect(decision.fields.total).toBe(1250);
    expect(decision.decision).toBe('PASS');
  });

  it('a split word that is two words of its own stays apart ("Due date ......" is no "duedate" issue)', () => {
    const decision = decideInvoice(invoice(['Charges ...................... 100.00', 'Total ........................ 100.00']));
    expect(decision.fields).toMatchObject({ total: 100, due_date: '2026-04-15' });
  });

  it('a city tax at a rate "(no VAT)" is still a tax, its product the figure', () => {
    const decision = decideInvoice(invoice(['Room, 2 nights                   400.00', 'Subtotal                         400.00', 'City tax 2 nights x 5,00 (no VAT)  10.00', 'Grand total                      410.00']));
    expect(decision.decision).toBe('PASS');
  });
});

describe('a letterhead line a scan opened with a stray bar', () => {
  const vendors = (text: string): string[] => findParties(text).filter((party) => party.role === 'vendor').map((party) => party.name);

  it('"| Name Ltd  |  address" names the vendor', () => {
    expect(vendors('M E R R I T T   P A R T N E R S\n| Merritt Partners Ltd  |  22 Hanover Sq, London W1S 1JB  ~\n\nINVOICE\nClient: Thistle Co. Ltd')).toEqual(['Merritt Partners Ltd']);
  });

  it('a table row opening with a bar is no letterhead', () => {
    expect(vendors('| Description | Amount |\n| Consulting | 100.00 |\nClient: Thistle Co. Ltd')).toEqual([]);
  });
});

describe('article codes and words that close the figure before', () => {
  it('"PW-12" in a description is no quantity column', () => {
    const text = [
      'Rechnungsnummer: RE-1',
      'Rechnungsdatum: 19.03.2026',
      'Fällig am: 18.04.2026',
      'Lieferant: Feinwerk Aalen GmbH',
      'Kunde: Carrow Devices Ltd',
      'Pos. Menge Artikel                           Einzelpreis   Gesamt',
      '1    250   Welle PW-12                         14,20      3.550,00',
      'Gesamtbetrag:                                             3.550,00',
    ].join('\n');
    expect(decideInvoice(text).decision).toBe('PASS');
  });

  it('a quantity in its own column is still checked', () => {
    const text = ['Qty  Description   Price   Amount', 'Shaft   2   380,00   780,00', 'Total   780,00'].join('\n');
    expect(decideInvoice(text).reasons.join(' ')).toMatch(/quantity times price is 760\.00/u);
  });

  it('"920.00 net. VAT at 23% is EUR 211.60": the 211.60 is the tax', () => {
    const text = [
      'Invoice MA-17',
      'Invoice date: 16 March 2026',
      'Due date: 15 April 2026',
      'From: Mulcahy Advisory Ltd',
      'To: Quill Foods Ltd',
      'Workshops: 2 x consulting day at EUR 460.00, which makes EUR 920.00 net. VAT at 23% is EUR 211.60, so the total due is EUR 1,131.60.',
    ].join('\n');
    const decision = decideInvoice(text);
    expect(decision.reasons.join(' ')).not.toMatch(/subtotal 211\.60/u);
  });
});

describe('freight headers: a consignee column, a glossed label, shipping dates', () => {
  it('"Customer   Consignee" over two names: the customer is under "Customer"', () => {
    const text = ['Invoice No.  BS-1', 'Customer                 Consignee', 'Haddon Timber Ltd        Port Agency Ltd', 'Dock Road, Ipswich'].join('\n');
    expect(customers(text)).toEqual(['Haddon Timber Ltd']);
  });

  it('"Cessionario" over its gloss "Customer" over the name', () => {
    expect(customers('Fattura n. 5/2026\n\nCessionario\nCustomer\nWerft Nordhafen GmbH\nHafenstraße 3, Kappeln')).toEqual(['Werft Nordhafen GmbH']);
  });

  it('a label over a name is unchanged', () => {
    expect(customers('Cessionario\nWerft Nordhafen GmbH\nHafenstraße 3, Kappeln')).toEqual(['Werft Nordhafen GmbH']);
  });

  it('a bill of lading\'s date and a sailing are no issue date; an invoice date still is', () => {
    const lines = ['Invoice No. BS-1', 'From: Baltic Lines SIA', 'Customer: Haddon Timber Ltd', 'Sea freight   100.00', 'Total EUR     100.00', 'Payment due: 20 April 2026'];
    expect(decideInvoice([...lines, 'B/L date 9 March 2026', 'ETD: 9 March 2026    ETA: 13 March 2026'].join('\n')).fields.issue_date).toBeNull();
    expect(decideInvoice([...lines, 'Invoice date 14 March 2026', 'ETA: 13 March 2026'].join('\n')).fields.issue_date).toBe('2026-03-14');
  });
});

describe('tax words that are services, rate classes, and dates with labels of their own', () => {
  const invoice = (lines: string[]): string =>
    ['Invoice No: LB-22', 'Invoice Date: 18 March 2026', 'Due date: 1 April 2026', 'From: Brackwell Bookkeeping Ltd', 'Customer: Upperby Joinery Ltd', ...lines].join('\n');

  it('"VAT return" and "Personal tax returns" are items, not tax', () => {
    const decision = decideInvoice(
      invoice(['Monthly bookkeeping ........ 840.00', 'VAT return, quarter to Feb .. 150.00', 'Personal tax returns ......... 650.00', 'Net ...................... 1,640.00', 'VAT @ 20% .................. 328.00', 'Total due ................ 1,968.00']),
    );
    expect(decision.decision).toBe('PASS');
  });

  it('a VAT line on its own is still the tax', () => {
    expect(decideInvoice(invoice(['Bookkeeping ........ 100.00', 'VAT 20% ............. 30.00', 'Total due .......... 130.00'])).decision).toBe('FAIL');
  });

  it('"VAT (S at 20%)" is charged on the standard-rated rows only', () => {
    const rows = ['Flour 25 kg      Z      68.80', 'Degreaser 5 L    S      67.20', 'Goods net               136.00'];
    expect(decideInvoice(invoice([...rows, 'VAT (S at 20%)           13.44', 'Invoice total           149.44'])).decision).toBe('PASS');
    expect(decideInvoice(invoice([...rows, 'VAT (S at 20%)           15.44', 'Invoice total           151.44'])).decision).toBe('FAIL');
  });

  it('a date under a label none of the rules know is no issue date; a misspelt date label still is', () => {
    const text = (label: string): string =>
      ['lNVOICE No. PY-2208', `${label} 2 March 2026`, 'Due date:  30 March 2026', 'From: Pickby Media Ltd', 'Bill to: Halsey Outdoor Ltd', 'Total GBP   100.00'].join('\n');
    expect(decideInvoice(text('Campaign live:')).fields.issue_date).toBeNull();
    expect(decideInvoice(text('Dtae of issue:')).fields.issue_date).toBe('2026-03-02');
    expect(decideInvoice(text('')).fields.issue_date).toBe('2026-03-02');
  });
});

describe('an IBAN is no payee\'s name; a rate per unit after "at" is checked', () => {
  it('"Please transfer to NL91 ABNA ..." leaves the letterhead as the vendor', () => {
    const text = 'Talsma Training Studio\nOude Straat 19, 9712 GD Groningen\n\nINVOICE\nTo: Aarden Installatie B.V.\n\nPlease transfer to NL91 ABNA 0417 1643 00 quoting 2026-07.';
    expect(findParties(text).filter((party) => party.role === 'vendor').map((party) => party.name)).toEqual(['Talsma Training Studio']);
  });

  it('"Payments to Kestrel Design Ltd" is still the payee', () => {
    expect(findParties('Payments to Kestrel Design Ltd, sort code 40-11-62.').map((party) => party.name)).toEqual(['Kestrel Design Ltd']);
  });

  const invoice = (row: string): string =>
    ['Invoice No. F-58', 'Invoice date: 2026-03-16', 'Due date: 2026-04-15', 'From: Oyarzun Consultores S.L.', 'Customer: Helvig Maritime ApS', row, 'Total ...................... EUR 2,850.00'].join('\n');

  it('"1) 3 days of workshop at EUR 950 per day ..... EUR 2,950.00" does not multiply out', () => {
    expect(decideInvoice(invoice('1) 3 days of on-site workshop at EUR 950 per day ...... EUR 2,950.00')).reasons.join(' ')).toMatch(/quantity times price is 2850\.00/u);
  });

  it('the same row that multiplies out passes', () => {
    expect(decideInvoice(invoice('1) 3 days of on-site workshop at EUR 950 per day ...... EUR 2,850.00')).decision).toBe('PASS');
  });

  it('"at" without a rate per unit stays unchecked (a net price may differ)', () => {
    expect(decideInvoice(invoice('1) 3 licences at EUR 950 ...... EUR 2,850.00')).decision).toBe('PASS');
  });
});

describe('bilingual number words, stray marks and full stops after names', () => {
  const numbers = (text: string): string[] => findInvoiceNumbers(text, splitLines(text), []).map((span) => span.text);

  it('"FATTURA / INVOICE  N. / No. VS-2026-0087"', () => {
    expect(numbers('FATTURA / INVOICE  N. / No. VS-2026-0087\nData fattura / Invoice date: 13.03.2026')).toEqual(['VS-2026-0087']);
  });

  it('"Invoice No. 55" is unchanged', () => {
    expect(numbers('Invoice No. 55/2026')).toEqual(['55/2026']);
  });

  it('a stray quote mark after a labelled name is dropped', () => {
    expect(customers("C lient:  Skelwith Charters Ltd '\nDate: 1 March 2026")).toEqual(['Skelwith Charters Ltd']);
  });

  it('"payable to X LLC." ends the sentence; "Inc." keeps its stop', () => {
    const payee = (text: string): string[] => findParties(text).map((party) => party.name);
    expect(payee('Checks payable to Larch Studio LLC.')).toEqual(['Larch Studio LLC']);
    expect(payee('Checks payable to Larch Studio Inc.')).toEqual(['Larch Studio Inc.']);
  });
});

describe('"Account 60-22918" under an invoice-address label is no customer', () => {
  it('an account reference leaves the customer missing', () => {
    expect(customers('Invoice address:                     Ship to:\nAccount 60-22918 (as per statement)  Unit 12, Riverside Works')).toEqual([]);
  });

  it('a company under the same label is the customer', () => {
    expect(customers('Invoice address:                     Ship to:\nAccord Bakeries Ltd                  Unit 12, Riverside Works')).toEqual(['Accord Bakeries Ltd']);
  });
});

describe('prose: "hereby invoices", and work done on a day', () => {
  it('"X hereby invoices Y" names both', () => {
    const names = findParties('Tessop Builders Ltd hereby invoices Myrtle Guest House Ltd, under invoice number TB-9.').map((party) => `${party.role}:${party.name}`);
    expect(names).toEqual(['vendor:Tessop Builders Ltd', 'customer:Myrtle Guest House Ltd']);
  });

  it('"headshots taken on 7 March 2026" is no issue date; "Invoice OS-1 of 7 March 2026" is', () => {
    const tail = 'Amount: £1,200.00, payable by 24 March 2026.';
    expect(decideInvoice(`Invoice OS-88 from Ombry Studio Ltd to Garn Tutors Ltd, for headshots taken on 7 March 2026.\n${tail}`).fields.issue_date).toBeNull();
    expect(decideInvoice(`Invoice OS-88 from Ombry Studio Ltd to Garn Tutors Ltd, dated 7 March 2026.\n${tail}`).fields.issue_date).toBe('2026-03-07');
  });
});

describe('a mid-line label after another label\'s colon', () => {
  const vendors = (text: string): string[] => findParties(text).filter((party) => party.role === 'vendor').map((party) => party.name);

  it('"Bank details: Account name: Strandby Marine AS, IBAN ..." names the payee', () => {
    expect(vendors('INVOICE\nBill To: Quay Marina Ltd\nBank details: Account name: Strandby Marine AS, IBAN NO93 8601 1117 947')).toEqual(['Strandby Marine AS']);
  });

  it('a short word after a colon is no label ("Note: from stock")', () => {
    expect(vendors('Note: from stock, delivered Monday')).toEqual([]);
  });
});

describe('a short label word split by a scan, alone before its colon', () => {
  it('"T o: Brindle Farms Partnership" names the customer', () => {
    expect(customers('lNVOICE\nT o: Brindle Farms Partnership\n     Higher Brindle, Chagford')).toEqual(['Brindle Farms Partnership']);
  });

  it('two short words that are a sentence\'s are left apart ("I t: ...")', () => {
    expect(customers('I t: Brindle Farms Partnership')).toEqual([]);
  });
});

describe('items in a paragraph whose sums share their sentences', () => {
  const mail = (paragraph: string[]): string =>
    ['Invoice MA-17', 'Invoice date: 16 March 2026', 'Due date: 15 April 2026', 'From: Mulcahy Advisory Ltd', 'To: Quill Foods Ltd', '', ...paragraph].join('\n');

  it('items on two lines, a sum "which makes ... net", the VAT and the total due: PASS', () => {
    const decision = decideInvoice(
      mail(['For the workshops: 2 x consulting day at EUR 400.00 and 1 x travel to', 'Naas at EUR 120.00, which makes EUR 920.00 net. VAT at 23% is EUR 211.60, so the total due is EUR 1,131.60.']),
    );
    expect(decision.decision).toBe('PASS');
  });

  it('the same with an item short: FAIL', () => {
    const decision = decideInvoice(
      mail(['For the workshops: 2 x consulting day at EUR 400.00 and 1 x travel to', 'Naas at EUR 100.00, which makes EUR 920.00 net. VAT at 23% is EUR 211.60, so the total due is EUR 1,131.60.']),
    );
    expect(decision.decision).toBe('FAIL');
  });
});

describe('an Italian e-invoice print: a VAT-rate column and "Imposta"', () => {
  const invoice = (tax: string): string =>
    [
      'FATTURA ELETTRONICA',
      'Cedente/prestatore (fornitore)',
      'Denominazione: Calvi Impianti S.r.l.',
      'Cessionario/committente (cliente)',
      'Denominazione: Hotel Santa Luce S.p.A.',
      'Tipologia documento  Numero documento  Data documento',
      'TD01 fattura        118/2026          13-03-2026',
      'Descrizione  Imponibile  Aliquota IVA',
      'Manutenzione caldaia  1.500,00  22,00',
      tax,
      'Totale documento  1.830,00',
      'Modalità pagamento  Data scadenza  Importo',
      'MP05 bonifico       12-04-2026     1.830,00',
    ].join('\n');

  it('the rate column is no amount, "Imposta" the tax: PASS', () => {
    expect(decideInvoice(invoice('Imposta 330,00')).decision).toBe('PASS');
  });

  it('a wrong tax still fails', () => {
    expect(decideInvoice(invoice('Imposta 300,00')).decision).toBe('FAIL');
  });
});

describe('a date labelled by its own column; "Facture de loyer N°"', () => {
  const numbers = (text: string): string[] => findInvoiceNumbers(text, splitLines(text), []).map((span) => span.text);
  const dates = (line: string): unknown[] => {
    const text = ['From: Crondall Motors Ltd', 'Customer: Weydon Aerials Ltd', line, 'Total (GBP)   310.54', 'Payment due by 19 April 2026.'].join('\n');
    return [decideInvoice(text).fields.issue_date];
  };

  it('"Repair order: RO-5   Job card: 118/4   Date: 20 March 2026" is issued that day', () => {
    expect(dates('Repair order: RO-55   Job card: 118/4     Date: 20 March 2026')).toEqual(['2026-03-20']);
  });

  it('an order date in its own column stays an order date', () => {
    expect(dates('Invoice no: RO-55     Order date: 20 March 2026')).toEqual([null]);
  });

  it('a label split by a scan\'s double blank is still one label ("Due  date:")', () => {
    const text = ['Invoice no: AK-1', 'Date of invoice: 2026-03-16', 'Due  date: 2026-04-15'].join('\n');
    expect(decideInvoice(text).fields).toMatchObject({ issue_date: '2026-03-16', due_date: '2026-04-15' });
  });

  it('"FACTURE DE LOYER N° LOY-2026-0314"', () => {
    expect(numbers('FACTURE DE LOYER N° LOY-2026-0314\nDate : 25 mars 2026')).toEqual(['LOY-2026-0314']);
  });
});

describe('platform invoices: "Freelancer (vendor):" and "is sent to X"', () => {
  const roles = (text: string): string[] => findParties(text).map((party) => `${party.role}:${party.name}`);

  it('"Freelancer (vendor): Dana Fisk" is the vendor', () => {
    expect(roles('Freelancer (vendor): Dana Fisk\nClient: Harbour Analytics LLC')).toEqual(['vendor:Dana Fisk', 'customer:Harbour Analytics LLC']);
  });

  it('"Invoice LL-45, dated 17 March 2026, is sent to Orrin Guest House Ltd through ..." names the customer', () => {
    expect(roles('Invoice LL-45, dated 17 March 2026, is sent to Orrin Guest House Ltd through Ledgerly.')).toEqual(['customer:Orrin Guest House Ltd']);
  });

  it('"goods sent to the warehouse" names no one', () => {
    expect(roles('All goods sent to the warehouse are checked.')).toEqual([]);
  });
});

describe('a damaged letterhead written out in full in the footer', () => {
  const vendors = (text: string): string[] => findParties(text).filter((party) => party.role === 'vendor').map((party) => party.name);

  it('"SEVERNM0UTH WATER" and "Severnmouth Water Services Ltd" below: the full name', () => {
    expect(vendors('SEVERNM0UTH WATER\nBusiness water\nCust0mer: Quarry Laundry Ltd\n\nSevernmouth Water Services Ltd · Reg. 06621947')).toEqual(['Severnmouth Water Services Ltd']);
  });

  it('a copy followed by lower-case words keeps only its own name', () => {
    expect(vendors('SEVERNM0UTH WATER\nBusiness water\nCust0mer: Quarry Laundry Ltd\n\nSevernmouth Water thanks you. Registered as Severn Holdings Ltd')).toEqual(['Severnmouth Water']);
  });
});

describe('a legal form in brackets inside a name (from the dev12 helper, branch rules12)', () => {
  it('"(Pty) Ltd" stays part of the name', () => {
    expect(customers('Rechnung\nKunde / Customer: Karoo Fruit Growers (Pty) Ltd\n')).toEqual(['Karoo Fruit Growers (Pty) Ltd']);
  });

  it('near miss: a note in brackets after the name is still left out', () => {
    expect(customers('Invoice\nCustomer: Karoo Fruit Growers Ltd (Reg. 2019/123456/07)\n')).toEqual(['Karoo Fruit Growers Ltd']);
  });
});
