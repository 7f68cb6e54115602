/**
 * Round 29 (hold-out dev36): invoices in Greek, Slovak and Bulgarian. Their labels for the invoice's number
 * (number word first, invoice word after it in the genitive: "Αριθμός τιμολογίου", "Číslo faktúry", "Номер на
 * фактура"; Bulgarian "Фактура №"), dates, total and parties, Greek and Bulgarian legal forms, the Bulgarian lev's
 * "лв.", and a flattened title box's long numeric number ("No. 0000002418"). The texts are invented; each rule
 * has a near miss that must stay unread.
 */
import { customerOf, dateLabelAt, fieldsOf, vendorOf } from '../helpers/decision-lines';

describe('Greek invoices', () => {
  const greek = (lines: { number?: string; dates?: string[]; customer?: string; vendor?: string } = {}) => [
    lines.vendor ?? 'Ξυλουργείο Ολύμπου Ε.Π.Ε.',
    'Οδός Ερμού 12, 412 22 Λάρισα · ΑΦΜ 800123456',
    '',
    'ΤΙΜΟΛΟΓΙΟ',
    lines.number ?? 'Αριθμός τιμολογίου: ΞΟΛ-0412',
    ...(lines.dates ?? ['Ημερομηνία έκδοσης: 03/02/2026', 'Ημερομηνία λήξης: 05/03/2026']),
    lines.customer ?? 'Αγοραστής: Κτήματα Τεμπών Α.Ε.',
    '',
    'Καθαρή αξία: 1.000,00 €',
    'ΦΠΑ 24%: 240,00 €',
    'Πληρωτέο: 1.240,00 €',
  ];

  it.each([
    ['Αριθμός τιμολογίου: ΞΟΛ-0412', 'ΞΟΛ-0412'],
    ['ΑΡΙΘΜΟΣ ΤΙΜΟΛΟΓΙΟΥ: ΞΟΛ-0412', 'ΞΟΛ-0412'],
    ['Αρ. παραστατικού: ΞΟΛ-0412', 'ΞΟΛ-0412'],
    ['Αριθμός τιμολογίου: ΤΔΑ 2026/88', 'ΤΔΑ 2026/88'],
    ['Α/Α: 2026-417', '2026-417'],
  ])('the number after "%s"', (label, number) => {
    expect(fieldsOf(greek({ number: label })).invoice_number).toBe(number);
  });

  it('near miss: "Α/Α" heading an item table\'s row numbers, and an order\'s number, give no invoice number', () => {
    expect(fieldsOf(greek({ number: 'Α/Α | Περιγραφή | Ποσότητα\n1 | Ράφια δρυός | 2' })).invoice_number).toBeNull();
    expect(fieldsOf(greek({ number: 'Αριθμός παραγγελίας: 2026-4471' })).invoice_number).toBeNull();
  });

  it.each([
    ['Ημερομηνία λήξης: 05/03/2026'],
    ['ΗΜΕΡΟΜΗΝΙΑ ΛΗΞΗΣ ΠΛΗΡΩΜΗΣ: 05/03/2026'],
    ['Ημ/νία λήξης: 05/03/2026'],
    ['Προθεσμία πληρωμής: 05/03/2026'],
  ])('the due date after "%s"', (due) => {
    const fields = fieldsOf(greek({ dates: ['Ημερομηνία τιμολογίου: 03/02/2026', due] }));
    expect(fields.issue_date).toBe('2026-02-03');
    expect(fields.due_date).toBe('2026-03-05');
  });

  it('near miss: the date of an order or of the works is neither the issue date nor the due date', () => {
    const lines = greek({ dates: ['Ημερομηνία παραγγελίας: 14/01/2026', 'Ημερομηνία εργασιών: 20/01/2026'] });
    const fields = fieldsOf(lines);
    expect(fields.issue_date).toBeNull();
    expect(fields.due_date).toBeNull();
    expect(dateLabelAt(lines.join('\n'), '14/01/2026')).toBe('delivery');
  });

  it.each([['Πελάτης: Κτήματα Τεμπών Α.Ε.'], ['Αγοραστής: Κτήματα Τεμπών Α.Ε.'], ['Λήπτης: Κτήματα Τεμπών Α.Ε.'], ['Στοιχεία πελάτη: Κτήματα Τεμπών Α.Ε.']])('the customer after "%s"', (customer) => {
    expect(fieldsOf(greek({ customer })).customer).toBe('Κτήματα Τεμπών Α.Ε.');
  });

  it.each([['Ξυλουργείο Ολύμπου Ε.Π.Ε.'], ['Ξυλουργείο Ολύμπου Ι.Κ.Ε.'], ['Αφοί Παππά Ο.Ε.'], ['Ξυλουργείο Ολύμπου Μ.Ι.Κ.Ε.']])('the letterhead "%s" is the vendor', (vendor) => {
    expect(vendorOf(greek({ vendor }))).toBe(vendor);
    expect(fieldsOf(greek({ vendor })).vendor).toBe(vendor);
  });

  it('a whole Greek invoice passes', () => {
    expect(fieldsOf(greek())).toMatchObject({ invoice_number: 'ΞΟΛ-0412', issue_date: '2026-02-03', due_date: '2026-03-05', total: 1240, customer: 'Κτήματα Τεμπών Α.Ε.' });
  });
});

