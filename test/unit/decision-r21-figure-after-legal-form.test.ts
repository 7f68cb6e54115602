/**
 * A figure after a legal form's full stop is no part of the name: it opens the next sentence or a
 * neighbouring column. Invented texts; near misses keep figures before the legal form, a form
 * without a full stop, and a figure inside the name.
 */
import { leadingName } from '../../worker/providers/local/entity-party-names';
import { withoutFigureAfterLegalDot } from '../../worker/providers/local/entity-party-figure-after-form';

describe('a figure after a legal form\'s full stop', () => {
  it.each([
    ['Halden Print Ltd. 2% per month on overdue accounts', 'Halden Print Ltd.'],
    ['Orrin & Blake Co. 30 days net', 'Orrin & Blake Co.'],
    ['Steinwald Möbelbau GmbH. 2% p.a. bei Verzug', 'Steinwald Möbelbau GmbH.'],
  ])('cuts %s', (raw, expected) => {
    expect(leadingName(raw)).toBe(expected);
  });

  it.each([
    // The name's own figures come before its legal form.
    ['3M Canada Co.', '3M Canada Co.'],
    ['Studio 54 Ltd.', 'Studio 54 Ltd.'],
    // No full stop after the form: the helper leaves the name as it is.
    ['Halden Print Ltd 2%', 'Halden Print Ltd 2%'],
    // A figure in the middle of the name, no legal form before it.
    ['Pier 39 Traders', 'Pier 39 Traders'],
  ])('keeps %s', (raw, expected) => {
    expect(withoutFigureAfterLegalDot(raw)).toBe(expected);
  });
});
