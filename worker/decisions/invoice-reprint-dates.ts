/**
 * A copy's stamp dates the copy, not the invoice: "*** COPY – printed on 21/07/2026 at customer's request ***",
 * "Reprinted 03.08.2026", "DUPLICATE printed 12 Aug 2026", "Kopie – gedruckt am 21.07.2026", "Duplicata imprimé le".
 * Such a date is no stand-in for an unlabelled issue date. A print date with no word of a copy on its line
 * ("Printed on 12/03/2026" at the foot of a system's invoice) is left to count: the system printed the original.
 */

/** "Reprinted" or "nachgedruckt" name a copy by themselves; perhaps "on"/"am"/"le" and a colon before the date. */
const REPRINTED_BEFORE = /(?<![\p{L}])(?:re-?printed|nachgedruckt|réimprimé|ristampat[oa]|reimpres[oa])(?:[ \t]+(?:on|am|le|il|el|em|op))?[ \t:]*$/iu;
/** A print right before the date: "printed on", "gedruckt am", "imprimé le" (not "issued", which may date the invoice itself). */
const PRINTED_BEFORE = /(?<![\p{L}])(?:printed|gedruckt|imprimée?|stampat[oa]|impres[oa]|afgedrukt)(?:[ \t]+(?:on|am|le|il|el|em|op))?[ \t:]*$/iu;
/** A word naming the document a copy, on the date's line. */
const COPY_WORD = /(?<![\p{L}])(?:copy|duplicate|reprint|kopie|duplikat|zweitschrift|copie|duplicata|copia|duplicado|duplicaat|kopia)(?![\p{L}])/iu;

/** Whether the date at `start` in `text` is when a copy of the invoice was printed. */
export function isReprintDate(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 48), start);
  if (REPRINTED_BEFORE.test(before)) return true;
  if (!PRINTED_BEFORE.test(before)) return false;
  const lineEnd = text.indexOf('\n', start);
  return COPY_WORD.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}
