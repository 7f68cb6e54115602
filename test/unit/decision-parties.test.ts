/** Who issues and who receives an invoice: labels in seven languages, bilingual labels, prose, flattened columns, letterheads. */
import { findParties } from '../../worker/providers/local/entity-parties';

function parties(text: string): [string, string][] {
  return findParties(text).map((party) => [party.role, party.name]);
}

describe('labelled parties', () => {
  it.each([
    ['en', 'Supplier: Acme Tooling GmbH\nBill to: Borealis Ltd, 1 Castle Street'],
    ['de', 'Lieferant: Acme Tooling GmbH\nRechnungsempfänger: Borealis Ltd, Bauamt'],
    ['fr', 'Fournisseur : Acme Tooling GmbH\nFacturé à : Borealis Ltd'],
    ['it', 'Cedente/prestatore: Acme Tooling GmbH\nCessionario/committente: Borealis Ltd'],
    ['es', 'Emisor: Acme Tooling GmbH - CIF B12345678\nCliente: Borealis Ltd'],
    ['nl', 'Leverancier: Acme Tooling GmbH\nFactuur aan: Borealis Ltd'],
    ['pt', 'Fornecedor: Acme Tooling GmbH - NIF 501 234 567\nCliente: Borealis Ltd'],
    ['bilingual de/en', 'Lieferant / Supplier: Acme Tooling GmbH, Am Hafen 3\nKunde / Customer: Borealis Ltd, Göteborg'],
    ['bilingual fr/en', 'Fournisseur / Supplier: Acme Tooling GmbH\nClient / Customer: Borealis Ltd'],
    ['bilingual nl/en', 'Leverancier / Supplier: Acme Tooling GmbH\nKlant / Customer: Borealis Ltd'],
    ['markdown', '**From:** Acme Tooling GmbH  \n**To:** Borealis Ltd'],
    ['with "name"', 'Supplier name: Acme Tooling GmbH\nCustomer name: Borealis Ltd'],
  ])('%s', (_language, text) => {
    expect(parties(text)).toEqual([
      ['vendor', 'Acme Tooling GmbH'],
      ['customer', 'Borealis Ltd'],
    ]);
  });

  it('keeps a legal form after a comma and stops at the tax number', () => {
    expect(parties('Emisor: Reformas Hermanos Ortega, S.L. - CIF B12345678\nCliente: Clínica Dental Sonrisa, S.L.P. - CIF B87654321')).toEqual([
      ['vendor', 'Reformas Hermanos Ortega, S.L.'],
      ['customer', 'Clínica Dental Sonrisa, S.L.P.'],
    ]);
  });

  it('reads the name under a label that heads a block or a column', () => {
    expect(parties('Bill To:\nHarbour Cafe Ltd\n7 Pier St')).toEqual([['customer', 'Harbour Cafe Ltd']]);
    expect(parties('Greenfield Catering Co.  INVOICE  Bill To\n12 Orchard Way  Date: 2025-03-18  Lindqvist Architects AB')).toEqual([
      ['vendor', 'Greenfield Catering Co.'],
      ['customer', 'Lindqvist Architects AB'],
    ]);
  });

  it('skips e-mail addresses and prefers a specific label to a mail header', () => {
    const found = findParties('From: accounts@tidewater.co.uk\nTo: finance@quill.com\n\nFrom: Tidewater Design Studio Ltd, 5 Canal Walk');
    expect(found.map((party) => [party.role, party.name])).toEqual([['vendor', 'Tidewater Design Studio Ltd']]);
  });
});

describe('parties in prose', () => {
  it.each([
    ['Invoice from Acme GmbH to Borealis Ltd', 'Acme GmbH', 'Borealis Ltd'],
    ['Invoice 2025-88 - Oakhurst Tree Surgery to Lowther Park Residents\' Association', 'Oakhurst Tree Surgery', 'Lowther Park Residents\' Association'],
    ['From Harcourt & Finch Recruitment Ltd to Aldwych Fintech Ltd', 'Harcourt & Finch Recruitment Ltd', 'Aldwych Fintech Ltd'],
    ['This invoice (no. 2025/044) is issued by Marsh Lane Veterinary Practice to Hollybrook Equestrian Centre on 20 May 2025.', 'Marsh Lane Veterinary Practice', 'Hollybrook Equestrian Centre'],
    ['Rechnung von Schreinerei Albrecht an Dr. Matthias Keller', 'Schreinerei Albrecht', 'Dr. Matthias Keller'],
    ['Facture de Atelier Lumière SAS à Greystone Hotels Ltd', 'Atelier Lumière SAS', 'Greystone Hotels Ltd'],
    ['> Invoice 2025-07 from Lena Fischer Photography to Greenleaf Events Ltd', 'Lena Fischer Photography', 'Greenleaf Events Ltd'],
  ])('%s', (text, vendor, customer) => {
    expect(parties(text)).toEqual([
      ['vendor', vendor],
      ['customer', customer],
    ]);
  });

  it.each([
    ['The work was billed to Borealis Ltd last month.', [['customer', 'Borealis Ltd']]],
    ['Please make cheques payable to Acme Tooling GmbH.', [['vendor', 'Acme Tooling GmbH']]],
    ['Delivered from the warehouse to the site on Monday.', []],
    ['Invoice for March 2025 to be paid on receipt.', []],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe('unlabelled parties', () => {
  it('takes the letterhead for the vendor and the address block under Herrn/Frau/Spett.le for the customer', () => {
    const text = 'Schreinerei Albrecht e.K.\nMeisterbetrieb · Gartenstraße 17 · 79098 Freiburg\n\nHerrn\nDr. Matthias Keller\nRosenweg 4\n79100 Freiburg\n\nRechnung Nr. 2025-147';
    expect(parties(text)).toEqual([
      ['vendor', 'Schreinerei Albrecht e.K.'],
      ['customer', 'Dr. Matthias Keller'],
    ]);
  });

  it('splits a two-column header flattened to single blanks at the legal form', () => {
    expect(parties('Invoice\nFrom Customer\nPinecrest Analytics Ltd Harrow & Vale Solicitors LLP\n3 Queen Street, Leeds')).toEqual([
      ['vendor', 'Pinecrest Analytics Ltd'],
      ['customer', 'Harrow & Vale Solicitors LLP'],
    ]);
  });

  it('takes the letterhead from a flattened line that runs on into the title', () => {
    expect(parties('Northwind Traders Ltd INVOICE INV-2231\n1 Road St, London Date: 01/04/2025')).toEqual([['vendor', 'Northwind Traders Ltd']]);
  });

  it('finds no letterhead in a logo placeholder, a title or a greeting', () => {
    expect(parties('[logo]\n\nFACTURE N° F2025-0419\nDate : 19 mars 2025')).toEqual([]);
    expect(parties('Hi Daniel,\n\nQuick heads-up before the paperwork lands.')).toEqual([]);
  });
});
