/**
 * A unit price printed to three decimals beside a currency ("18 at £9.875 = £177.75", "1200 x $0.485 =
 * $582.00", "7,5 h à 0,875 €"): fuel, cable by the metre, seaweed by the kilo are priced to a tenth of a
 * cent. The amount reader takes a lone group of three digits after the separator for thousands (9.875 as
 * 9875, right for "EUR 9.875" of a whole sum), so such a row's quantity × price came out a thousand times
 * its amount and read as a contradiction. Where the figure can be either, the row's arithmetic is tried
 * with both readings: a row that multiplies out under one of them contradicts nothing.
 */
import type { LabelledAmount } from './entity-scan';

/** One group of one to three digits, one separator, three digits: "9.875", "0,485", "14.480" (not "1.234.567" nor "1,234.50"). */
const ONE_GROUP_OF_THREE = /(?<![\d.,'’])(\d{1,3})[.,](\d{3})(?![\d.,])/u;

/** A figure's text read as decimals when it is one group of three after a separator ("0,485" is 0.485); else undefined. */
export function decimalsOfLoneGroup(text: string): number | undefined {
  const match = ONE_GROUP_OF_THREE.exec(text);
  return match ? Number(`${match[1]}.${match[2]}`) : undefined;
}

/** The price read as a decimal figure when its text may also be thousands; else undefined. */
export function decimalReading(price: LabelledAmount): number | undefined {
  const match = ONE_GROUP_OF_THREE.exec(price.text);
  if (!match || !Number.isInteger(price.value) || price.value !== Number(`${match[1]}${match[2]}`)) return undefined;
  return decimalsOfLoneGroup(price.text);
}

/**
 * `read`'s verdict on a row whose price is the figure before its last one, tried again with the price read
 * as decimals when it disagrees: agreement under either reading is agreement.
 */
export function withDecimalPrice(onLine: LabelledAmount[], read: (amounts: LabelledAmount[]) => { computed?: number }): { computed?: number } {
  const first = read(onLine);
  const at = onLine.length - 2;
  const price = onLine[at];
  if (first.computed === undefined || !price) return first;
  const decimal = decimalReading(price);
  if (decimal === undefined) return first;
  const again = read(onLine.map((amount, index) => (index === at ? { ...amount, value: decimal } : amount)));
  if (again.computed === undefined) return {};
  // Neither agrees: the reading nearer the stated amount is the one to report ("640 @ £0.797" is 510.08, not 510,080.00).
  const stated = onLine[onLine.length - 1]?.value ?? 0;
  return Math.abs(again.computed - stated) < Math.abs(first.computed - stated) ? again : first;
}
