/**
 * Round 25: party names (vendor and customer) in bilingual and flattened headers, footers and letters.
 * Invented texts, each reading with near misses that must stay as they were.
 */
import { findParties } from '../../worker/providers/local/entity-parties';
import { letterheadVendor } from '../../worker/providers/local/entity-letterhead';
import { isDocumentTitle } from '../../worker/providers/local/entity-party-title';
import { HAS_LEGAL_FORM, leadingName } from '../../worker/providers/local/entity-party-names';
import { taxFooterVendor } from '../../worker/providers/local/entity-party-footer-tax';
import { footerVendor } from '../../worker/providers/local/entity-party-footer';
import { bankBeforeAccount } from '../../worker/providers/local/entity-payee-bank';
import { CLOSING } from '../../worker/providers/local/entity-closing';
import { customerOf, customersOf, vendorOf } from '../helpers/decision-lines';

describe('a document title glossed in another language is no name', () => {
  it('reads "Faktúra", "Račun" and a title glossed after a slash as titles', () => {
    expect(isDocumentTitle('FAKTÚRA')).toBe(true);
    expect(isDocumentTitle('Račun')).toBe(true);
    expect(isDocumentTitle('Facture / Invoice')).toBe(true);
    expect(isDocumentTitle('RĒĶINS / INVOICE')).toBe(true);
  });

  it('leaves names with a slash or a title word in them', () => {
    expect(isDocumentTitle('Invoice Express Ltd')).toBe(false);
    expect(isDocumentTitle('Marsh / Abbott Partners')).toBe(false);
    expect(isDocumentTitle('Arvella Ltd')).toBe(false);
  });

  it('takes no letterhead from "RAČUN / INVOICE" and reads the footer signed for the firm', () => {
    const lines = [
      'KB · kamen i klesarstvo · stone masonry',
      '',
      'RAČUN / INVOICE',
      'Broj / No.: 2026-118',
      'Kupac / Customer: Hotel Lanterna d.o.o.',
      'Ukupno / Total: 1.250,00 EUR',
      '',
      'Za / For Kamenolom Brač d.o.o.',
      'Ivana Marić, direktorica / director',
    ];
    expect(vendorOf(lines)).toBe('Kamenolom Brač d.o.o.');
  });

  it('takes no letterhead from a title glossed in two words ("... / CASH SALE INVOICE")', () => {
    const text = ['Sápugerðin Hekla ehf.', 'Strandgata 9, 600 Akureyri', '', 'STAÐGREIÐSLUREIKNINGUR / CASH SALE INVOICE'].join('\n');
    expect(letterheadVendor(text, [])[0]?.name).toBe('Sápugerðin Hekla ehf.');
    expect(letterheadVendor('LAGERHUS / CASH SALE INVOICE\nReikningur nr. / Invoice no.: 10', [])).toEqual([]);
  });

  it('keeps a letterhead whose legal form holds a slash ("A/S") before the title', () => {
    const text = ['TRELLEBORG HAVNESERVICE A/S INVOICE', 'Havnegade 4, 1058 København', 'Invoice No.: TH-1'].join('\n');
    expect(letterheadVendor(text, [])[0]?.name).toBe('TRELLEBORG HAVNESERVICE A/S');
  });

  it('reads the block below a colon label whose next column holds the title', () => {
    const lines = [
      'Dodávateľ / Supplier:         Odberateľ / Customer:          FAKTÚRA – DAŇOVÝ DOKLAD č. 20260144',
      'Kováčstvo Hron s.r.o.         Obec Nová Ves                  Dátum vystavenia / Issued: 12.05.2026',
      'Hutnícka 3                    Hlavná 1                       Dátum splatnosti / Due: 26.05.2026',
    ];
    expect(customerOf(lines)).toBe('Obec Nová Ves');
  });

  it('leaves a label with no colon beside the title as it was (a delivery block, no customer)', () => {
    const lines = [
      'Fairlight Pots Ltd                SHIP TO                       INVOICE  FP-70455',
      'Unit 2, Marsh Lane                Store #112 – Goods In         DATE     17/03/2026',
      'Boston PE21 7TX                   Retail Park, Newark Road      DUE      16/04/2026',
    ];
    expect(customerOf(lines)).toBeNull();
  });
});

