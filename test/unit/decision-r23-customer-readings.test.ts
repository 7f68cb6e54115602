/**
 * Round 23 part L3: customers in flattened headers and in letters and mails. Invented texts, each
 * repair with near misses that must stay as they were.
 */
import { windowAddressCustomer } from '../../worker/providers/local/entity-window-address';
import { isRuralAddressLine } from '../../worker/providers/local/entity-address-rural';
import { salutationColumnCustomer } from '../../worker/providers/local/entity-party-salutation-column';
import { taxFooterVendor } from '../../worker/providers/local/entity-party-footer-tax';
import { customerOf, partyOf } from '../helpers/decision-lines';

describe('a customer heading opening a flattened line', () => {
  const header = (heading: string, below: string) => [
    'HARLOW GANTRY HIRE LTD TAX INVOICE',
    '9 Wharf Lane, Tauranga 3110 Invoice # HG-771',
    heading,
    below,
    'PO Box 51, Mount Maunganui 3149 Job 88',
    'Description Qty Rate Amount',
    'Gantry hire 2 400.00 800.00',
  ];

  it('reads the company up to its legal form when a date field shares the heading line', () => {
    expect(customerOf(header('Bill To Due 09/11/2026', 'Pohutukawa Roofing Ltd Site: 12 Beach Road, Papamoa'))).toBe('Pohutukawa Roofing Ltd');
  });

  it('reads the company up to its legal form under "Customer Site"', () => {
    expect(customerOf(header('Customer Site', 'Matai Childcare Pty Ltd Matai Childcare, 4 Hill St, Bayview'))).toBe('Matai Childcare Pty Ltd');
  });

  it('reads the first cell before a bar', () => {
    expect(customerOf(header('Bill To | Install Site', 'Larkspur Family Dentistry | Suite 4, 80 Cliff Rd'))).toBe('Larkspur Family Dentistry');
  });

  it('reads the line below when a two-word label stands after "Bill To:"', () => {
    expect(customerOf(header('Bill To: Job Site: Due Date 08/15/2026', 'Galveston Resins LP Unit 2 Kiln Bay Customer PO 77120'))).toBe('Galveston Resins LP');
  });

  it('near miss: a line below with no legal form and no bar names no one', () => {
    expect(customerOf(header('Customer Site', 'Matai Childcare Matai Childcare 4 Hill St Bayview'))).toBeNull();
  });

  it('near miss: a name on the heading line is its value', () => {
    expect(customerOf(header('Bill To Pohutukawa Roofing Ltd', '12 Beach Road, Papamoa Site: Papamoa'))).toBe('Pohutukawa Roofing Ltd');
  });
});

describe('the sentence that hands the invoice over', () => {
  const mail = (sentence: string) => ['Hallo Herr Brandt,', '', sentence, '', 'Gesamtbetrag 480,00 €', '', 'Viele Grüße', 'Tomas Keller'];

  it('reads "meine Rechnung an die" a firm', () => {
    expect(customerOf(mail('anbei meine Rechnung an die Lindenhof Maschinenbau GmbH, Hafenweg 3, 28217 Bremen.'))).toBe('Lindenhof Maschinenbau GmbH');
  });

  it('reads "to" a firm after an invoice heading and a dashed date', () => {
    expect(customerOf(mail('**Faktura / invoice 2026-41** — date 08.05.2026 — to Fjordlys Transport ApS, Havnegade 2, 8000 Aarhus'))).toBe('Fjordlys Transport ApS');
  });

  it('reads a firm on whose account a service was given', () => {
    expect(customerOf(mail('Voici ma note pour le repas organisé pour le compte de Azur Événements SARL'))).toBe('Azur Événements SARL');
  });

  it('reads a possessive shop the invoice is for', () => {
    expect(customerOf(mail("Invoice No. 52 for Dunne's Bakery, Main Street, Mallow, dated 30/04/2026."))).toBe("Dunne's Bakery");
  });

  it('near miss: "pour le compte de" a person names no customer', () => {
    expect(customerOf(mail('Voici ma note pour le repas organisé pour le compte de Madame Ferrand'))).toBeNull();
  });

  it('near miss: a payment sentence names the payee', () => {
    expect(customerOf(mail('Bitte überweisen Sie meine Rechnung an die Lindenhof Maschinenbau GmbH'))).toBeNull();
  });

  it("near miss: an invoice for a person's occasion names no shop", () => {
    expect(customerOf(mail("Invoice No. 52 for Dunne's birthday, dated 30/04/2026."))).toBeNull();
  });
});

describe('an attention line', () => {
  const letter = (lines: string[]) => ['Cedar Row Surveyors Ltd', '3 Mill Street, Leeds LS1 4AB', '', ...lines, '', 'Invoice No. CR-18', 'Fees 900.00', 'Total £900.00'];

  it('reads the firm after a department and a comma on an F.A.O. line', () => {
    expect(customerOf(letter(['F.A.O. Accounts, Kirkstall Homes Partnership LLP', '22 Abbey Road, Leeds LS5 3HS']))).toBe('Kirkstall Homes Partnership LLP');
  });

  it('reads a body named with its number above a c/o line', () => {
    expect(customerOf(letter(['Board of Directors', 'Dartmouth Harbour Condominium Corporation No. 77', 'c/o Seaview Property Management, 4 Front St, Dartmouth']))).toBe(
      'Dartmouth Harbour Condominium Corporation No. 77',
    );
  });

  it('near miss: a flat with its number above a c/o line is no organisation', () => {
    expect(customerOf(letter(['Flat No. 4', 'c/o Seaview Property Management, 4 Front St, Dartmouth']))).not.toBe('Flat No. 4');
  });
});

