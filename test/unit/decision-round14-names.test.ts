/**
 * Issue 19, round 14: party names the dev sets missed. A name read in capitals is cited as the text
 * writes it plainly; "Ship from" heads no vendor's column; a letterhead line ends where another
 * column's "Remit to:" / "Sold to:" / "Ship to:" begins. Each case is invented text; each fix has
 * inputs it changes and near misses it must leave alone.
 */
import { onMailHeader } from '../../worker/decisions/invoice-mail';
import { findParties } from '../../worker/providers/local/entity-parties';

function named(text: string, role: 'vendor' | 'customer'): string[] {
  return findParties(text)
    .filter((party) => party.role === role)
    .map((party) => party.name);
}

describe('a name read in capitals is cited as plainly written elsewhere', () => {
  it.each([
    ['a footer under the letterhead', 'HATHERLEIGH TIMBER MERCHANTS\nHatherleigh Timber Merchants · Station Yard, Hatherleigh EX20 3JT\n\nInvoice HTM 1', 'Hatherleigh Timber Merchants'],
    ['the payment line', 'TARRANT RIDGE SURVEYING\n14 Bridge Street, Blandford DT11 7AW\n\nInvoice TRS/1\nPlease pay Tarrant Ridge Surveying by BACS.', 'Tarrant Ridge Surveying'],
    ['a labelled vendor', 'Supplier: PIPISTRELLE CATERING\nCustomer: Heronsgate Rowing Club\n\nBank: Pipistrelle Catering, sort code 09-01-28', 'Pipistrelle Catering'],
  ])('%s', (_case, text, vendor) => {
    expect(named(text, 'vendor')).toEqual([vendor]);
  });

  it.each([
    ['no copy in mixed case', 'HATHERLEIGH TIMBER MERCHANTS\nStation Yard, Hatherleigh EX20 3JT\n\nInvoice HTM 1', 'HATHERLEIGH TIMBER MERCHANTS'],
    ['a copy in lower case only (a mail address)', 'Supplier: PIPISTRELLE CATERING\nCustomer: Heronsgate Rowing Club\nmail: pipistrelle catering at example', 'PIPISTRELLE CATERING'],
    ['a copy inside a longer word', 'Supplier: TARRANT RIDGE\nCustomer: Heronsgate Rowing Club\nSee Tarrant Ridgeway Farm for directions', 'TARRANT RIDGE'],
    ['a name in mixed case stays as read', 'Supplier: Pipistrelle Catering\nCustomer: Heronsgate Rowing Club\nPIPISTRELLE CATERING thanks you', 'Pipistrelle Catering'],
  ])('near miss: %s', (_case, text, vendor) => {
    expect(named(text, 'vendor')).toEqual([vendor]);
  });
});

describe('"Ship from" heads no vendor column', () => {
  it('does not read the shipper under "Ship From" as the vendor', () => {
    const text = 'Bill To Ship From\nCarrow Hardware Ltd Ozark Fastener Co.\n118 Commerce Blvd 55 Mill Rd';
    expect(named(text, 'vendor')).not.toContain('Ozark Fastener Co.');
  });

  it('near miss: a header row of "From" and "Customer" still names the vendor', () => {
    const text = 'From Customer\nPinecrest Analytics Ltd Harrow & Vale Solicitors LLP\n1 High St 2 Low Rd';
    expect(named(text, 'vendor')).toEqual(['Pinecrest Analytics Ltd']);
    expect(named(text, 'customer')).toEqual(['Harrow & Vale Solicitors LLP']);
  });
});

describe('a letterhead line ends where another column\'s label begins', () => {
  it.each([
    ['Remit to:', 'BLUEGILL FREIGHT LINES, INC. REMIT TO: INVOICE\nP.O. Box 77120 Invoice No. 0418-553902\n2900 Riverside Dr Memphis TN 38177', 'BLUEGILL FREIGHT LINES, INC.'],
    ['Sold to:', 'Ravenglass Tool Hire Ltd Sold to: Corran Builders\n4 Dock Road, Hull HU1 2AB', 'Ravenglass Tool Hire Ltd'],
    ['Ship to:', 'Ravenglass Tool Hire Ltd Ship to: Site 4\n4 Dock Road, Hull HU1 2AB', 'Ravenglass Tool Hire Ltd'],
  ])('%s', (_case, text, vendor) => {
    expect(named(text, 'vendor')).toContain(vendor);
  });

  it('near miss: the words without a colon are part of the name', () => {
    expect(named('Harbour Ship To Shore Ltd\n4 Quay Street, Truro TR1 2LW\n\nInvoice 12', 'vendor')).toEqual(['Harbour Ship To Shore Ltd']);
  });
});

