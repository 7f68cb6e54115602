/**
 * A header row flattened to single blanks over a row of values with fewer dates than the row has date-like
 * headings: "INVOICE NO. INVOICE DATE CUSTOMER PO SALES ORDER SHIP DATE DUE DATE" over "0188274 04/16/2026
 * 7719 SO-55102 04/14/2026 05/16/2026". "Sales order" names an order's number, not its date: an order
 * heading with no date word in it heads no date. Without such headings the row's dates and the date
 * headings pair off in order again; only then are they read so.
 */

interface Column {
  label: string;
  start: number;
}

/** A date word in a heading (folded text): "date", "datum", "data", "fecha", "dato". */
const DATE_WORD = /(?<![\p{L}])(?:date|datum|data|fecha|dato)(?![\p{L}])/u;

/**
 * The label of the `position`-th of `count` dates on a row under `columns` (read from the folded `header`),
 * once the order headings that name no date are left out; undefined when the counts still differ.
 */
export function datedColumnLabel(header: string, columns: Column[], count: number, position: number): string | undefined {
  // One date alone is paired by `entity-date-last-heading`, which asks more of the row; two or more pair off here.
  if (count < 2 || !columns.some((column) => column.label === 'order')) return undefined;
  const dated = columns.filter((column, k) => {
    if (column.label !== 'order') return true;
    const end = columns[k + 1]?.start ?? header.length;
    return DATE_WORD.test(header.slice(column.start, end));
  });
  return dated.length === count && dated.length < columns.length ? dated[position]?.label : undefined;
}
