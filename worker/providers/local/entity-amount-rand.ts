/**
 * South African invoices write the rand as a bare capital R before the figure, grouped with blanks:
 * "R 21 850,00", "R1 850,00", "R 4 200.00". Without it "R 21 850,00" read as 850 (the blank-grouped
 * figure trusted only next to a currency), and a scanned attorney's bill failed on its own sums.
 *
 * An R is the rand only standing apart from any word or figure before it, at most one blank before a
 * figure with cents ("Room R 12" or "R2 form" are no money), and never before "$" ("R$" is the real);
 * and only in a document that names the rand ("ZAR", "rand"), since a lone R is ambiguous otherwise. A line's
 * one currency (`currencyOnLine`) still hears the bare R as the rand: it names a currency, it reads no figure.
 */
export const RAND_SYMBOL = '(?<![A-Za-z0-9])R(?=[ \\u00A0]?\\d{1,3}(?:[ \\u00A0,.]\\d{3})*[.,]\\d{2}(?!\\d))';
export const RAND_CODE = 'ZAR';

const NAMES_RAND = /(?<![A-Za-z])(?:ZAR|[Rr]ands?)(?![A-Za-z])/u;

/** Whether the document names the rand, so that a bare R before its figures is read as one. */
export function namesRand(text: string): boolean {
  return NAMES_RAND.test(text);
}

/** A currency read as the bare R. */
export function isBareRand(raw: string | undefined): boolean {
  return raw !== undefined && raw.trim() === 'R';
}
