/**
 * A deposit charged per unit on an item row: "Crates (returnable deposit)  40 x € 4,50  € 180,00",
 * "Keg deposit 3 @ 30.00  90.00". The word "deposit" there names what is charged, a returnable
 * container, not a payment already made: a quantity and a multiplication sign stand between it and
 * the figure, which is the row's unit price.
 */

/** The context before a figure ends with a quantity and its multiplication sign (perhaps a currency). */
const QUANTITY_TIMES = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)?[ \t]*(?:[x×@*])[ \t]*(?:\p{Sc}|[A-Z]{3})?[ \t]*$/u;

/** Whether a payment word before a figure is in fact an item's description, its quantity times the figure following. */
export function depositChargedPerUnit(label: string, context: string): boolean {
  return label === 'paid' && QUANTITY_TIMES.test(context);
}