describe('a label glossed after a dash, in a bilingual invoice', () => {
  it.each([
    ['Dutch - English', 'Kaashandel De Wielewaal B.V.\nKaasmarkt 3, 2801 Gouda\n\nFactuur - Invoice\nAfnemer - Buyer: Arbroath Fine Foods Ltd, 9 Harbour Wynd, Arbroath\n\nArtikel - Item      Kg    Bedrag - Amount\nGouda oud           48    681,60', 'Arbroath Fine Foods Ltd'],
    ['German - English, en dash', 'Käserei Alpenblick GmbH\nDorfstr. 3, 87527 Sonthofen\n\nKunde – Customer: Harbour Deli Ltd\n\nArtikel – Item      Menge    Betrag\nBergkäse            10       120,00', 'Harbour Deli Ltd'],
  ])('%s', (_case, text, customer) => {
    expect(named(text, 'customer')).toEqual([customer]);
  });

  it.each([
    ['a dash for the colon still parts label and value', 'Client - Boulangerie Petit Four\nInvoice 12', 'Boulangerie Petit Four'],
  ])('near miss: %s', (_case, text, customer) => {
    expect(named(text, 'customer')).toEqual([customer]);
  });

  it('near miss: a word and a dash before no label is no gloss', () => {
    expect(named('Harbour Joinery Ltd\n4 Quay Street, Truro\n\nKitchen - Fitted units: two days\nInvoice 12', 'customer')).toEqual([]);
  });
});

describe('a letterhead\'s tax number line names no vendor', () => {
  const body = '\n\nSpett.le\nFerramenta Zanardelli S.r.l.\nVia dell\'Artigianato 40\n25030 Castel Mella (BS)\n\nFATTURA N. 12/2026      Data: 17/03/2026';
  it.each([
    ['a codice fiscale under a translator\'s tagline', 'Chiara Bordignon\nTraduzioni tecniche DE/EN > IT\nVia San Giuseppe 18 – 31015 Conegliano (TV)\nC.F. BRDCHR86P52C957K – P.IVA 04871230265'],
    ['a codice fiscale under the address', 'Chiara Bordignon\nVia San Giuseppe 18 – 31015 Conegliano (TV)\nC.F. BRDCHR86P52C957K – P.IVA 04871230265'],
  ])('%s', (_case, head) => {
    expect(named(head + body, 'vendor')).toEqual(['Chiara Bordignon']);
  });

  it('reads no tax number as the vendor when nothing else names one', () => {
    expect(named('C.F. BRDCHR86P52C957K – P.IVA 04871230265' + body, 'vendor')).toEqual([]);
  });

  it('near miss: a name that merely opens with such letters is still a name', () => {
    expect(named('Cifuentes Traducciones S.L.\nCalle Mayor 5, 28013 Madrid' + body, 'vendor')).toEqual(['Cifuentes Traducciones S.L.']);
  });
});

describe('a label\'s word then a colon make one label, not a label and a name', () => {
  it('"Customer PO:" in a stack of fields names no customer "PO"', () => {
    const text = 'INVOICE\n\nInvoice No.:      CI-26-0309\nCustomer PO:      BH-PO-5512\nTerms:            30 days net\n\nBill To:\nBaytown Hydrographic Inc.\n2210 Bayport Blvd, Seabrook, TX';
    expect(named(text, 'customer')).toEqual(['Baytown Hydrographic Inc.']);
  });

  it('near miss: a label and a name one blank apart in a flattened row still name the customer', () => {
    expect(named('Customer Harbour Cafe Ltd     Invoice No. 4471\nTotal 120.00', 'customer')).toEqual(['Harbour Cafe Ltd']);
  });
});

describe('an abbreviated field label in the next column is no name', () => {
  it.each([
    ['Norwegian', 'Fjellstue Rørlegger AS\nStorgata 41, 2609 Lillehammer\n\nFAKTURA\n\nKunde:                                    Fakturanr.:    10772\nBorettslaget Solbakken Terrasse           Fakturadato:   16.03.2026\nSolbakkvegen 3                            Forfallsdato:  02.03.2026', 'Borettslaget Solbakken Terrasse'],
    ['German', 'Wendler Metallbau GmbH\nIndustriestraße 4, 33602 Bielefeld\n\nKunde:                     Rechnungsnr.:  2026-17\nBäckerei Kornblume OHG     Datum:         16.03.2026\nHauptstraße 3, Bielefeld', 'Bäckerei Kornblume OHG'],
  ])('%s', (_case, text, customer) => {
    expect(named(text, 'customer')).toEqual([customer]);
  });

  it('near miss: a name with a full stop is still the value', () => {
    expect(named('Kunde:   Kornblume Bäckerei e.K.\nRechnung Nr. 7', 'customer')).toEqual(['Kornblume Bäckerei e.K.']);
  });
});

