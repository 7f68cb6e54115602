/**
 * Invoice numbers missed on hold-out dev33 (round 28): a number whose letters open like "Nr" ("TAX INVOICE
 * NRS-0388"), a markdown label in bold ("**Invoice ref:** GMR-0734"), a title glossed after a slash ("TAX
 * INVOICE / RECEIPT" over "No. LT-2605-019"), a CFDI's "Serie y folio", a letter's "Our ref.:", and a title
 * over a flattened label block. The texts are invented; the near misses must stay unread.
 */
import { fieldsOf } from '../helpers/decision-lines';

const numberOf = (lines: string[]) => fieldsOf(lines).invoice_number;

describe('"Nr" and "No" are number words only where no letter follows', () => {
  it('"TAX INVOICE NRS-0388" keeps its N and R', () => {
    expect(numberOf(['Reef Shapes Pty Ltd', 'TAX INVOICE NRS-0388', 'Invoice date: 18/05/2026'])).toBe('NRS-0388');
  });

  it('"INVOICE NOV-2291" keeps its N and O', () => {
    expect(numberOf(['Reef Shapes Pty Ltd', 'INVOICE NOV-2291', 'Invoice date: 18/05/2026'])).toBe('NOV-2291');
  });

  it('near miss: "Invoice Nr 4471" and "Invoice No.4471" still read the number after the word', () => {
    expect(numberOf(['Reef Shapes Pty Ltd', 'Invoice Nr 4471', 'Invoice date: 18/05/2026'])).toBe('4471');
    expect(numberOf(['Reef Shapes Pty Ltd', 'Invoice No.4471', 'Invoice date: 18/05/2026'])).toBe('4471');
  });
});

describe('a markdown label in bold', () => {
  it('"**Invoice ref:** KMS-0912" reads the reference after the closing stars', () => {
    expect(numberOf(['# Kelvin Mill Sound', '', '**Invoice ref:** KMS-0912  ', '**Date:** 19/05/2026  '])).toBe('KMS-0912');
  });

  it('near miss: "**Invoice total:** £2,787.00" names an amount, no number', () => {
    expect(numberOf(['# Kelvin Mill Sound', '', '**Invoice total:** £2,787.00  ', '**Date:** 19/05/2026  '])).toBeNull();
  });
});

describe('a title glossed after a slash, its number on the next line', () => {
  it('"TAX INVOICE / RECEIPT" over "No. TR-2605-031" reads the number', () => {
    expect(numberOf(['Siam Rattan Works Co., Ltd.', '', 'TAX INVOICE / RECEIPT', 'No. TR-2605-031      Date 20/05/2026'])).toBe('TR-2605-031');
  });

  it('near miss: a receipt alone is no invoice, its "No." unread', () => {
    expect(numberOf(['Siam Rattan Works Co., Ltd.', '', 'RECEIPT', 'No. TR-2605-031      Date 20/05/2026'])).toBeNull();
  });
});

describe("a Mexican CFDI's series and folio", () => {
  const cfdi = (label: string) => ['Talavera Poblana S.A. de C.V.', 'FACTURA', `${label}        Fecha de emisión: 18/05/2026`, 'Folio fiscal (UUID): 7A1C2B3D-4E5F-4061-8A9B-0C1D2E3F4A5B'];

  it.each([
    ['Serie y folio: B-1187', 'B-1187'],
    ['Folio: 1187', '1187'],
  ])('"%s" is the number %s', (label, expected) => {
    expect(numberOf(cfdi(label))).toBe(expected);
  });

  it('near miss: the "Folio fiscal (UUID)" alone is the tax stamp, not the number', () => {
    expect(numberOf(cfdi('Receptor: Casa Azul S.A. de C.V.'))).toBeNull();
  });

  it('near miss: "Folio:" in a document that is no factura is a page or file number', () => {
    expect(numberOf(['Estudio Norte', 'Folio: B-1187', 'Fecha: 18/05/2026'])).toBeNull();
  });
});

describe('a letter\'s "Our ref.:" sending an invoice', () => {
  const mail = (reference: string, word = 'invoice') => [
    'From: Ffion Pryce <ffion@harmonia.example>',
    'Subject: arrangements',
    '',
    `Please find our ${word} below.`,
    '',
    `Our ref.: ${reference}`,
    'Invoiced party: Côr Caerffili',
  ];

  it('"Our ref.: HRM-0517" is the invoice number', () => {
    expect(numberOf(mail('HRM-0517'))).toBe('HRM-0517');
  });

  it('near miss: a bare "Our ref.: 4471" may be a client or file number', () => {
    expect(numberOf(mail('4471'))).toBeNull();
  });

  it('near miss: a letter that sends no invoice ("our quotation") leaves its reference unread', () => {
    expect(numberOf(mail('HRM-0517', 'quotation'))).toBeNull();
  });
});

describe('a title over a flattened label block', () => {
  const flat = (labels: string[]) => [
    'Tugela Pump Spares (Pty) Ltd',
    '',
    ...labels,
    'TPS 26/0488',
    '2026/05/19',
    'KVG-017',
    '',
    'Invoiced party:',
  ];

  it('"TAX INVOICE" over three labels and their three values pairs them off below the title', () => {
    expect(numberOf(flat(['TAX INVOICE', 'Invoice number', 'Date of invoice', 'Account']))).toBe('TPS 26/0488');
  });

  it('near miss: a label more than the values with no title over them pairs nothing', () => {
    expect(numberOf(flat(['Reference', 'Invoice number', 'Date of invoice', 'Account']))).toBeNull();
  });
});
