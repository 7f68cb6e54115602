/** The document rules in seven languages: signatures, headings, effective and end dates. */
import { findHeading, headingLines } from '../../worker/decisions/document-headings';
import { decideDocument } from '../../worker/decisions/document-rules';
import { findSignature } from '../../worker/decisions/document-signature';

describe('signatures', () => {
  it.each([
    ['Signed: Jane Doe, CEO', 'Signed: Jane Doe, CEO'],
    ['Signature: /s/ Eleanor Watts', 'Signature: /s/ Eleanor Watts'],
    ['Unterschrift: Dr. Anna Lehmann', 'Unterschrift: Dr. Anna Lehmann'],
    ['gez. Martin Sauber                          gez. Dr. Helena Brandt', 'gez. Martin Sauber'],
    ['Signé par : Camille Roux, Présidente', 'Signé par : Camille Roux, Présidente'],
    ['Firma: Mario Rossi', 'Firma: Mario Rossi'],
    ['Fdo.: Juan Pérez García', 'Fdo.: Juan Pérez García'],
    ['Firmado por: Ana López', 'Firmado por: Ana López'],
    ['Handtekening: J. de Vries', 'Handtekening: J. de Vries'],
    ['Assinatura: Maria Santos', 'Assinatura: Maria Santos'],
    ['For the Agency: Chloe Brennan (signed) 02/09/2025', 'For the Agency: Chloe Brennan (signed)'],
    ['Pemberton Foods Ltd: [signature] Alan Pemberton', '[signature] Alan Pemberton'],
    ['Signé par :\nCamille Roux, Présidente      Date : 20 février 2025', 'Signé par :\nCamille Roux, Présidente'],
  ])('%s is signed', (text, span) => {
    expect(findSignature(text).signed?.text).toBe(span);
  });

  it.each([
    'Signature: ______________________        Date: ____________',
    'Signature (Disclosing Party): ____________________',
    'Signature: ______ Date: 12 May 2025',
    'Firma: ___________________________           Firma: ___________________________',
    'Assinatura: ________________',
    'Signed for and on behalf of Brightpath Software Ltd:',
    'Firma: ___________ Firma: ___________',
    'Firma: ___________ | Firma: ___________',
    'Signature:\n____________________\nBernard Garnier',
  ])('%s is a blank signature line', (text) => {
    expect(findSignature(text)).toMatchObject({ signed: null, blank: expect.objectContaining({ start: expect.any(Number) }) });
  });

  it.each([
    'This agreement shall be signed by both parties.',
    'Le présent contrat doit être signé par les deux parties.',
    'El contrato deberá ser firmado por ambas partes.',
    'Firma: Acme GmbH',
  ])('%s is no signature', (text) => {
    expect(findSignature(text).signed).toBeNull();
  });
});

describe('headings', () => {
  const lines = headingLines(
    ['- CLÁUSULA TERCERA.- DURACIÓN', 'Artículo 1. Objeto', 'Deflnitions', '§ 3 Laufzeit', 'CIVIL LIABILITY', 'IV. TERMINATION', 'Art. 2 – Durata', 'Cláusula 3.ª – Vigência', 'Artikel 4 Vergoeding', '**Fees**'].join('\n'),
  );

  it.each(['Duración', 'duracion', 'Definitions', 'Objeto', 'Laufzeit', 'Civil Liability', 'Termination', 'Durata', 'Vigência', 'Vergoeding', 'Fees'])('finds %s', (section) => {
    expect(findHeading(lines, section)).toBeDefined();
  });

  it('does not take a longer word or a sentence for a heading', () => {
    expect(findHeading(lines, 'Term')).toBeUndefined();
    expect(findHeading(headingLines('The fees are due monthly.'), 'Fees')).toBeUndefined();
  });
});

describe('effective and end dates', () => {
  it.each([
    ['en', 'This Agreement takes effect on 1 April 2025 and ends on 31 March 2025.'],
    ['de', 'Der Vertrag tritt am 1. April 2025 in Kraft und endet am 31. März 2025.'],
    ['de compounds', 'Projektbeginn: 01.04.2025\nProjektende: 31.03.2025'],
    ['fr', 'Le contrat prendra effet le 1er avril 2025 et prendra fin le 31 mars 2025.'],
    ['it', 'Il presente accordo decorre dal 1° aprile 2025 e scade il 31 marzo 2025.'],
    ['es', 'El contrato entrará en vigor el 1 de abril de 2025 y finalizará el 31 de marzo de 2025.'],
    ['nl', 'Startdatum: 1 april 2025\nEinddatum: 31 maart 2025'],
    ['pt', 'Data de início: 1 de abril de 2025\nData de término: 31 de março de 2025'],
    ['a period', 'Term: 01/04/2025 - 31/03/2025'],
    ['a period in Italian', 'Durata: dal 1° aprile 2025 al 31 marzo 2025'],
  ])('fail when the effective date is after the end date (%s)', (_language, text) => {
    const decision = decideDocument(`${text}\nSigned: Jane Doe`);
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toEqual(['effective date 2025-04-01 is after end date 2025-03-31']);
  });

  it('reads the signing date from a dated place', () => {
    expect(decideDocument('Köln, den 15.04.2025\ngez. Martin Sauber').fields).toMatchObject({ signed_date: '2025-04-15' });
  });

  it('fails a date that cannot exist whatever its language', () => {
    for (const date of ['31 aprile 2025', '30 februari 2025', '31 de junio de 2025', '31 de junho de 2025', '2025-09-31']) {
      expect(decideDocument(`Start: ${date}\nSigned: Jane Doe`).decision).toBe('FAIL');
    }
  });
});
