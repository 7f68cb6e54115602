/**
 * Round 28, dev33's parties: names the readers cut short or passed over. A compound legal form written out
 * elsewhere ("GmbH & Co. KG", "Co. Ltd"), a firm whose name opens with a label's word ("Total ...", "Due ..."),
 * "L.P." after a comma, the "Invoiced party:" label, and parties in apposition ("We, X, ...", "the invoiced
 * party, Y, ..."). Invented texts; each rule has a near miss that must not fire.
 */
import { customerOf, customersOf, decideLines, fieldsOf, vendorOf } from '../helpers/decision-lines';

describe('a compound legal form written out elsewhere', () => {
  it('completes "GmbH" with "& Co. KG" from the footer', () => {
    const lines = ['Orgelbau Westerkamp · Domplatz 4 · 48143 Münster', '', 'Kirchengemeinde St. Lamberti', 'Rechnung Nr. OW-12',
      'Zu zahlender Betrag 1.190,00 €', 'Orgelbau Westerkamp GmbH & Co. KG · Sitz Münster · HRA 1234'];
    expect(vendorOf(lines)).toBe('Orgelbau Westerkamp GmbH & Co. KG');
  });

  it('completes "Co." with "Ltd" where the foot writes it so', () => {
    const lines = ['Harbour Lantern Candle Co.', '2 Quay Street, Whitby YO21 1DH', '', 'Invoice number HLC-14', 'Invoice to: Abbey Tea Rooms',
      'Total £120.00', 'Due by 20/06/2026. Harbour Lantern Candle Co. Ltd, company no. 10448722.'];
    expect(vendorOf(lines)).toBe('Harbour Lantern Candle Co. Ltd');
  });

  it('leaves a name whose longer form is another firm\'s words ("GmbH & Partner", "Co. Limited Edition Prints")', () => {
    expect(vendorOf(['Orgelbau Westerkamp GmbH', 'Domplatz 4, 48143 Münster', '', 'Rechnung Nr. OW-12', 'Orgelbau Westerkamp GmbH & Partner KG haftet nicht'])).toBe('Orgelbau Westerkamp GmbH');
    expect(vendorOf(['Harbour Lantern Candle Co.', '2 Quay Street, Whitby YO21 1DH', '', 'Invoice HLC-14', 'Harbour Lantern Candle Co. Limited Edition Prints'])).toBe('Harbour Lantern Candle Co.');
  });
});

describe('a firm whose name opens with a label\'s word', () => {
  it('reads "Due West ..., Inc." heading the letter as the vendor', () => {
    const lines = ['Due West Marine Electronics, Inc.', '1802 East D Street, Tacoma WA 98421', '', 'INVOICE', 'Invoice #: TME-1', 'Sold To: Narrows Halibut Company', 'Total due $100.00'];
    expect(vendorOf(lines)).toBe('Due West Marine Electronics, Inc.');
  });

  it('reads "Total Harmony Music Ltd" in a footer as the vendor', () => {
    const lines = ['From: Bethan Lloyd <bethan@example.com>', 'To: Secretary, Cardiff Male Choir', '', 'Our ref.: THM-1', 'Amount payable £100.00', '',
      'Bethan Lloyd, director', 'Total Harmony Music Ltd · 9 Mount Stuart Square, Cardiff CF10 5EE · VAT GB 402 7781 19'];
    // The mail's sender is found too, as the weakest claim; the decision takes the firm.
    expect(fieldsOf(lines).vendor).toBe('Total Harmony Music Ltd');
  });

  it('still reads a label going on after its word as no name ("Total Amount Due Ltd", "Due Date ...")', () => {
    expect(vendorOf(['Due Date Reminder Services Ltd', '4 High Street, Leeds LS1 1AA', '', 'INVOICE', 'Sold To: Narrows Halibut Company'])).toBeNull();
    const lines = ['From: Bethan Lloyd <bethan@example.com>', 'To: Secretary, Cardiff Male Choir', '', 'Our ref.: THM-1', '',
      'Bethan Lloyd, director', 'Total Amount Payable Ltd · 9 Mount Stuart Square, Cardiff CF10 5EE · VAT GB 402 7781 19'];
    expect(fieldsOf(lines).vendor).not.toBe('Total Amount Payable Ltd');
  });
});

