/**
 * A deposit charged per unit on an item row: "Crates (returnable deposit)  40 x € 4,50  € 180,00",
 * "Keg deposit 3 @ 30.00  90.00". The word "deposit" there names what is charged, a returnable
 * container, not a payment already made: a quantity and a multiplication sign stand between it and
 * the figure, which is the row's unit price. So in a table whose quantity has its own cell: "Kaucja za
 * skrzynki / crate deposit | 12 | 20,00 | np. | 240,00" (a returnable crate's deposit, 12 crates at 20,00).
 */

/** The context before a figure ends with a quantity and its multiplication sign (perhaps a currency). */
const QUANTITY_TIMES = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)?[ \t]*(?:[x×@*])[ \t]*(?:\p{Sc}|[A-Z]{3})?[ \t]*$/u;

/**
 * The context before a figure ends with a table cell holding a quantity alone ("| 12 | "): the cells' bars
 * set it apart from a date or a reference ("| 15.03.2026 | " is none).
 */
const QUANTITY_CELL = /\|[ \t]*\d+(?:[.,]\d+)?[ \t]*\|[ \t]*(?:\p{Sc}|[A-Z]{3})?[ \t]*$/u;

/** Whether a payment word before a figure is in fact an item's description, its quantity times the figure following. */
export function depositChargedPerUnit(label: string, context: string): boolean {
  return label === 'paid' && (QUANTITY_TIMES.test(context) || QUANTITY_CELL.test(context));
}
