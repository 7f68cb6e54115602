/**
 * Round 27: party labels in Russian, Dutch ("Relatie:") and French ("Maître d'ouvrage :"), a label qualified
 * before its word for name ("Customer registered name:"), and the organisation over an attention line that no
 * label reads ("FAO:") or in the first column of a flattened header. Invented texts, each with a near miss.
 */
import { partyOf } from '../helpers/decision-lines';

describe('Russian party labels', () => {
  const lines = [
    'СЧЕТ-ФАКТУРА № 00217 от 02.03.2026',
    '',
    'Поставщик: ОсОО «Тоо Жолу»       Покупатель: ОсОО «Нарын Тур»',
    'ИНН 02214201910288               ИНН 01805199810044',
  ];
  it('reads "Поставщик" as the vendor and "Покупатель" as the customer', () => {
    expect(partyOf(lines, 'vendor')).toBe('ОсОО «Тоо Жолу»');
    expect(partyOf(lines, 'customer')).toBe('ОсОО «Нарын Тур»');
  });

  it('reads no party from "Поставщику" (to the supplier) in a sentence', () => {
    expect(partyOf(['Оплата поставщику: 100 000,00 сом'], 'vendor')).toBeNull();
  });
});

describe('"Relatie:" and "Maître d\'ouvrage :"', () => {
  it('reads the Dutch relation and the French building owner as the customer', () => {
    expect(partyOf(['Relatie:  Van Dijk Installatietechniek B.V., t.a.v. dhr. P. van Dijk'], 'customer')).toBe('Van Dijk Installatietechniek B.V.');
    expect(partyOf(["Maître d'ouvrage : Résidence Les Acacias ACP"], 'customer')).toBe('Résidence Les Acacias ACP');
  });

  it('reads no customer from "Relatienummer: 40123"', () => {
    expect(partyOf(['Relatienummer: 40123'], 'customer')).toBeNull();
  });
});

describe('a label qualified before its word for name', () => {
  it('reads "Customer registered name:"', () => {
    expect(partyOf(['Επωνυμία πελάτη / Customer registered name: Almazara del Sur S. Coop. And.'], 'customer')).toBe('Almazara del Sur S. Coop. And.');
  });

  it('reads no name from "Customer registered office:"', () => {
    expect(partyOf(['Customer registered office: 12 High Street, Leeds'], 'customer')).toBeNull();
  });
});

describe('the organisation over an attention line', () => {
  it('reads the organisation over "FAO:", which no label reads', () => {
    const lines = ['Quarry Lane Architects · 4 Gate St · York YO1 7JB', 'INVOICE QA-2026-12       Date 07/08/2026', 'Holbeck Almshouse Trust', 'FAO: Clerk to the Trustees, Mr Alan Firth', 'The Almshouses, Holbeck Lane, York YO23 1QR'];
    expect(partyOf(lines, 'customer')).toBe('Holbeck Almshouse Trust');
  });

  it('reads no organisation over "FAO:" from a line with figures', () => {
    const lines = ['Quarry Lane Architects · 4 Gate St · York YO1 7JB', 'INVOICE QA-2026-12       Date 07/08/2026', 'FAO: Mr Alan Firth'];
    expect(partyOf(lines, 'customer')).not.toBe('INVOICE QA-2026-12');
  });

  it('reads the first column of a flattened header over "Attn:"', () => {
    const lines = ['ASHCOMBE LEWIS LLP', 'Attorneys at Law · 1900 Market St · Philadelphia, PA 19103', 'Pinecrest Robotics, Inc.                     Invoice Number: 2026-118', 'Attn: Accounts Payable / Greg Olsen,         Invoice Date: September 30, 2026'];
    expect(partyOf(lines, 'customer')).toBe('Pinecrest Robotics, Inc.');
  });

  it('takes no first column holding a figure', () => {
    const lines = ['ASHCOMBE LEWIS LLP', 'Invoice 2026-118                     Date: September 30, 2026', 'Attn: Greg Olsen,                     Due: October 30, 2026'];
    expect(partyOf(lines, 'customer')).not.toBe('Invoice 2026-118');
  });
});

describe('a contact taken for the customer although a firm is named', () => {
  it('reads "TO:" after the vendor\'s name on a "FROM:" line, and leaves the attention line\'s person', () => {
    const lines = ['TAX INVOICE KL-5521', 'FROM: Kalahari Linen Services (Pty) Ltd TO: Savuti Bush Camp (Pty) Ltd', 'Plot 611, Maun', 'VAT Reg. P03118845112 Attention: Neo Molefe, Camp Manager'];
    expect(partyOf(lines, 'vendor')).toBe('Kalahari Linen Services (Pty) Ltd');
    expect(partyOf(lines, 'customer')).toBe('Savuti Bush Camp (Pty) Ltd');
  });

  it('reads no firm from a mail header line "From: Anna To: Ben"', () => {
    expect(partyOf(['From: Anna Berg To: Ben Kole', 'Invoice 12 attached.'], 'customer')).not.toBe('Ben Kole');
  });

  it('keeps an attention line\'s person when no firm is named for the customer', () => {
    expect(partyOf(['INVOICE 118', 'Attention: Neo Molefe', 'Plot 611, Maun'], 'customer')).toBe('Neo Molefe');
  });

  it('reads a ship agent\'s "Principal:" with a firm\'s name as the customer, not with a person\'s', () => {
    const agent = ['Scheldt Harbour Agencies NV   VAT BE 0448.217.601', 'FINAL INVOICE   Invoice no. AN/26/0193   Principal: Nordfjord Bulk Carriers AS,', 'Attn. Mr. Ola Aasen, Operations'];
    expect(partyOf(agent, 'customer')).toBe('Nordfjord Bulk Carriers AS');
    expect(partyOf(['Harbour Architects', 'Principal: Jane Doe', 'Invoice 12'], 'customer')).toBeNull();
  });
});