describe('"L.P." after a comma closing a name', () => {
  const block = (name: string) => ['Gulf Bend Coating LLC 4410 Navigation Blvd, Houston TX 77011', '', 'INVOICE', 'BILL TO SITE REMIT',
    `${name} Spread 4, MP 212-219 Gulf Bend Coating LLC`, 'Accounts Payable Matagorda County, TX P.O. Box 23991', '1200 Smith St, Suite 3400 Houston TX 77223', '',
    'Invoice No. Invoice Date', 'GB-1 05/18/2026'];

  it('reads a flattened "BILL TO SITE" block\'s name up to "L.P."', () => {
    expect(customerOf(block('Sabine Ridge Gathering, L.P.'))).toBe('Sabine Ridge Gathering, L.P.');
  });

  it('still leaves the block alone when no legal form ends the name (its end is unknown)', () => {
    expect(customerOf(block('Sabine Ridge Gathering'))).toBeNull();
  });
});

describe('"Invoiced party:" and parties in apposition', () => {
  it('reads the name under "Invoiced party:" as the customer', () => {
    const lines = ['Umgeni Spares (Pty) Ltd', '17 Quarry Road, Durban 4091', '', 'TAX INVOICE', 'Invoice number UCH-1', '', 'Invoiced party:', 'Sezela Valley Growers Co-operative Ltd', 'Mill Road, Sezela 4215'];
    expect(customerOf(lines)).toBe('Sezela Valley Growers Co-operative Ltd');
  });

  it('reads no label in "Invoiced parts:"', () => {
    expect(customersOf(['Customer: Sezela Growers Ltd', 'TAX INVOICE', 'Invoiced parts:', 'Chopper Drum Knives', 'Mill Road, Sezela 4215'])).toEqual(['Sezela Growers Ltd']);
  });

  it('reads "We, X, ..." as the vendor and "to the invoiced party, Y, ..." as the customer', () => {
    const lines = ['TAX INVOICE No. SHB/1 dated 20-05-2026', '',
      'We, Kota Doria Weavers Pvt. Ltd., Plot 14, Kota 324001, have supplied the goods below to the invoiced party, Cotton & Clay Homewares LLP, 22 Lodhi Road, New Delhi 110003.',
      '', 'Invoice value ₹1,000.00 (INR)'];
    expect(vendorOf(lines)).toBe('Kota Doria Weavers Pvt. Ltd.');
    expect(customerOf(lines)).toBe('Cotton & Clay Homewares LLP');
  });

  it('reads no one from "We, the undersigned," nor "the invoiced party, as agreed,"', () => {
    const lines = ['TAX INVOICE No. SHB/1 dated 20-05-2026', '', 'We, the undersigned, have supplied the goods below to the invoiced party, as agreed, on 18-05-2026.', '', 'Invoice value ₹1,000.00 (INR)'];
    expect(vendorOf(lines)).toBeNull();
    expect(customerOf(lines)).toBeNull();
    expect(decideLines(lines).decision).toBe('NEEDS_INFO');
  });
});

describe('"Account:" before a company closed by its legal form and a comma', () => {
  const lines = (account: string) => ['ROSIA BAY BERTHING LTD', 'Rosia Road, Gibraltar GX11 1AA', '', 'INVOICE RMB-1     Date: 18/05/2026', `Account: ${account}`, 'Berth 30 x £96.00 = £2,880.00'];

  it('reads the company before its address as the customer', () => {
    expect(customerOf(lines('Catalan Bay Yacht Services Ltd, Marina Bay, Gibraltar'))).toBe('Catalan Bay Yacht Services Ltd');
  });

  it('reads no customer from a sentence or a name without a legal form before a comma', () => {
    expect(customerOf(lines('Overdue, please pay by return'))).toBeNull();
    expect(customerOf(lines('Catalan Bay Yacht Services, Marina Bay, Gibraltar'))).toBeNull();
  });
});

describe('a flattened "From: To:" row over both names on one line', () => {
  const lines = (row: string) => [row, 'Thistle Reed Works Ltd Kelso Pipe Band SCIO', '14 Coburg Street The Band Hall, 3 Mill Lane',
    'Edinburgh EH6 6ET Kelso TD5 7AA', 'VAT GB 296 1187 42 Pipe Major: Ian Scott', '', 'Invoice TRW/1 Raised 20 May 2026'];

  it('reads the name after the sender\'s as the customer', () => {
    expect(vendorOf(lines('From: To:'))).toBe('Thistle Reed Works Ltd');
    expect(customerOf(lines('From: To:'))).toBe('Kelso Pipe Band SCIO');
  });

  it('leaves a row holding more than the two labels alone', () => {
    expect(customerOf(lines('From: To: Ref:'))).not.toBe('Kelso Pipe Band SCIO');
  });
});

describe('a greeting is no label word opening a firm', () => {
  it('still reads "Dear X Ltd," as the customer greeted, not a vendor', () => {
    const lines = ['Dear Marrowbone Foods Ltd,', 'Your invoice NGH-558120 is attached.'];
    expect(vendorOf(lines)).toBeNull();
    expect(customerOf(lines)).toBe('Marrowbone Foods Ltd');
  });
});