describe('legal forms of more countries', () => {
  it('knows Icelandic, Bulgarian and Irish forms as words of their own', () => {
    expect(HAS_LEGAL_FORM.test('Sápugerðin Hekla ehf.')).toBe(true);
    expect(HAS_LEGAL_FORM.test('Rozova Dolina EOOD')).toBe(true);
    expect(HAS_LEGAL_FORM.test('Kestrel Foods Pension Trustees DAC')).toBe(true);
    expect(HAS_LEGAL_FORM.test('the shelf and the hoof')).toBe(false);
    expect(HAS_LEGAL_FORM.test('Daccord Studio')).toBe(false);
  });

  it('reads an Irish DAC under an office line as the customer', () => {
    const lines = ['Birchwood Actuaries Ltd', '6 Fitzwilliam Place, Dublin 2 · VAT IE 3344512KH', '', '14 December 2026', '', 'The Trustees', 'Curlew Dairies Pension Trustees DAC', 'Curlew House, Naas Road, Dublin 12', '', 'FEE NOTE NO. FN-1', '', 'Dear Trustees,'];
    expect(customerOf(lines)).toBe('Curlew Dairies Pension Trustees DAC');
  });
});

describe('a label with a code after it ends a name', () => {
  it('cuts "Invoice #: CAT-26-0917" off a flattened name', () => {
    expect(leadingName('Harbour Fisheries Cooperative Invoice #: HFC-26-0917')).toBe('Harbour Fisheries Cooperative');
    expect(leadingName('Harbour Fisheries Cooperative Ref: PO-4471')).toBe('Harbour Fisheries Cooperative');
  });

  it('leaves names with a title word in them, and a label with a word after it', () => {
    expect(leadingName('Atlas Invoice Services Ltd')).toBe('Atlas Invoice Services Ltd');
    expect(leadingName('Harbour Fisheries Cooperative Invoice #: pending')).toBe('Harbour Fisheries Cooperative Invoice #');
  });
});

describe('a Chilean invoice\'s "Señor(es):"', () => {
  const lines = [
    'Tonelería Sur SpA R.U.T.: 76.412.883-5 FACTURA ELECTRÓNICA',
    'Giro: fabricación de barricas N° 4471',
    'Camino a Pirque 2210, Puente Alto',
    '',
    'Señor(es): Viña Piedra Alta Ltda. R.U.T.: 78.221.540-K',
    'Giro: viña y bodega Comuna: Buin',
  ];

  it('names the customer, and the name with its legal form before the tax label is the vendor', () => {
    expect(customerOf(lines)).toBe('Viña Piedra Alta Ltda.');
    expect(vendorOf(lines)).toBe('Tonelería Sur SpA');
  });

  it('leaves a label opening the line with a legal form first ("Co No:") no letterhead', () => {
    expect(letterheadVendor(['Co No: 1234567', 'Unit 4, Dock Road'].join('\n'), [])).toEqual([]);
  });
});

describe('a footer\'s tax number labelled in other languages', () => {
  it('reads the name before "Reģ. Nr." and "PVN"', () => {
    const text = ['RĒĶINS / INVOICE', 'Kopā / Total: EUR 100,00', '', 'Baltijas Koks · Reģ. Nr. 40103087461 · PVN LV40103087461 · Swedbank LV80HABA0551038463211'].join('\n');
    expect(taxFooterVendor(text, [])[0]?.name).toBe('Baltijas Koks');
  });

  it('leaves a footer of two parts', () => {
    expect(taxFooterVendor(['Total: 100,00', 'Baltijas Koks · PVN LV40103087461'].join('\n'), [])).toEqual([]);
  });
});

