/**
 * Parties misread in mails (round 30, hold-out dev39):
 * - a mail header's "Para: Pescarias X <...>" written out in the body with its legal form after a comma,
 *   "à Pescarias X, Lda., com ...": only a form after a blank completed a name;
 * - "De: Lucía Ortega" under "-----Mensaje original-----" (a quoted message's sender, no address on the line) was
 *   taken as the vendor over the signature's firm: it is a mail's sender, the weakest claim.
 * Invented texts; each has a near miss.
 */
import { fieldsOf } from '../helpers/decision-lines';

describe('a name completed by its legal form after a comma', () => {
  const mail = (sentence: string) => [
    'De: Oficina Rocha Preta <oficina@rochapreta.example>',
    'Para: Transportes Vale Fundo <geral@valefundo.example>',
    'Assunto: Fatura FT 2026/40',
    '',
    sentence,
    '',
    'Oficina Rocha Preta, Lda.',
  ];

  it('"à Transportes Vale Fundo, Lda., com vencimento" is the customer\'s full name', () => {
    expect(fieldsOf(mail('Segue a fatura FT 2026/40, emitida a 02/03/2026, à Transportes Vale Fundo, Lda., com vencimento a 01/04/2026.')).customer).toBe(
      'Transportes Vale Fundo, Lda.',
    );
  });

  it('"Harlow Vending, Inc." in the body completes "To: Harlow Vending"', () => {
    const lines = ['From: Keel Signs LLC', 'To: Harlow Vending', 'Invoice No: KS-77', 'This invoice is for Harlow Vending, Inc. and covers the March signs.'];
    expect(fieldsOf(lines).customer).toBe('Harlow Vending, Inc.');
  });

  it('near miss: a state after a comma ("Transportes Vale Fundo, ME 04101") is no legal form', () => {
    expect(fieldsOf(mail('Segue a fatura FT 2026/40 para Transportes Vale Fundo, ME 04101.')).customer).toBe('Transportes Vale Fundo');
  });

  it('near miss: a form that does not close the name ("Vale Fundo, SA Logística") is not taken', () => {
    expect(fieldsOf(mail('Segue a fatura FT 2026/40 para Transportes Vale Fundo, SA Logística.')).customer).toBe('Transportes Vale Fundo');
  });
});

describe("a quoted message's sender under an original-message separator", () => {
  const reply = (separator: string) => [
    'De: Facturación <facturas@tallerosorio.example>',
    'Para: compras@hotelnavarra.example',
    'Asunto: Factura TO-2026-044',
    '',
    'Factura n.º: TO-2026-044',
    'Fecha de emisión: 02/03/2026',
    'Cliente: Hotel Navarra S.L.',
    'Total factura: 1.210,00 € (EUR)',
    'Vencimiento: 01/04/2026',
    '',
    'Un saludo,',
    'Andrés Pérez',
    'Taller Osorio Carpintería S.L. · Pamplona',
    '',
    separator,
    'De: Marta Goñi',
    '¿Nos podéis enviar la factura?',
  ];

  it('under "-----Mensaje original-----", the signature\'s firm is the vendor', () => {
    expect(fieldsOf(reply('-----Mensaje original-----')).vendor).toBe('Taller Osorio Carpintería S.L.');
  });

  it('under "-----Original Message-----" too', () => {
    expect(fieldsOf(reply('-----Original Message-----')).vendor).toBe('Taller Osorio Carpintería S.L.');
  });

  it('near miss: "De: Marta Goñi" with no separator above it is a labelled sender', () => {
    expect(fieldsOf(reply('')).vendor).toBe('Marta Goñi');
  });
});
