/**
 * A figure after a legal form's full stop opens the next sentence or a neighbouring column, not the
 * rest of the name: "Cheques payable to Halden Print Ltd. 2% per month on overdue accounts",
 * "Orrin & Blake Co. 30 days net". A name's own figures come before its legal form ("3M Canada Co.").
 * Why: `leadingName` stops at the first lower-case word, which left such a figure glued to the name.
 */

/** A legal form's full stop, then one token opening with a figure, closing the name read so far. */
const FIGURE_AFTER_LEGAL_DOT = /(?<=(?<![\p{L}])(?:co|inc|ltd|corp|llc|plc|pty|gmbh|ag|bv|b\.v|nv|n\.v|s\.a|s\.r\.l|s\.p\.a|sarl|sas|ab|as|a\/s|aps|oy)\.)[ \t]+\d\S*$/iu;

export function withoutFigureAfterLegalDot(name: string): string {
  const figure = FIGURE_AFTER_LEGAL_DOT.exec(name);
  return figure ? name.slice(0, figure.index) : name;
}
