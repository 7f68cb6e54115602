/**
 * Labels a scan split across two lines, as a careful reader joins them again:
 *
 *   INV                 DA              PAYMENT DUE
 *   OICE NO: FO-26-1   TE: 17/03/2026   BY: 16/04/2026
 *
 * A word cut in two ("INV" over "OICE") is glued by moving the line break before the first piece
 * ("\nINVOICE NO: ..."); a label cut between words ("PAYMENT DUE" over "BY:") gets a blank for its
 * line break. Both keep the text's length and every value's offset, so evidence still cites the input.
 */

/** Words a label is made of, whole: a piece glued to the next line's first letters must make one. */
const LABEL_WORDS = new Set(['invoice', 'date', 'number', 'customer', 'client', 'total', 'due', 'payment', 'rechnung', 'datum', 'facture', 'fattura', 'factura', 'amount', 'issued']);
/** The first piece: a label's line (perhaps glossed, "Fälligkeitsdatum / PAYMENT DUE"), no figure, no colon. */
const PIECE = /^[ \t]*\p{L}[\p{L}'’ ()/.-]{0,47}$/u;
/** The next line opens with letters, perhaps more words, then a colon and a value. */
const REST = /^(\p{L}{1,10})(?:[ \t]+\p{L}{1,10}\.?)?[ \t]*:[ \t]*\S/u;
/** A label a word on the next line finishes: "PAYMENT DUE" over "BY:", "INVOICE" over "NO:" (perhaps glossed). */
const NEEDS_FINISHING = /(?<!\p{L})(?:due|payment|invoice|issue)(?!\p{L})/iu;
const FINISHING_WORD = /^(?:by|on|date|no|nr|number)$/iu;
/** A line joined to the next one, dropped with its break. */
const JOINED = '\u0000';

/** The text with labels split over two lines joined, the same length as the input. */
export function withJoinedLabels(text: string): string {
  // Cheap guard: a short line right before a line with a colon.
  if (!/(?:^|\n)[ \t]*\p{L}[^\n\d:]{0,47}\n[^\n:]{1,24}:/u.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const piece = PIECE.exec(line);
    const rest = piece ? REST.exec(lines[i + 1] ?? '') : null;
    if (!piece || !rest) continue;
    const last = /\p{L}+(?=[ \t]*$)/u.exec(line)?.[0] ?? '';
    const next = rest[1] ?? '';
    const cut = line.trimEnd().length - last.length;
    if (last && LABEL_WORDS.has(`${last}${next}`.toLowerCase()) && !LABEL_WORDS.has(last.toLowerCase()) && !LABEL_WORDS.has(next.toLowerCase())) {
      // "INV" over "OICE NO:" → "" over "INVOICE NO:": the break moves before the piece (blanks after it stay behind).
      lines[i] = line.slice(0, cut).padEnd(line.length - last.length, ' ');
      lines[i + 1] = `${last}${lines[i + 1] ?? ''}`;
    } else if (NEEDS_FINISHING.test(line) && FINISHING_WORD.test(next)) {
      // "PAYMENT DUE" over "BY:" → "PAYMENT DUE BY:": the break becomes a blank.
      lines[i + 1] = `${line} ${lines[i + 1] ?? ''}`;
      lines[i] = JOINED;
    }
  }
  return lines.filter((line) => line !== JOINED).join('\n');
}
