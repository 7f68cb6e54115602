/**
 * What the two OCR word repairs (entity-ocr-swaps: two letters swapped; entity-ocr-c-for-e: an e read as a c)
 * share: the lengths of the words they mend, and the cheap key they file label words under. A word's length
 * and the sum of its character codes survive both faults (the c-for-e repair sums an e as a c), so a set of
 * keys rules out most words of a text before any string is built.
 */

/** Only words of five letters or more are mended, so that ordinary short words stay as they are. */
export const MIN_MENDED_LENGTH = 5;
export const MAX_MENDED_LENGTH = 24;

/** The key of a word of `length` characters whose codes add up to `codeSum`. */
export function wordKey(length: number, codeSum: number): number {
  return codeSum * 32 + length;
}

/** The sum of `word`'s character codes. */
export function codeSumOf(word: string): number {
  let sum = 0;
  for (let i = 0; i < word.length; i += 1) sum += word.charCodeAt(i);
  return sum;
}
