/**
 * Round 28, dev34's parties: invoices written as mails and prose. "issued on ... to X for ...", a first
 * sentence whose subject is the firm ("X Sagl serviced ... for Y SA,"), a forward whose quoted mail is signed
 * by the firm, a delivery note's consignee, an abbreviated form's stop at a line's end, and a greeting to
 * someone acting on others' behalf. Invented texts; each rule has a near miss that must not fire.
 */
import { customerOf, fieldsOf, vendorOf } from '../helpers/decision-lines';

describe('an invoice issued to a firm in a sentence', () => {
  it('reads the firm after "issued on <date> to", up to "for"', () => {
    const lines = ['From: Marta Iglesias <admin@talleresnorte.example>', 'Subject: Invoice B-2026-77', '',
      'Please find below invoice no. B-2026-77 issued on 12/05/2026 to Sidrería El Molinón for the tanks fitted on 9/05/2026.', '',
      'Base 1.000,00 €, IVA 21 % 210,00 €, total 1.210,00 €.'];
    expect(customerOf(lines)).toBe('Sidrería El Molinón');
  });

  it('reads past the issuer and its place ("by X of Y, Z, to ...")', () => {
    const lines = ['This invoice, number KAS-2026-09, is issued on 3 May 2026 by Kaş Tekne Bakım A.Ş. of the old harbour, Kaş, to Aegean Day Cruises Ltd for the hull cleaning.',
      '', 'Net € 500.00; VAT 20 % € 100.00; total € 600.00.'];
    expect(customerOf(lines)).toBe('Aegean Day Cruises Ltd');
  });

  it('takes no person ("issued to John Smith"), nor a certificate issued to a firm', () => {
    expect(customerOf(['Invoice no. B-2026-77 issued on 12/05/2026 to John Smith for the tanks.', 'Total 1.210,00 €'])).toBeNull();
    expect(customerOf(['The safety certificate was issued on 2 May 2026 to Harbour Rigging Services Ltd for the crane.', 'Total 1.210,00 €'])).toBeNull();
  });
});

describe('a first sentence whose subject is the firm that did the work', () => {
  const lines = ['Caffètecnica Verbano Sagl repaired a grinder for Hotel Lago Maggiore SA, Via Sempione 2, 6600 Locarno, on 02.05.2026 and bills it as follows (bill no. CV-26-11 of 04.05.2026):',
    '', '- Burr set, 1 x CHF 180.00 = CHF 180.00', 'Amount payable CHF 194.60'];

  it('reads the subject as the vendor and the firm after "for" as the customer', () => {
    expect(vendorOf(lines)).toBe('Caffètecnica Verbano Sagl');
    expect(customerOf(lines)).toBe('Hotel Lago Maggiore SA');
  });

  it('takes no subject without a legal form, and no one after "for" who is not a firm', () => {
    expect(vendorOf(['Marco Bernasconi repaired a grinder for Hotel Lago Maggiore SA, Via Sempione 2, on 02.05.2026.', 'Amount payable CHF 194.60'])).toBeNull();
    expect(customerOf(['Caffètecnica Verbano Sagl repaired a grinder for Mr Rossi, Via Sempione 2, on 02.05.2026.', 'Amount payable CHF 194.60'])).toBeNull();
  });
});

describe('a forward whose quoted mail is signed by the firm', () => {
  const quoted = ['> Please find our invoice CT-118 dated 2 May 2026 for Ceredigion Folk Choir:', '>', '> Net £100.00, VAT £20.00, total £120.00.', '>'];

  it('reads the firm under the quoted closing, not the forwarder', () => {
    const lines = ['From: Eleri Jones <eleri@choirmail.example>', 'To: treasurer@folkchoir.example', 'Subject: Fwd: invoice CT-118', '',
      'Forwarding for payment. Eleri', '', '---------- Forwarded message ----------', 'From: accounts@crwth.example', '', ...quoted,
      '> Diolch,', '> Crwth Teifi Instruments Ltd', '> 4 Bridge Street, Cardigan SA43 1HY'];
    expect(fieldsOf(lines).vendor).toBe('Crwth Teifi Instruments Ltd');
  });

  it('leaves a forward whose quote has no signature to the header', () => {
    const lines = ['From: Eleri Jones <eleri@choirmail.example>', 'Subject: Fwd: invoice CT-118', '', ...quoted, '> 4 Bridge Street, Cardigan SA43 1HY'];
    expect(vendorOf(lines)).toBe('Eleri Jones');
  });
});

describe('a delivery note\'s consignee', () => {
  it('stands in for the customer on a document titled a delivery note', () => {
    const lines = ['DELIVERY NOTE nr. DN-118 · 02.05.2026', 'Supplier: Olaria Douro Lda, Rua Nova 4, Porto', 'Consignee: Quinta do Vale Escuro, Estrada 2, Pinhão', '',
      'Painted jugs ...... 24 pcs.'];
    expect(customerOf(lines)).toBe('Quinta do Vale Escuro');
  });

  it('names no customer on an invoice that only names a consignee', () => {
    const lines = ['INVOICE no. OD-118 · 02.05.2026', 'Supplier: Olaria Douro Lda, Rua Nova 4, Porto', 'Consignee: Quinta do Vale Escuro, Estrada 2, Pinhão', '',
      'Painted jugs 24 x € 10.00 = € 240.00'];
    expect(customerOf(lines)).toBeNull();
  });
});

describe('an abbreviated legal form\'s stop at a line\'s end', () => {
  it('is kept where the signature writes the name with it alone on a line', () => {
    const lines = ['From: Érablière Sutton <billing@books.example>', 'Subject: Invoice INV-0042 from Érablière Sutton Inc.', '', 'Bill to: Cabane du Ruisseau',
      'Balance due: $500.00 CAD', '', 'Thanks for your business!', 'Érablière Sutton Inc.', '12 rue Principale, Sutton QC'];
    expect(fieldsOf(lines).vendor).toBe('Érablière Sutton Inc.');
  });

  it('is left off where the name is nowhere written alone with it', () => {
    const lines = ['Subject: Invoice INV-0042 from Érablière Sutton Inc.', '', 'Bill to: Cabane du Ruisseau', 'Balance due: $500.00 CAD', '', 'Érablière Sutton Inc · 12 rue Principale'];
    expect(vendorOf(lines)).toBe('Érablière Sutton Inc');
  });
});

describe('a greeting to someone acting on others\' behalf', () => {
  const body = ['', 'Engrafiadau Menai Ltd sends invoice EM-12, dated 2 May 2026, for the work:', '  2 x Slate sign @ £100.00 = £200.00', '', 'Kind regards,', 'Engrafiadau Menai Ltd'];

  it('names no customer when the person greeted collected for unnamed others', () => {
    const lines = ['Dear Mrs Hughes,', '', 'Thank you for collecting the signs on 30 April 2026 on behalf of the new owners of the chapel.', ...body];
    expect(customerOf(lines)).toBeNull();
  });

  it('keeps the person greeted when the letter says nothing of acting for others', () => {
    const lines = ['Dear Mrs Hughes,', '', 'Thank you for collecting the signs on 30 April 2026.', ...body];
    expect(customerOf(lines)).toBe('Mrs Hughes');
  });
});
