/**
 * A bilingual invoice printed in two language columns side by side repeats each summary figure on
 * its line: "BTW 21%: € 2.763,18          VAT 21%: € 2.763,18". The second is the first in the
 * other language, not a second tax or subtotal, so it must not be added again.
 */
import type { Figure } from './invoice-sums';

/** Two columns make a layout: at least this many lines repeat their figure so (the total and the tax, say). */
const MIN_TWIN_LINES = 2;

/** Whether `figure` repeats `previous` on the same line: same label, same value, words only between them. */
function repeats(text: string, previous: Figure | undefined, figure: Figure): boolean {
  if (!previous || previous.label !== figure.label || previous.value !== figure.value) return false;
  const between = text.slice(previous.start, figure.start);
  return !between.includes('\n') && /\s/u.test(between);
}

/**
 * The figures less each one that repeats the figure before it on its line, where the document does
 * so on two lines or more. One line alone is kept whole: "GST 5%: 50.00   PST 5%: 50.00" are two
 * taxes of the same amount, not one in two languages; so are figures on different lines.
 */
export function withoutTwinColumns(text: string, figures: Figure[]): Figure[] {
  const twins = new Set(figures.filter((figure, i) => repeats(text, figures[i - 1], figure)));
  if (twins.size < MIN_TWIN_LINES) return figures;
  return figures.filter((figure) => !twins.has(figure));
}