describe('a footer\'s name keeps its legal form\'s full stop', () => {
  // A mail long enough that its foot is no letterhead.
  const plan = ['Plan: Growth', 'Current price: 39.00 a month', 'New price: 45.00 a month', 'Label fees: unchanged', 'Next invoice: 1 April 2026', 'Card: ending 4471', 'Estimate: 54.45'];
  const mail = `Subject: Your plan from 1 April 2026\n\nHi team,\n\nYour plan changes from 1 April 2026.\n\n${plan.join('\n')}\n\nNothing to do.\n\nThe team\n`;
  it.each([
    ['B.V.', `${mail}Parcelwise B.V. · Keizersgracht 391 · 1016 EJ Amsterdam · KvK 72044710`, 'Parcelwise B.V.'],
    ['Inc.', `${mail}Quillstack, Inc. · 1201 Third Avenue, Suite 900, Seattle, WA 98101`, 'Quillstack, Inc.'],
  ])('%s', (_case, text, vendor) => {
    expect(named(text, 'vendor')).toEqual([vendor]);
  });

  it.each([
    ['a thank-you\'s sentence ends in its own full stop', `${mail}Thank you for your business with Kestrel Print Ltd.`, 'Kestrel Print Ltd'],
  ])('near miss: %s', (_case, text, vendor) => {
    expect(named(text, 'vendor')).toEqual([vendor]);
  });
});

describe('a qualified title word ends a letterhead run into it', () => {
  it.each([
    ['Sales Invoice', 'Grindlow Packaging Ltd Sales Invoice Invoice No 60-44817\nBradwell Works, Hope Valley S33 9JT', 'Grindlow Packaging Ltd'],
    ['Commercial Invoice', 'Brightwater Exports Commercial Invoice No CI-7\n4 Dock Road, Hull HU1 2AB', 'Brightwater Exports'],
  ])('%s', (_case, text, vendor) => {
    expect(named(text, 'vendor')).toEqual([vendor]);
  });

  it('near miss: a name of its own with "Sales" in it', () => {
    expect(named('Harrow Sales Ltd\n4 Dock Road, Hull HU1 2AB\n\nInvoice 12', 'vendor')).toEqual(['Harrow Sales Ltd']);
  });
});

describe('a letter\'s greeting with a comma over the addressee', () => {
  it('"Exmos. Senhores," names the customer on the line below', () => {
    const text = 'De: Gráfica Ribeirinha, Lda. <cobrancas@graficaribeirinha.pt>\nAssunto: Lembrete de pagamento\n\nExmos. Senhores,\nPastelaria Flor do Sado\n\nVerificámos que a fatura FT 2026/118 ainda não se encontra liquidada.\n\nCom os melhores cumprimentos,\nGráfica Ribeirinha, Lda.';
    expect(named(text, 'customer')).toEqual(['Pastelaria Flor do Sado']);
    expect(named(text, 'vendor')).not.toContain('Pastelaria Flor do Sado');
  });

  it('near miss: a greeting with a comma and a sentence below names no one', () => {
    expect(named('Exmos. Senhores,\nverificámos que a fatura ainda não foi paga.', 'customer')).toEqual([]);
  });
});

describe('a hotel\'s stars after its letterhead name', () => {
  it('are no part of the name', () => {
    const text = 'HOTEL BELVEDERE GARDESANA ****\nVia Gardesana 88 · 37016 Garda (VR) · Italia\n\nCONFERMA DI PRENOTAZIONE / BOOKING CONFIRMATION\n\nOspite / Guest:   Ylva Norrgård';
    expect(named(text, 'vendor')).toEqual(['HOTEL BELVEDERE GARDESANA']);
  });

  it('near miss: a name without stars is read as before', () => {
    expect(named('HOTEL BELVEDERE GARDESANA\nVia Gardesana 88 · 37016 Garda (VR) · Italia', 'vendor')).toEqual(['HOTEL BELVEDERE GARDESANA']);
  });
});

