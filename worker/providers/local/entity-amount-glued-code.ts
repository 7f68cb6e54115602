/**
 * A currency code glued to a whole number with no blank, as account and customer codes are written
 * ("Account: PEN001", "Cust. GBP12", "Ref EUR2026"): a code, not money. A glued code before a figure
 * with decimals or grouping is still an amount ("USD1,200.00", "EUR99.50"); so is "USD 100".
 */
const CODE_LETTERS = /^[A-Z]{3}$/u;
const WHOLE_DIGITS = /^\d+$/u;
/** What may follow the figure of a code: more letters or digits of it ("PEN001A", "GBP12-7"). */
const CODE_GOES_ON = /^[\p{L}\d_-]/u;
const HYPHENED_CODE = /^\p{Lu}{2,3}-\d+$/u;

/**
 * Whether a currency-first match (its groups `currency` and `number`) is the head of such a code:
 * the three letters right before the digits, and the figure whole or going on as a code.
 */
export function isGluedCode(match: RegExpMatchArray, text: string): boolean {
  const groups = match.groups ?? {};
  const currency = groups.currency ?? '';
  const number = groups.number ?? '';
  // "TL-50", "EUR-2026": letters, a hyphen and a whole number, with no blank, are an article or reference code.
  if (HYPHENED_CODE.test(match[0].trim()) && WHOLE_DIGITS.test(number)) return true;
  if (!CODE_LETTERS.test(currency) || groups.sign || groups.sign2 || groups.code) return false;
  const start = match.index ?? 0;
  const codeAt = match[0].indexOf(currency);
  // Glued: the figure starts right after the letters.
  if (match[0].slice(codeAt + 3, codeAt + 4) !== number.slice(0, 1) || !/\d/u.test(number.slice(0, 1))) return false;
  if (WHOLE_DIGITS.test(number)) return true;
  return CODE_GOES_ON.test(text.slice(start + match[0].length, start + match[0].length + 1));
}
