/**
 * Issue 19, round 16 (`dev18`): a customs broker's invoice, whose fees carry the tax and whose
 * disbursements (duty, import tax paid for the client) do not. Invented text, with near misses.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { scanDocument } from '../../worker/providers/local/entity-scan';

const broker = (importTaxRow: string, summary: string[]) =>
  [
    'Kestrel Clearance Services Pty Ltd',
    'Invoice no.: KCS-20931',
    'Invoice date: 2026-05-04',
    'Due date: 2026-05-18',
    'Client: Wattle Homewares Pty Ltd',
    '',
    'Description                          GST    Amount AUD',
    'Customs entry fee                    Yes    180.00',
    'Cartage to warehouse                 Yes    220.00',
    'Customs duty (disbursement)          No     500.00',
    importTaxRow,
    '',
    ...summary,
  ].join('\n');

const summary = ['Fees ex GST          400.00', 'GST on fees 10%      40.00', 'Disbursements        1,100.00', 'TOTAL AUD            1,540.00'];

describe('a customs broker: fees with tax, disbursements without', () => {
  it('import GST marked as a disbursement is an item, not the tax', () => {
    const doc = scanDocument(broker('Import GST (disbursement)            No     600.00', summary));
    expect(doc.amounts.find((amount) => amount.value === 600)?.label).toBe('line');
    expect(doc.amounts.find((amount) => amount.value === 400)?.label).toBe('subtotal');
  });

  it('fees ex GST, the tax on them and the disbursements below make the total', () => {
    expect(decideInvoice(broker('Import GST (disbursement)            No     600.00', summary)).decision).toBe('PASS');
  });

  it('near miss: disbursements that do not make up the rows fail', () => {
    const wrong = summary.map((line) => line.replace('1,100.00', '1,200.00').replace('1,540.00', '1,640.00'));
    expect(decideInvoice(broker('Import GST (disbursement)            No     600.00', wrong)).decision).toBe('FAIL');
  });

  it('near miss: an unmarked "GST" row stays the tax', () => {
    const doc = scanDocument(broker('GST                                         600.00', summary));
    expect(doc.amounts.find((amount) => amount.value === 600)?.label).toBe('tax');
  });
});

describe('a tax line naming its base in words before the figure', () => {
  const invoice = (taxLine: string) =>
    [
      'Northgate Air Cargo Ltd',
      'Invoice no.: NAC-5512',
      'Date: 12/05/2026',
      'Due: 11/06/2026',
      'Bill to: Pennine Optics Ltd',
      '',
      'Airfreight AMS-MAN (kg)   200   2.00   400.00',
      'Collection Manchester     1     50.00  50.00',
      '',
      'Net                        GBP 450.00',
      taxLine,
      'Total                      GBP 460.00',
    ].join('\n');

  it('"VAT 20% (on UK collection 50.00) 10.00" charges the rate on its stated base', () => {
    expect(decideInvoice(invoice('VAT 20% (on UK collection 50.00)   GBP 10.00')).decision).toBe('PASS');
  });

  it('near miss: a tax that is not the rate of its stated base fails', () => {
    const wrong = invoice('VAT 20% (on UK collection 50.00)   GBP 12.00').replace('GBP 460.00', 'GBP 462.00');
    expect(decideInvoice(wrong).decision).toBe('FAIL');
  });
});
