/**
 * A table whose quantity column comes first: "Qty   Description   Unit price   Amount" over
 * "18   Silver necklaces   96.50   1,837.00". The row's opening figure, standing in its own column, is
 * the quantity, and times the price it must give the amount. Only under a header that opens with its
 * quantity heading ("Qty", "Cant. / Qty", "Menge"), with a price and an amount alone after the words.
 */
import type { LabelledAmount } from './entity-scan';
import type { Line } from './entity-text';
import { productUnlike, soleFactor } from './entity-line-rows';

/** A header's first cell naming the quantity, perhaps glossed: "Qty", "Cant. / Qty", "Menge". */
const QUANTITY_FIRST = /^[ \t|]*(?:qty|quantity|menge|anzahl|quantité|qté|cant\.?|cantidad|quantità|q\.tà|aantal|quantidade|qtd\.?)(?:[ \t]*\/[ \t]*\p{L}+\.?)?(?:[ \t]+|[ \t]*\|)(?=\S)/iu;
/** The row's opening figure in a column of its own (a flattened table keeps one blank after it). */
const LEADING_QUANTITY = /^[ \t|]*(?<qty>\d+(?:[.,]\d+)?)(?:[ \t]+|[ \t]*\|)(?=[ \t]*\p{L})/u;

/** Quantity × price when it is not the amount, for a row of a table whose header opens with its quantity. */
export function leadingQuantityProduct(header: string, line: Line, onLine: LabelledAmount[]): { computed?: number } {
  const [price, last] = onLine;
  if (onLine.length !== 2 || !price || !last || !QUANTITY_FIRST.test(header)) return {};
  const quantity = LEADING_QUANTITY.exec(line.text)?.groups?.qty;
  if (!quantity) return {};
  // Only a gap between the price and the amount: "96.50   1,837.00".
  if (line.text.slice(price.end - line.start, last.start - line.start).trim()) return {};
  const description = line.text.slice(0, price.start - line.start);
  return soleFactor(description) ? productUnlike(quantity, price.value, last.value) : {};
}