describe('a bold value after a customer label', () => {
  const invoice = (line: string) => ['# Fenland Creamery', 'Dairy · 2 Mill Lane, Ely CB7 4AA', '', '**Invoice FC-18**', line, '', 'Total: £120.00'];

  it('reads the name inside the marks', () => {
    expect(customerOf(invoice('Invoice to: **Market Row Deli**, 4 Market Row, Ely CB7 4NP'))).toBe('Market Row Deli');
  });

  it('near miss: a plain value reads as before', () => {
    expect(customerOf(invoice('Invoice to: Market Row Deli, 4 Market Row, Ely CB7 4NP'))).toBe('Market Row Deli');
  });
});

describe("a sole trader's name as vendor", () => {
  const vendorOf = (lines: string[]) => partyOf(lines, 'vendor');
  const body = ['Hallo Frau Weiss,', '', 'anbei meine Rechnung an die Kranich Logistik GmbH, Hafenstraße 4, 20457 Hamburg.', '', 'Gesamtbetrag 480,00 €', ''];

  it('reads the business under the writer after a closing joined to a greeting', () => {
    expect(vendorOf([...body, 'Namaste und herzliche Grüße', 'Mira Olsen', 'Pilates am Stadtpark', 'Parkweg 3, 22303 Hamburg · USt-IdNr. DE123456789'])).toBe('Pilates am Stadtpark');
  });

  it('reads the business in a last block closed by a phone number', () => {
    expect(vendorOf(['Hi Niamh,', '', 'Invoice No. 7 for the shopfront, dated 30/04/2026.', 'Total €120.00.', '', 'Séamus', 'BrightPane Gutter Cleaning', '087 555 0142'])).toBe(
      'BrightPane Gutter Cleaning',
    );
  });

  it('reads the name opening a footer parted by dashes with a tax number', () => {
    expect(taxFooterVendor('Total : 640,00 €\n\nLucie Marchal\nLes Saveurs de Lucie — traiteur à domicile — SIRET 812 345 678 00011', [])[0]?.name).toBe('Les Saveurs de Lucie');
  });

  it('reads a letterhead named after its place', () => {
    expect(vendorOf(['Kanzlei am Marktplatz', 'Dr. iur. Anna Keller, Notarin', 'Marktplatz 4 · 4001 Basel', '', 'Rechnung Nr. 2026-12', 'Total CHF 300.00'])).toBe('Kanzlei am Marktplatz');
  });

  it('near miss: a delivery on a day is no place name', () => {
    expect(vendorOf(['Lieferung am Montag', 'Dr. iur. Anna Keller, Notarin', 'Marktplatz 4 · 4001 Basel', '', 'Rechnung Nr. 2026-12', 'Total CHF 300.00'])).not.toBe('Lieferung am Montag');
  });

  it('near miss: a footer of two parts names no vendor', () => {
    expect(taxFooterVendor('Total : 640,00 €\n\nLucie Marchal\nLes Saveurs de Lucie — SIRET 812 345 678 00011', [])).toEqual([]);
  });

  it('near miss: a sentence with dashes is no footer', () => {
    expect(taxFooterVendor('Total : 640,00 €\n\nThe menu — six courses — VAT not applicable', [])).toEqual([]);
});
});

describe('a window address in the country', () => {
  const letter = (customerAddress: string) => [
    'Barrow Vale Veterinary Clinic',
    'Main Street, Graiguenamanagh, Co. Kilkenny R95 X2Y4 · VAT IE 1234567AB',
    '',
    'Dunne Brothers Farm',
    customerAddress,
    '',
    'lnvoice: BV-1021     lnvoice Date: 30/06/2026',
    'Herd visit 2 96.00 192.00',
    'AMOUNT DUE EUR 192.00',
  ];

  it('reads the block over a rural address with its county', () => {
    expect(customerOf(letter('Ballyfoyle, Paulstown, Co. Kilkenny'))).toBe('Dunne Brothers Farm');
  });

  it('near miss: a block over a line with no address is no window address', () => {
    expect(windowAddressCustomer(letter('Suckler herd, organic farming').join('\n'))).toEqual([]);
  });

  it('near miss: "Co." opening a name is no county', () => {
    expect(isRuralAddressLine('Co. Operative Dairies')).toBe(false);
  });
});

describe("an addressee's salutation closing a flattened sender line", () => {
  const header = (top: string, below: string) => [top, below, 'P.IVA 01234567890 Via Roma 2', '', 'FATTURA N. 12/2026 del 04/05/2026', 'Totale fattura € 1.220,00'];

  it('reads the name closing the line below, after the sender town', () => {
    expect(customerOf(header('ALLESTIMENTI RIVA S.R.L. Spett.le', 'Via Lodi 4 — 20135 Milano Officine Brambilla S.r.l.'))).toBe('Officine Brambilla S.r.l.');
  });

  it('near miss: with no legal form closing the line below, it names no one', () => {
    expect(salutationColumnCustomer(header('ALLESTIMENTI RIVA S.R.L. Spett.le', 'Via Lodi 4 — 20135 Milano Officine Brambilla').join('\n'))).toEqual([]);
  });

  it('near miss: with no salutation closing the line above, it names no one', () => {
    expect(salutationColumnCustomer(header('ALLESTIMENTI RIVA S.R.L.', 'Via Lodi 4 — 20135 Milano Officine Brambilla S.r.l.').join('\n'))).toEqual([]);
  });
});
