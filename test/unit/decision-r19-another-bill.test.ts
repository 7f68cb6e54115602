/**
 * A prose invoice's sentence about another bill, a sum or a payment is no charge of this one: "was"/"were"
 * price an item ("Parts were €60.00."), but "Your last invoice was €500.00" tells what another bill came to,
 * and a one-figure sentence after the items ("Last month the bill was €420.00.") is no stray charge.
 * Invented text; the near miss keeps a charge sentence counted.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const mail = (extra: string, total: string) =>
  [
    'From: Pat Keane <pat@keaneplumbing.ie>',
    'Subject: Invoice KP-2291',
    '',
    'Hi,',
    '',
    'Invoice KP-2291, dated 3 March 2026, due 17 March 2026, to Brightwater School Ltd.',
    "Labour was 3 hours at €80.00 an hour, that's €240.00. Parts were €60.00.",
    extra,
    `Total due €${total}.`,
    '',
    'Thanks,',
    'Pat Keane',
    'Keane Plumbing Ltd',
  ].join('\n');

describe('a sentence about another bill is no item', () => {
  it.each([
    'Your last invoice was €500.00 and has been paid, thanks.',
    'Last month the bill was €420.00 for the boiler service.',
    'The deposit was €100.00, already received with thanks.',
  ])('"%s" beside items that make the total: no contradiction', (extra) => {
    expect(decideInvoice(mail(extra, '300.00')).reasons.join(' ')).not.toMatch(/line items add up/);
  });

  it('the items still count: a total they do not make fails', () => {
    expect(decideInvoice(mail('Last month the bill was €420.00 for the boiler service.', '310.00')).reasons.join(' ')).toMatch(/line items add up to 300\.00, not the total 310\.00/);
  });

  it('near miss: a charge sentence after the items is still an item ("..., the call-out fee, €40.00 as agreed")', () => {
    expect(decideInvoice(mail('On top of that comes the call-out fee, €40.00 as agreed on the phone.', '340.00')).reasons.join(' ')).not.toMatch(/line items add up/);
    expect(decideInvoice(mail('On top of that comes the call-out fee, €40.00 as agreed on the phone.', '300.00')).reasons.join(' ')).toMatch(/line items add up to 340\.00/);
  });
});
