/**
 * A flattened totals row "Total excl. VAT VAT 21% Total incl. VAT" over three figures has three
 * columns: the tax's name after "excl."/"incl." belongs to the sum's heading. Invented text; the near
 * miss "Net VAT Total" keeps its VAT column.
 */
import { extractEntities } from '../../worker/providers/local/entities';

const labels = (text: string) => extractEntities(text).amounts.map((amount) => [amount.value, amount.label]);

describe('a tax named in a sum heading is no column', () => {
  it.each([
    ['Total excl. VAT VAT 21% Total incl. VAT', '500,00 105,00 605,00'],
    ['Total exkl. MWST MWST 8.1% Total inkl. MWST', "1'000.00 81.00 1'081.00"],
  ])('%s', (header, row) => {
    const found = labels(`${header}\n${row}`);
    expect(found.map(([, label]) => label)).toEqual(['subtotal', 'tax', 'total']);
  });

  it('keeps a tax column after a plain heading', () => {
    expect(labels('Net VAT @ 20% Total GBP\n1,000.00 200.00 1,200.00').map(([, label]) => label)).toEqual(['subtotal', 'tax', 'total']);
  });

  it('labels nothing when the row has other figures than the headings', () => {
    expect(labels('Total excl. VAT VAT 21% Total incl. VAT\n500,00 605,00').map(([, label]) => label)).not.toContain('tax');
  });
});
