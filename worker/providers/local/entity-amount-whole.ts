/**
 * Whole figures grouped by dots or commas standing without a currency ("| 60 | 420.000 | 25.200.000 |",
 * "Khay   1.150.000"), read as money only on an invoice in a currency with no minor unit in use
 * (rupiah, dong, won, Chilean peso, yen) that writes no decimals on any of its amounts: there a
 * bare "420.000" is four hundred and twenty thousand, a price or a row's amount, as its total is
 * ("Rp 56.471.250"). Elsewhere a figure without a currency needs two decimals (see `BARE_AMOUNT`).
 *
 * Not a date, a tax number or an account: every group after the first has exactly three digits, all
 * with the same separator, and the figure neither starts with a 0 nor runs on into a dash, a slash or
 * another group ("01.234.567.8-541.000", "76.481.229-3", "0372.118.455" stay what they are).
 */
import type { FoundAmount } from './entity-amounts';
import { CODE_PATTERN, WHOLE_CURRENCY_CODES } from './entity-currency-table';
import { overlapsAny, type Span } from './entity-text';

const WHOLE_GROUPED = /(?<![\p{L}\d.,'’/\-−])(?<number>[1-9]\d{0,2}(?<sep>[.,])\d{3}(?:\k<sep>\d{3})*)(?![\p{L}\d]|[.,'’/\-−]\d|[ \u00A0]?%)/gu;

/** Any code the amount readers know, standing as a word. */
const ANY_CODE = new RegExp(`(?<![A-Za-z])(?:${CODE_PATTERN})(?![A-Za-z])`, 'g');

/**
 * Whether the amounts read so far are in one currency of no minor unit, and none writes decimals. When no
 * amount names its currency ("Unit (RWF)   350,000" heads the column, "T0TAL RWF   8,695,420"), the codes the
 * document writes decide: all of them that one currency of no minor unit.
 */
function wholeCurrency(text: string, found: FoundAmount[]): boolean {
  const currencies = new Set(found.flatMap((amount) => (amount.currency && !amount.bareDollar ? [amount.currency] : [])));
  if (currencies.size === 0 && !found.some((amount) => amount.bareDollar)) for (const code of text.match(ANY_CODE) ?? []) currencies.add(code);
  if (currencies.size !== 1 || !WHOLE_CURRENCY_CODES.has([...currencies][0] ?? '')) return false;
  return !found.some((amount) => /\d[.,]\d{1,2}(?!\d)/u.test(amount.text));
}

/** The bare whole figures of such an invoice, not overlapping `taken` (amounts read already, dates, numbers). */
export function wholeAmounts(text: string, found: FoundAmount[], taken: Span[]): FoundAmount[] {
  if (!wholeCurrency(text, found)) return [];
  const out: FoundAmount[] = [];
  for (const match of text.matchAll(WHOLE_GROUPED)) {
    const raw = match.groups?.number ?? '';
    const start = match.index;
    const span = { start, end: start + raw.length };
    if (overlapsAny(span, taken) || overlapsAny(span, found)) continue;
    out.push({ ...span, text: raw, value: Number(raw.replace(/[.,]/gu, '')), currency: null });
  }
  return out;
}
