/**
 * Table rows flattened into running text, several to a line and split anywhere ("24 GH-10 Hose 18.75
 * 450.00 60 ST-08\nT-post 6 ft 4.35 261.00 12 WB-6 Barrow 62.40 748.80"): the item readers, which take
 * one amount per line, then miss rows or take a price for an amount. Each row still shows its price and
 * its amount side by side, and the amount is the price times the row's quantity, written earlier in
 * the row. Read so, the row amounts are the items; a repair (invoice-sum-repairs) uses them only when
 * they make the sums agree exactly, so a true error in the invoice survives.
 */
import { parseNumber } from '../providers/local/entity-amounts';
import type { FoundLineItem } from '../providers/local/entity-scan';
import { lineAt } from '../providers/local/entity-text';

/**
 * A figure: a quantity ("24", "2.5", "1240") or money ("1,640.00", "1.870,80", "0,42"), grouped by blanks
 * only after a currency sign ("R 18 500,00"; "2 100.00" alone is a quantity and a price).
 */
const FIGURE = /(?<=[€£$R][ \u00A0]?)\d{1,3}(?:[ \u00A0]\d{3})+[.,]\d{2}(?!\d)|(?<![\p{L}\d.,/-])\d{1,3}(?:[.,'’]\d{3})+(?:[.,]\d{1,2})?(?![\p{L}\d]|[.,]\d)|(?<![\p{L}\d.,/-])\d+(?:[.,]\d{1,2})?(?![\p{L}\d]|[.,]\d)/gu;
/** Money has two decimals. */
const MONEY = /[.,]\d{2}$/u;
/** Only blanks, a line break and a currency sign or code between a price and its amount. */
const PAIR_GAP = /^[ \t]*\n?[ \t]*(?:[€£$¥R]|[A-Z]{3})?[ \t]*$/u;
/** At least this many rows, so that one coincidence makes no table. */
const MIN_ROWS = 2;

interface Token {
  start: number;
  end: number;
  value: number;
  money: boolean;
}

/**
 * The rows' amounts above `end` (the subtotal or the total): each money figure that is the money figure
 * straight before it times a quantity written since the previous row's amount (on its line or the line before).
 */
export function flatProductItems(text: string, end: number): FoundLineItem[] {
  const tokens: Token[] = [...text.slice(0, end).matchAll(FIGURE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    value: parseNumber(match[0]),
    money: MONEY.test(match[0]),
  }));
  const items: FoundLineItem[] = [];
  let since = 0;
  for (let i = 1; i < tokens.length; i += 1) {
    const price = tokens[i - 1];
    const amount = tokens[i];
    if (!price || !amount || !price.money || !amount.money || price.value <= 0) continue;
    if (!PAIR_GAP.test(text.slice(price.end, amount.start))) continue;
    const reach = Math.max(since, lineAt(text, Math.max(0, lineAt(text, price.start).start - 1)).start);
    const quantity = tokens.slice(0, i - 1).some((token) => token.start >= reach && token.value > 0 && Math.abs(token.value * price.value - amount.value) <= 0.01 + 1e-9);
    if (!quantity) continue;
    const line = lineAt(text, amount.start);
    items.push({ start: amount.start, end: amount.end, amount: amount.value, text: text.slice(line.start, line.end) });
    since = amount.end;
    i += 1;
  }
  return items.length >= MIN_ROWS ? items : [];
}
