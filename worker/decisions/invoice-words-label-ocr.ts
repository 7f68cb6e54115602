/**
 * A scan's digits inside the words of an "in words" label: "Amount in w0rds :", "ln w0rds". Once the
 * corporation-tax fee of a scanned accountant's bill read as an item, its figures agreed, and the words
 * that contradict the total went unheard because their label held a zero. Digits standing between two
 * letters read as the letters OCR takes them for (0 o, 1 l, 5 s); figures elsewhere stay as they are.
 */
const DIGIT_IN_WORD = /(?<=\p{L})[015](?=\p{L})/gu;
const LETTER_OF: Record<string, string> = { '0': 'o', '1': 'l', '5': 's' };

/** `line` with digits between letters read as letters; the same length, so offsets hold. */
export function withOcrLetters(line: string): string {
  return line.replace(DIGIT_IN_WORD, (digit) => LETTER_OF[digit] ?? digit);
}
