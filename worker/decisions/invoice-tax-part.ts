/**
 * A tax charged on one kind of row only, named in words and not by a figure: "GST 9% on fee" beside
 * a reimbursable outside it, "VAT 20% on services", "MwSt. 19 % auf Honorar". Its base is some of the
 * rows, not all of them; the tax agrees when some rows, taxed at the rate, give it.
 */

/** The rate, then "on"/"auf"/"sur"... and a word, with no figure after: the base is named, not stated. */
const ON_PART = /%[ \t]*\(?[ \t]*(?:on|of|sur|auf|su|sobre|over|op)[ \t]+(?:the[ \t]+|den[ \t]+|das[ \t]+|les?[ \t]+|la[ \t]+)?\p{L}{3}/iu;
/** Mixed-rate invoices have few rows; beyond this many the subsets are not tried. */
const MAX_ROWS = 12;

/** Whether the tax line names its base in words only ("GST 9% on fee   SGD 1,701.00": no figure between the rate's word and the tax). */
export function namesPartBase(evidence: string): boolean {
  const match = ON_PART.exec(evidence);
  if (!match) return false;
  const after = evidence.slice(match.index + match[0].length);
  // Only the tax itself may follow: one figure.
  return (after.match(/\d[\d.,'’ ]*\d|\d/gu) ?? []).length <= 1;
}

/** Whether some of the rows (not all), taxed at `rate`, give `tax`, within a cent per row. */
export function someRowsGive(amounts: number[], rate: number, tax: number): boolean {
  if (amounts.length < 2 || amounts.length > MAX_ROWS) return false;
  const all = (1 << amounts.length) - 1;
  for (let mask = 1; mask < all; mask += 1) {
    const chosen = amounts.filter((_, i) => mask & (1 << i));
    const base = chosen.reduce((total, amount) => total + amount, 0);
    if (Math.abs((base * rate) / 100 - tax) <= 0.01 * chosen.length + 1e-9) return true;
  }
  return false;
}
