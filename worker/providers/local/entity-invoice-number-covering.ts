/**
 * A column heading's value in a header flattened to single blanks, where the columns drift: the value under
 * "Invoice No." no longer starts in the heading's column but still runs through it.
 *
 *   21 Pandan Loop, #04-12 Invoice No. Job No. Due Date
 *   Singapore 128249 SMF/26/10/0877 SMF-J-55120 18 NOV 2026
 *
 *   88 Industrial Pkwy N Invoice No. Maple & Birch Outfitters Inc.
 *   Aurora, ON L4G 4C3 74410 501 King St W, 3rd Floor
 *
 * The token of the line below that covers the heading's first column is read, when it holds a digit and
 * at least four characters (a postcode's half, "4C3", is shorter).
 */

/** Where the token covering `column` of `line` starts, or -1 when a blank stands there or the token is too short. */
export function tokenCovering(line: string, column: number): number {
  if (column >= line.length || /\s/u.test(line[column] ?? ' ')) return -1;
  let start = column;
  while (start > 0 && !/\s/u.test(line[start - 1] ?? ' ')) start -= 1;
  let end = column;
  while (end < line.length && !/\s/u.test(line[end] ?? ' ')) end += 1;
  const token = line.slice(start, end);
  return token.length >= 4 && /\d/u.test(token) ? start : -1;
}
