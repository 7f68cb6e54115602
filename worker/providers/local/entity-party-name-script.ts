/**
 * A name given in two scripts, "ΕΛΑΙΟΥΡΓΕΙΟ ΝΕΣΤΟΥ Α.Ε. / Nestos Olive Mill S.A.", "ООО Север / Sever LLC":
 * the half in Latin letters is the one cited, as an invoice read in a Latin-script language names the firm.
 * Both halves must be a name's length; a name in one script only is left as it is.
 */
const SLASHED = /^(?<first>[^/\n]{3,80}?)[ \t]+\/[ \t]+(?<second>[^/\n]{3,80})$/u;
const LATIN = /\p{Script=Latin}/u;
/** A letter of another script than Latin (Greek, Cyrillic, Han, Kana, Arabic, Hebrew ...). */
const OTHER_SCRIPT = /(?=\p{L})\P{Script=Latin}/u;

function latinOnly(half: string): boolean {
  return LATIN.test(half) && !OTHER_SCRIPT.test(half);
}

/** The Latin-script half of a name written in two scripts, or undefined. */
export function latinHalf(name: string): string | undefined {
  if (!name.includes('/')) return undefined;
  const match = SLASHED.exec(name);
  const first = match?.groups?.first?.trim() ?? '';
  const second = match?.groups?.second?.trim() ?? '';
  if (!match) return undefined;
  if (latinOnly(second) && OTHER_SCRIPT.test(first) && !LATIN.test(first.replace(/\b[A-Z]\.?/gu, ''))) return second;
  if (latinOnly(first) && OTHER_SCRIPT.test(second) && !LATIN.test(second.replace(/\b[A-Z]\.?/gu, ''))) return first;
  return undefined;
}