describe('an en dash inside a name that ends in its legal form', () => {
  it.each([
    ['Portuguese, the addressee under "Exmo(s). Sr(s)."', 'Carpintaria Lagoaça, Lda.\nRua da Ribeira, 47 · 5200-123 Mogadouro\n\nFATURA FT 2026/187\n\nExmo(s). Sr(s).\nQuinta do Souto Negro – Turismo Rural, Lda.\nNIF 514 207 330', 'Quinta do Souto Negro – Turismo Rural, Lda.'],
    ['English, a labelled customer', 'Customer: Harbour Foods – Wholesale Division Ltd\nInvoice 12', 'Harbour Foods – Wholesale Division Ltd'],
  ])('%s', (_case, text, customer) => {
    expect(named(text, 'customer')).toEqual([customer]);
  });

  it.each([
    ['an address after the dash', 'Customer: Harbour Foods Ltd – 4 Quay Street, Truro\nInvoice 12', 'Harbour Foods Ltd'],
    ['a town after the dash, no legal form', 'Customer: Harbour Foods – Truro\nInvoice 12', 'Harbour Foods'],
  ])('near miss: %s', (_case, text, customer) => {
    expect(named(text, 'customer')).toEqual([customer]);
  });
});

describe('a scanned label opened with a digit for a letter is no letterhead', () => {
  const footer = '\n\nTotal due: 321.00\nGrimshaw Tolleron Fasteners Ltd · Registered in England No. 04471120';
  it('"0rder Date:" is not read as the vendor', () => {
    const text = '[logo]  GR1MSHAW T0LLER0N FASTENERS\n\nlNV0ICE\n\nlnvoice No:   GTF-118204\n0rder Date:   02-Mar-2026\nPayment Due:  08-Apr-2026\n\nlnvoice To:   Wolverley Marine Engineering Ltd' + footer;
    expect(named(text, 'vendor')).toEqual(['Grimshaw Tolleron Fasteners Ltd']);
  });

  it('near miss: a letterhead line with a label later on it is still a letterhead', () => {
    expect(named('Harbour Foods Ltd   Tel: 01872 555 442\n4 Quay Street, Truro TR1 2LW\n\nInvoice 12', 'vendor')).toEqual(['Harbour Foods Ltd']);
  });
});

describe('a greeted organisation the mail names again is the customer', () => {
  const mail = (greeted: string, subjectFor: string) =>
    `From: Nettlecombe IT Services Ltd <billing@nettlecombe-it.co.uk>\nSubject: Invoice NIS-40218 from Nettlecombe IT Services Ltd for ${subjectFor}\n\nDear ${greeted},\n\nHere is your invoice NIS-40218 for 1,146.00 GBP.\n\nThanks,\nNettlecombe IT Services Ltd`;
  it('named in the subject and greeted', () => {
    expect(named(mail('Bramcote Veterinary Surgery', 'Bramcote Veterinary Surgery'), 'customer')).toEqual(['Bramcote Veterinary Surgery']);
  });

  it.each([
    ['a person greeted, named once', mail('Anna Maria Rossi', 'your practice')],
    ['two capitalised words only, named twice', mail('Bramcote Vets', 'Bramcote Vets')],
  ])('near miss: %s', (_case, text) => {
    expect(named(text, 'customer')).toEqual([]);
  });
});

describe('a mail header\'s date in a flattened header line', () => {
  it('"To: ...  Date: Wed, 11 Mar 2026 08:02:17" is when the mail was sent', () => {
    const text = 'From: A Ltd <a@b.co.uk>\nTo: practice.manager@bramcotevets.co.uk  Date: Wed, 11 Mar 2026 08:02:17 +0000\nSubject: Invoice 5';
    expect(onMailHeader(text, text.indexOf('11 Mar'))).toBe(true);
  });

  it('near miss: a date beside a field of the invoice is no mail header', () => {
    const text = 'Invoice No: 5  Date: 11 Mar 2026 08:02\nTotal: 10.00';
    expect(onMailHeader(text, text.indexOf('11 Mar'))).toBe(false);
  });
});

describe('a customer\'s name repeated along a flattened row of party columns', () => {
  it.each([
    ['three columns, the ship-to a depot of the customer', 'BILL TO SHIP FROM SHIP TO\nCarrow Hardware Distributors Ozark Fastener Co. Carrow Hardware Distributors - DC 3\n118 Commerce Blvd 55 Mill Rd 7 Logistics Pkwy', 'Carrow Hardware Distributors'],
    ['two columns, the same company twice', 'Bill To Ship To\nKampong Press Sdn. Bhd. Kampong Press Sdn. Bhd. (Warehouse B)\n12 Jalan Industri', 'Kampong Press Sdn. Bhd.'],
  ])('%s', (_case, text, customer) => {
    expect(named(text, 'customer')).toEqual([customer]);
  });

  it('near miss: no words repeated, the first legal form still parts the names', () => {
    expect(named('Bill To Ship To\nHolbeck Textiles Ltd Sorfjord Klaer AS\n12 Mill Lane', 'customer')).toEqual(['Holbeck Textiles Ltd']);
  });
});
