/**
 * Invoices in languages the label tables began without (round 29, hold-out dev35): Croatian, Slovenian,
 * Estonian, Lithuanian and Icelandic labels for the invoice number, the dates, the total and the parties;
 * firms' names written in sentence case around their legal form ("Pekarnica zlatno zrno d.o.o.", "UAB Medžio
 * dirbtuvės"); an accounting system's "Document No." column beside its "Document date". The texts are invented;
 * each rule has a near miss that must stay unread.
 */
import { amountLabelAt, dateLabelAt, decideLines, fieldsOf } from '../helpers/decision-lines';
import { leadingName } from '../../worker/providers/local/entity-party-names';

describe('Croatian labels', () => {
  const racun = (numberLine = 'Broj računa: 114-1-1', bank = 'IBAN HR12 2340 0091 1107 7654 3') => [
    'Pekarnica zlatno zrno d.o.o.',
    'Ilica 301, 10000 Zagreb · OIB 11223344556',
    '',
    'Kupac: Hotel Sljeme d.d., Jadranska 4, 21000 Split',
    '',
    'RAČUN',
    numberLine,
    'Datum izdavanja: 05.03.2026.',
    'Datum isporuke: 04.03.2026.',
    'Rok plaćanja: 20.03.2026.',
    '',
    'Kruh polubijeli     100    1,20     120,00',
    'Peciva               50    0,80      40,00',
    '',
    'Osnovica          160,00 EUR',
    'PDV 13 %           20,80 EUR',
    'Ukupno za platiti 180,80 EUR',
    bank,
  ];

  it('reads every field of a complete invoice, and passes it', () => {
    const decision = decideLines(racun());
    expect(decision.fields).toMatchObject({
      invoice_number: '114-1-1', issue_date: '2026-03-05', due_date: '2026-03-20', total: 180.8, currency: 'EUR',
      vendor: 'Pekarnica zlatno zrno d.o.o.', customer: 'Hotel Sljeme d.d.',
    });
    expect(decision.decision).toBe('PASS');
  });

  it.each(['Račun br. 114-1-1', 'Račun broj: 114-1-1'])('the number after "%s"', (line) => {
    expect(fieldsOf(racun(line)).invoice_number).toBe('114-1-1');
  });

  it('near miss: a bank account\'s "žiro račun" names no invoice number', () => {
    expect(fieldsOf(racun('', 'Žiro račun br. 2340009-1107765432')).invoice_number).toBeNull();
  });

  it('"Valuta" before a date is the due date; "Valuta: EUR" dates nothing', () => {
    const text = ['Račun br. 7-1-1', 'Datum računa: 02.04.2026.', 'Valuta: 17.04.2026.'].join('\n');
    expect(dateLabelAt(text, '17.04.2026')).toBe('due');
    const currency = ['Račun br. 7-1-1', 'Valuta: EUR   Datum računa: 02.04.2026.'].join('\n');
    expect(dateLabelAt(currency, '02.04.2026')).toBe('issue');
  });
});

describe('Slovenian labels, scanned', () => {
  const invoice = [
    'Mizarstvo Hrast d.o.o.',
    'Tržaška cesta 40, 1000 Ljub1jana',
    '',
    'Kupec: Gostilna Pri lipi',
    '',
    'RAČUN št. 2026-118',
    'Datum izdaje: 12.05.2026',
    'Datum opravljene st0ritve: 10.05.2026',
    'Rok p1ačila: 27.05.2026',
    '',
    'Miza hrastova        2    450,00    900,00',
    '',
    'Osn0va za DDV          900,00',
    'DDV 22 %               198,00',
    'Za p1ačilo EUR       1.098,00',
  ];

  it('reads the number, the dates, the total and the buyer', () => {
    expect(fieldsOf(invoice)).toMatchObject({
      invoice_number: '2026-118', issue_date: '2026-05-12', due_date: '2026-05-27', total: 1098, vendor: 'Mizarstvo Hrast d.o.o.', customer: 'Gostilna Pri lipi',
    });
  });
});

describe('Estonian labels', () => {
  const arve = (tax = 'KM 22 %         44,00 EUR') => [
    'Saaremaa Mesi OÜ',
    'Tallinna mnt 5, 93815 Kuressaare',
    '',
    'ARVE nr 26-0415',
    'Kuupäev: 03.06.2026',
    'Maksetähtaeg: 17.06.2026',
    'Ostja: Kohvik Vanalinn OÜ, Raekoja plats 2, Tallinn',
    '',
    'Mesi 500 g     40 x 5,00 =   200,00',
    '',
    'Summa km-ta    200,00 EUR',
    tax,
    'Kokku          244,00 EUR',
  ];

  it('reads the number, the dates, the total and the buyer', () => {
    expect(fieldsOf(arve())).toMatchObject({
      invoice_number: '26-0415', issue_date: '2026-06-03', due_date: '2026-06-17', total: 244, vendor: 'Saaremaa Mesi OÜ', customer: 'Kohvik Vanalinn OÜ',
    });
    expect(amountLabelAt(arve().join('\n'), '44,00')).toBe('tax');
  });

  it('near miss: "km" of a distance before a figure is no tax', () => {
    expect(amountLabelAt(['Transport km 120,00'].join('\n'), '120,00')).not.toBe('tax');
  });
});