describe('a footer signed for the firm', () => {
  it('reads the firm after "For" and its gloss', () => {
    expect(footerVendor(['Total: 10.00', 'Za / For Kamenolom Brač d.o.o.'].join('\n'), [])[0]?.name).toBe('Kamenolom Brač d.o.o.');
    expect(footerVendor(['Total: 10.00', 'For Ashcombe Joinery Ltd'].join('\n'), [])[0]?.name).toBe('Ashcombe Joinery Ltd');
  });

  it('leaves a name that starts with the letters of "for"', () => {
    expect(footerVendor(['Total: 10.00', 'Fortis Joinery Ltd · 4 Mill Lane'].join('\n'), [])[0]?.name).toBe('Fortis Joinery Ltd');
  });
});

describe('a bank after a payment label', () => {
  it('reads a bank compounded on "bank" with an account after it', () => {
    expect(bankBeforeAccount('Pacific Unibank, Makati branch, account 0071 2234 5567', 'Pacific Unibank')).toBe(true);
    const lines = ['Tala Contact Solutions Inc.', '27/F Ayala Tower One, Makati City 1226', 'BILLED TO: Northgate Telecom Pte Ltd', '', 'TOTAL AMOUNT (PHP) 1,411,200.00', '', 'Remit to Pacific Unibank, Makati branch, account 0071 2234 5567'];
    expect(vendorOf(lines)).toBe('Tala Contact Solutions Inc.');
  });

  it('leaves a payee with a bank word and no account, or an account and no bank word', () => {
    expect(bankBeforeAccount('Riverbank Joinery Ltd', 'Riverbank Joinery Ltd')).toBe(false);
    expect(bankBeforeAccount('Ashcombe Joinery Ltd, account 0071 2234 5567', 'Ashcombe Joinery Ltd')).toBe(false);
  });
});

describe('closings and sentences of a tradesperson\'s letter', () => {
  it('reads "Thanks as always," as a closing', () => {
    expect(CLOSING.test('Thanks as always,')).toBe(true);
    expect(CLOSING.test('Thanks as always for the tea')).toBe(false);
    const lines = ['To: Elmwood Stud LLC', '', 'Invoice #1026-17', '', 'Rosa,', 'I shod four mares, $720.00.', '', 'Thanks as always,', 'Jesse Carrow', 'Carrow Hoof Care', 'PO Box 71, Midway, KY 40347'];
    expect(vendorOf(lines)).toBe('Carrow Hoof Care');
  });

  it('ends the customer of "invoice ... for X" at a dash between blanks', () => {
    const lines = ['Hi Sandra,', '', 'Please find below invoice PFG-0412 for Hollybank Kennels Ltd — the grooms I did on the 9th.', '', 'Thanks,', 'Kerry'];
    expect(customerOf(lines)).toBe('Hollybank Kennels Ltd');
    // A name of two words with no legal form is no organisation's: nothing is read.
    expect(customerOf(['Hi Sam,', 'Here is invoice PFG-0413 for Max Baxter — two grooms.', 'Thanks,', 'Kerry'])).toBeNull();
  });
});

describe('an attention line in the indented block under "To:"', () => {
  it('is the contact of the organisation the label names', () => {
    const lines = ['Port Road Framing', '212 Port Road, Hindmarsh SA 5007', '', 'To: Light Square Gallery Pty Ltd', '    14 Light Square, Adelaide SA 5000', '    Attention: Marguerite Ng, Registrar', '', 'Total: $10.00'];
    expect(customersOf(lines)).toEqual(['Light Square Gallery Pty Ltd']);
  });

  it('keeps an attention line that is not indented under the block, as before', () => {
    const lines = ['Port Road Framing', '212 Port Road, Hindmarsh SA 5007', '', 'To: Light Square Gallery Pty Ltd', '14 Light Square, Adelaide SA 5000', 'Attention: Marguerite Ng', '', 'Total: $10.00'];
    expect(customersOf(lines)).toContain('Marguerite Ng');
  });
});

