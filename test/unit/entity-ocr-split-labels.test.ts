/**
 * The split-label join (entity-ocr-swaps) reads labels by hand where one may open, instead of one
 * global pattern tried at every offset. These pin the edges that pattern had: where a label opens,
 * what closes it, and how long it may be.
 */
import '../../worker/tasks/registry';
import { foldText } from '../../worker/providers/local/entity-ocr';

describe('split labels joined only where a label opens and is closed', () => {
  it('joins a label opening its line and closed by a colon, a dot leader or a gap before a figure', () => {
    expect(foldText('Invoice Num ber: 12')).toBe('lnvolce number : 12');
    expect(foldText('T otal due ...... 40.00')).toBe('total  due ...... 40.00');
    expect(foldText('Da te   3 March')).toBe('date    3 march');
  });

  it('joins a label after a column gap that follows a word', () => {
    expect(foldText('Due: 1 May  Da te: 2 May')).toBe('due: 1 may  date : 2 may');
  });

  it('near miss: after a single blank in mid-line no label opens', () => {
    expect(foldText('Note: x Da te: 2 May')).toBe('note: x da te: 2 may');
  });

  it('near miss: a gap with no figure after it on its line closes no label', () => {
    expect(foldText('Da te   March')).toBe('da te   march');
  });

  it('near miss: a label longer than forty characters is not one', () => {
    const long = `${'x'.repeat(40)} Da te: 2`;
    expect(foldText(long)).toBe(`${'x'.repeat(40)} da te: 2`);
  });

  it('after a line break of any kind (\\r, \\u2028) a label opens', () => {
    expect(foldText('x\rDa te: 2')).toBe('x\rdate : 2');
    expect(foldText('x\u2028Da te: 2')).toBe('x\u2028date : 2');
  });
});
