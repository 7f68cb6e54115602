/**
 * Round 23 part M3: the vendor's name where a header gives it in two scripts, in capitals, hyphenated, under
 * an addressee's honorific, beside a clerk's name, or with a legal form the rules did not know. Invented texts.
 */
import { latinHalf } from '../../worker/providers/local/entity-party-name-script';
import { partyOf, vendorOf } from '../helpers/decision-lines';

describe('a name in two scripts', () => {
  it('gives the Latin-script half', () => {
    expect(latinHalf('ΕΛΑΙΟΥΡΓΕΙΟ ΚΡΗΤΗΣ Α.Ε. / Cretan Olive Mill S.A.')).toBe('Cretan Olive Mill S.A.');
    expect(latinHalf('Северный Лес ООО / Severny Les LLC')).toBe('Severny Les LLC');
  });

  it('near miss: two Latin-script names are left alone', () => {
    expect(latinHalf('Brasserie du Nord SARL / Noorderbrouwerij BV')).toBeUndefined();
  });
});

describe('a letterhead in capitals', () => {
  it('is cited as its Turkish plain copy', () => {
    expect(vendorOf(['ANADOLU FINDIK İHRACAT A.Ş.', 'Anadolu Fındık İhracat A.Ş.', 'Giresun / TÜRKİYE', '', 'FATURA / INVOICE', 'Alıcı / Buyer:', 'Dolci Torino S.r.l.'])).toBe('Anadolu Fındık İhracat A.Ş.');
  });

  it('hyphenated over two lines, is cited as its plain copy with the legal form after it', () => {
    expect(vendorOf(['LOCHSIDE ENGIN-', 'EERING SURVEYORS', '4 Quay Street · Oban PA34 4LT', '', 'INVOICE', 'Invoice No: LE-12', '', 'Oban Harbour Trust', '1 Pier Road, Oban', '', 'Payment by BACS to Lochside Engineering Surveyors LLP, 80-11-22 00112233'])).toBe('Lochside Engineering Surveyors LLP');
  });

  it('with no plain copy, gives the legal name under it that shares a word', () => {
    expect(vendorOf(['ACOUSTIC LAB HALVORSEN', 'Halvorsen Messtechnik GmbH · Hafenweg 2 · 20457 Hamburg', '', 'Pinecrest Audio Inc.', '2 Main St, Portland, OR 97201', '', 'Invoice No. HM-7'])).toBe('Halvorsen Messtechnik GmbH');
  });

  it('near miss: a legal name under it sharing no word is not taken', () => {
    expect(vendorOf(['ACOUSTIC LAB HALVORSEN', 'Brightwater Holdings GmbH · Hafenweg 2 · 20457 Hamburg', '', 'Pinecrest Audio Inc.', '2 Main St, Portland, OR 97201', '', 'Invoice No. HM-7'])).not.toBe('Brightwater Holdings GmbH');
  });

  it('near miss: a plain copy with no legal form after it is cited as it stands', () => {
    expect(vendorOf(['KILNBROOK JOINERY', '3 Station Yard, Keswick', '', 'INVOICE', 'Bill to: Fellside Hotel Ltd', '', 'Please pay Kilnbrook Joinery by 30 May.'])).toBe('Kilnbrook Joinery');
  });
});

describe('an addressee closed by an honorific', () => {
  const lines = [
    '請求書 / INVOICE', '', 'Blue Kettle Tea K.K. 御中', '東京都目黒区 2-1 / 2-1 Meguro, Tokyo', '', '山田茶園株式会社', 'Yamada Chaen Co., Ltd.',
    '静岡県 18 / 18 Shimada, Shizuoka, Japan', '登録番号 / Registration No.: T1234567890123', '', '請求書番号 / Invoice No.: INV-26-7',
  ];

  it('is the customer, and the firm under it the vendor', () => {
    expect(partyOf(lines, 'customer')).toBe('Blue Kettle Tea K.K.');
    expect(vendorOf(lines)).toBe('Yamada Chaen Co., Ltd.');
  });

  it('near miss: with no honorific the order is read as before', () => {
    expect(vendorOf(lines.map((line) => line.replace(' 御中', '')))).toBe('Blue Kettle Tea K.K.');
  });
});

describe('the clerk who issued the invoice', () => {
  const doc = (issued: string) => ['Pivovar Horák a syn s.r.o.', 'Husova 1, 438 01 Žatec', '', 'FAKTURA / INVOICE č. / No. 2026-11', '', 'Odběratel / Customer:', 'Brouwerij De Uil BV', 'Dok 1, Gent', '', 'Celkem / Total: 100,00 EUR', '', issued];

  it('is no vendor: the letterhead company is', () => {
    expect(vendorOf(doc('Vystavil / Issued by: Eva Horáková'))).toBe('Pivovar Horák a syn s.r.o.');
  });

  it('near miss: a company after "Issued by" is the vendor', () => {
    expect(vendorOf(doc('Issued by: Horák Trading s.r.o.'))).toBe('Horák Trading s.r.o.');
  });
});

describe('legal forms', () => {
  it('"d.o.o." marks a letterhead company', () => {
    expect(vendorOf(['Uljara Marić d.o.o.', 'Vrsarska 1, 52440 Poreč, Hrvatska', '', 'RAČUN / INVOICE', 'Kupac / Customer:', 'Delikatese Novak d.o.o.'])).toBe('Uljara Marić d.o.o.');
  });

  it('", SROC, Lda." stays part of the name', () => {
    expect(vendorOf(['FATURA', 'Fornecedor: Lobo & Sá, SROC, Lda. — NIF 500 000 000', 'Cliente: Têxteis Norte, S.A.'])).toBe('Lobo & Sá, SROC, Lda.');
  });

  it('near miss: a comma before an ordinary word still ends the name', () => {
    expect(vendorOf(['FATURA', 'Fornecedor: Lobo & Sá, Porto', 'Cliente: Têxteis Norte, S.A.'])).toBe('Lobo & Sá');
  });
});
