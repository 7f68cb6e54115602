/**
 * A letter or a mail names its bill mid-sentence, the number then the date it bears: "Here is our
 * bill no. MB26-0388 of 16-06-2026", "(bill no. TS-26-0297 of 23.06.2026)", "this invoice no. 77 dated
 * 2 May". That date is the bill's own, its issue date, although an earlier date in the same sentence
 * (the work's or a visit's) comes first. `ISSUE_AFTER_NUMBER` reads the same shape opening a line;
 * mid-sentence a number word must follow the bill word and the bill must be the writer's own ("our",
 * "my", "this", or opening a bracket): "credit note cancelling invoice no. 61 of 28 February" or
 * "your order no. 4411 of 15 June" is another document's date.
 */

export const ISSUE_AFTER_OWN_BILL_NUMBER = [
  '(?<=(?:[(][ \\t]*|(?<![\\p{L}])(?:our|my|this)[ \\t]+))(?:invoice|bill)[ \\t]+(?:no\\.?|nr\\.?|n[°º]|number|#)[ \\t]*[\\p{L}\\d/.-]*\\d[\\p{L}\\d/.-]*[ \\t]+(?:of|dated)',
];