describe('Slovak invoices', () => {
  const slovak = (number: string, total: string) => [
    'FAKTÚRA',
    number,
    '',
    'Dodávateľ: Tatranské drevo s.r.o., Poprad',
    'Odberateľ: Horský hotel Lomnica a.s., Tatranská Lomnica',
    '',
    'Dátum vystavenia: 02.03.2026',
    'Dátum dodania: 28.02.2026',
    'Dátum splatnosti: 16.03.2026',
    '',
    'Základ dane: 1 000,00 €',
    'DPH 23 %: 230,00 €',
    `${total}: 1 230,00 €`,
  ];

  it.each([['Číslo faktúry: 2026-0412'], ['ČÍSLO FAKTÚRY 2026-0412'], ['Číslo faktury: 2026-0412']])('the number after "%s"', (number) => {
    expect(fieldsOf(slovak(number, 'Celkom k úhrade')).invoice_number).toBe('2026-0412');
  });

  it('near miss: an order\'s number ("Číslo objednávky") is no invoice number', () => {
    expect(fieldsOf(slovak('Číslo objednávky: 2026-5521', 'Celkom k úhrade')).invoice_number).toBeNull();
  });

  it.each([['Celkom k úhrade'], ['Celkom na úhradu'], ['Suma na úhradu'], ['Spolu na úhradu'], ['Celkom']])('the total after "%s"', (total) => {
    expect(fieldsOf(slovak('Číslo faktúry: 2026-0412', total)).total).toBe(1230);
  });

  it('the whole invoice: dates, parties and total', () => {
    expect(fieldsOf(slovak('Číslo faktúry: 2026-0412', 'Celkom na úhradu'))).toMatchObject({
      issue_date: '2026-03-02',
      due_date: '2026-03-16',
      vendor: 'Tatranské drevo s.r.o.',
      customer: 'Horský hotel Lomnica a.s.',
    });
  });
});

describe('Bulgarian invoices', () => {
  const bulgarian = (opts: { number?: string; currency?: string; dates?: string[] } = {}) => {
    const money = (figure: string) => (opts.currency === 'лв.' ? `${figure} лв.` : `${figure} €`);
    return [
      opts.number ?? 'ФАКТУРА № 0000031177',
      'Оригинал',
      '',
      'Доставчик: Родопи Мебел ЕООД',
      'ЕИК 201234567, гр. Смолян, ул. Родопи 5',
      'Получател: Хотел Пампорово АД',
      'ЕИК 120987654, к.к. Пампорово',
      '',
      ...(opts.dates ?? ['Дата на издаване: 12.03.2026', 'Дата на данъчното събитие: 10.03.2026', 'Падеж: 11.04.2026']),
      '',
      `Данъчна основа: ${money('2 500,00')}`,
      `ДДС 20%: ${money('500,00')}`,
      `Сума за плащане: ${money('3 000,00')}`,
    ];
  };

  it.each([['ФАКТУРА № 0000031177'], ['Фактура № 0000031177'], ['Номер на фактура: 0000031177'], ['Фактура номер 0000031177']])('the number after "%s"', (number) => {
    expect(fieldsOf(bulgarian({ number })).invoice_number).toBe('0000031177');
  });

  it('dates, total, parties', () => {
    expect(fieldsOf(bulgarian())).toMatchObject({
      issue_date: '2026-03-12',
      due_date: '2026-04-11',
      total: 3000,
      currency: 'EUR',
      vendor: 'Родопи Мебел ЕООД',
      customer: 'Хотел Пампорово АД',
    });
    expect(customerOf(bulgarian())).toBe('Хотел Пампорово АД');
  });

  it.each([['Срок за плащане: 11.04.2026'], ['Дата на падеж: 11.04.2026'], ['Краен срок за плащане: 11.04.2026']])('the due date after "%s"', (due) => {
    expect(fieldsOf(bulgarian({ dates: ['Дата на издаване: 12.03.2026', due] })).due_date).toBe('2026-04-11');
  });

  it("near miss: the tax point (\"Дата на данъчното събитие\") is not the issue date", () => {
    const lines = bulgarian({ dates: ['Дата на данъчното събитие: 10.03.2026', 'Падеж: 11.04.2026'] });
    expect(fieldsOf(lines).issue_date).toBeNull();
    expect(dateLabelAt(lines.join('\n'), '10.03.2026')).toBe('delivery');
  });

  it('the lev\'s "лв." after a figure is BGN, its grouped thousands read whole', () => {
    const fields = fieldsOf(bulgarian({ currency: 'лв.' }));
    expect(fields.total).toBe(3000);
    expect(fields.currency).toBe('BGN');
  });
});

describe("a flattened title box's long numeric number", () => {
  const flat = (number: string) => [
    'SUPPLIER CUSTOMER INVOICE',
    `Vitosha Lighting Ltd Sofia Chamber Orchestra ${number}`,
    '3 Rakovski St, 1000 Sofia 12 Shipka St, 1000 Sofia Date 04.03.2026',
    'Due 03.04.2026',
    '',
    'Subtotal € 1 000,00',
    'VAT 20 % € 200,00',
    'Total € 1 200,00',
  ];

  it('"No. 0000004417" closing the line under the title is the number', () => {
    expect(fieldsOf(flat('No. 0000004417')).invoice_number).toBe('0000004417');
  });

  it('near miss: a short number there ("No. 14", a house number) stays unread', () => {
    expect(fieldsOf(flat('No. 14')).invoice_number).toBeNull();
  });
});
