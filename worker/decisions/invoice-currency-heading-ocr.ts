/**
 * A scan's money word with digits for letters before a currency code: "T0TAL CAD", "5ub-tota1 EUR". The
 * digits inside a word are read as the letters they stand for (0 o, 1 l, 5 s, 7 t), the way the labels are
 * read elsewhere (see entity-ocr), before the heading's money word is looked for.
 */
const LETTER_FOR: Record<string, string> = { '0': 'o', '1': 'l', '5': 's', '7': 't' };
/** A digit touching a letter: part of a damaged word, not a figure. */
const DIGIT_IN_WORD = /(?<=\p{L})[0157]|[0157](?=\p{L})/gu;

/** `before` with the digits of its damaged words read as letters; unchanged when it has none. */
export function withWordDigitsAsLetters(before: string): string {
  return /\d/u.test(before) ? before.replace(DIGIT_IN_WORD, (digit) => LETTER_FOR[digit] ?? digit) : before;
}