describe('a row of glossed party labels over a flattened line of names', () => {
  it('reads "Pardavėjas / Seller Pirkėjas / Buyer" over two names that each open with their legal form', () => {
    const lines = ['PVM SĄSKAITA FAKTŪRA / VAT INVOICE', 'Sąskaitos Nr. / Invoice No.: KR-1', '', 'Pardavėjas / Seller Pirkėjas / Buyer', 'UAB Šilo Baldai UAB Vilniaus Namai', 'Raudondvario pl. 101, Kaunas Ukmergės g. 220, Vilnius'];
    expect(vendorOf(lines)).toBe('UAB Šilo Baldai');
    expect(customerOf(lines)).toBe('UAB Vilniaus Namai');
  });

  it('reads "Exportador / Exporter Importador / Importer" over two names split at the first legal form', () => {
    const lines = ['FATURA COMERCIAL / COMMERCIAL INVOICE', '', 'Exportador / Exporter Importador / Importer', 'Cerâmica Vale Azul Ltda. Lakeside Pottery LLC', 'Rua das Flores 10, Belo Horizonte 41 Main St, Portland, ME 04101'];
    expect(vendorOf(lines)).toBe('Cerâmica Vale Azul Ltda.');
    expect(customerOf(lines)).toBe('Lakeside Pottery LLC');
  });

  it('replaces a label\'s reading of both names run together', () => {
    const lines = ['ФАКТУРА / INVOICE', '', 'Доставчик / Supplier Получател / Recipient', 'Trakia Oils EOOD Maison Verdier SARL', 'ЕИК / UIC 204771385 SIREN 512 338 904'];
    expect(vendorOf(lines)).toBe('Trakia Oils EOOD');
    expect(customersOf(lines)).toEqual(['Maison Verdier SARL']);
  });

  it('splits after a bracketed legal form and its second word ("(Pty) Ltd")', () => {
    const lines = ['FROM TO TAX INVOICE', "Lion's Rock Catering (Pty) Ltd Table Bay Films (Pty) Ltd No. LRC-2291", '12 Kloofnek Rd Cape Town 3rd floor, 80 Bree St Date: 2026/02/19'];
    expect(vendorOf(lines)).toBe("Lion's Rock Catering (Pty) Ltd");
    expect(customerOf(lines)).toBe('Table Bay Films (Pty) Ltd');
  });

  it('reads nothing from a glossed row of other labels, nor from names it cannot split', () => {
    expect(findParties(['Datum / Date Zahlung / Payment', 'Bergmann Holz Weber Stahl'].join('\n'))).toEqual([]);
    const lines = ['Pardavėjas / Seller Pirkėjas / Buyer', 'Šilo Baldai Vilniaus Namai'];
    expect(customerOf(lines)).toBeNull();
  });
});

describe('the letterhead written plainly below its capitals', () => {
  it('takes a bracketed legal form and the form after it with the plain copy', () => {
    const text = ['KAROO TALENT PARTNERS', 'Karoo Talent Partners (Pty) Ltd · 14 Fricker Road, Illovo · VAT No 4418772036', '', 'TAX INVOICE KTP-1'].join('\n');
    expect(letterheadVendor(text, [])[0]?.name).toBe('Karoo Talent Partners (Pty) Ltd');
  });

  it('leaves capitals with no legal form in the copy as they are', () => {
    const text = ['KAROO TALENT PARTNERS', 'Karoo Talent Partners · 14 Fricker Road, Illovo', '', 'TAX INVOICE KTP-1'].join('\n');
    expect(letterheadVendor(text, [])[0]?.name).toBe('KAROO TALENT PARTNERS');
  });
});