describe('Lithuanian labels, and names opening with their legal form', () => {
  const saskaita = [
    'PVM SĄSKAITA FAKTŪRA',
    'Serija MD Nr. 00412',
    'Išrašymo data: 2026-05-04',
    '',
    'Pardavėjas: UAB Medžio dirbtuvės, Gedimino pr. 9, Vilnius',
    'Pirkėjas: MB Sodo namai, Laisvės al. 3, Kaunas',
    '',
    'Stalas     2    300,00    600,00',
    '',
    'Suma be PVM:   600,00 EUR',
    'PVM 21 %:      126,00 EUR',
    'Iš viso:       726,00 EUR',
    '',
    'Apmokėti iki: 2026-05-18',
  ];

  it('reads the due date, the total and both parties', () => {
    expect(fieldsOf(saskaita)).toMatchObject({ issue_date: '2026-05-04', due_date: '2026-05-18', total: 726, vendor: 'UAB Medžio dirbtuvės', customer: 'MB Sodo namai' });
  });

  it('a letterhead opening with its form keeps its lower-case words', () => {
    const letterhead = ['UAB Jūros krovinys · Tilžės g. 5, Klaipėda', '', 'INVOICE LT-2026-9', 'Date: 2026-05-04', 'To: Harbour Supplies Ltd', '', 'Total EUR 500.00'];
    expect(fieldsOf(letterhead).vendor).toBe('UAB Jūros krovinys');
  });

  it('"Sąskaitos Nr." is the invoice\'s number; a bank\'s "banko sąskaitos Nr." is not', () => {
    const text = (line: string) => ['UAB Medžio dirbtuvės', line, 'Išrašymo data: 2026-05-04', 'Iš viso: 726,00 EUR'];
    expect(fieldsOf(text('Sąskaitos Nr. MD-00412')).invoice_number).toBe('MD-00412');
    expect(fieldsOf(text('Banko sąskaitos Nr. 7300-0101-4471')).invoice_number).toBeNull();
  });
});

describe('Icelandic labels', () => {
  const reikningur = [
    'Smíðaverk Húsavíkur ehf.',
    'Garðarsbraut 12, 640 Húsavík',
    '',
    'Reikningur nr. 30117',
    'Dagsetning: 02.06.2026',
    'Kaupandi: Hvalaskoðun Norðursiglingar hf.',
    '',
    'Vinna, klst.     10 x  12.000     120.000 kr.',
    '',
    'Samtals án VSK        120.000 kr.',
    'VSK 24%               28.800 kr.',
    'Ti1 greiðslu ISK      148.800 kr.',
    '',
    'Gjalddagi: 16.06.2026',
  ];

  it('reads the number, the dates, the total and the buyer', () => {
    expect(fieldsOf(reikningur)).toMatchObject({
      invoice_number: '30117', issue_date: '2026-06-02', due_date: '2026-06-16', total: 148800, customer: 'Hvalaskoðun Norðursiglingar hf.',
    });
  });
});

describe('names in sentence case around their legal form', () => {
  it.each([
    ['Pekarnica zlatno zrno d.o.o.', 'Pekarnica zlatno zrno d.o.o.'],
    ['Kamnoseštvo Kos in sin d.o.o.', 'Kamnoseštvo Kos in sin d.o.o.'],
    ['UAB Medžio dirbtuvės', 'UAB Medžio dirbtuvės'],
    ['Bakarí og kaffihús Akureyrar ehf.', 'Bakarí og kaffihús Akureyrar ehf.'],
  ])('%s', (raw, name) => {
    expect(leadingName(raw)).toBe(name);
  });

  it('near miss: another form, or no form, still ends the name at a lower-case word', () => {
    expect(leadingName('Harbour Crafts thanks you for your order Ltd')).toBe('Harbour Crafts');
    expect(leadingName('Medžio Studija shipped the tables')).toBe('Medžio Studija');
    expect(leadingName('Pekarnica Zrno je dostavila kruh i peciva danas d.o.o.')).toBe('Pekarnica Zrno');
  });
});

describe('an accounting system\'s "Document No." column beside its date', () => {
  const invoice = (title: string) => [
    'Adriatic Olive Oil Traders',
    '',
    title,
    '',
    'Document No.   Document date   Due date',
    'AO-2026-0318   04.05.2026      03.06.2026',
    '',
    'Bill to: Feinkost Gruber GmbH',
    'Olive oil 1 l      100    9,00    900,00',
    'Total EUR                         900,00',
  ];

  it('is the number of a document titled an invoice', () => {
    expect(fieldsOf(invoice('INVOICE')).invoice_number).toBe('AO-2026-0318');
  });

  it('near miss: under a delivery note\'s title it is no invoice number', () => {
    expect(fieldsOf(invoice('DELIVERY NOTE')).invoice_number).toBeNull();
  });
});
