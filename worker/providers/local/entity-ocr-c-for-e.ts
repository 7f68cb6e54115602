/**
 * A scan reads an e as a c ("Scadcnza", "Echéancc", "Facturc n°"): the bowl's stroke fades and the
 * letter loses its bar. Label words of five letters or more are learnt as the label patterns are
 * folded (`learnWords` in entity-ocr-swaps); a word of the text that is none of them, but becomes one
 * when some of its c's are read as e's, is read as that word. Only c for e, never the other way, and
 * only where one label word fits: an ordinary word ("dance", "since") is no label with an e put back.
 */
import { codeSumOf, MAX_MENDED_LENGTH, MIN_MENDED_LENGTH, wordKey } from './entity-ocr-word-key';

const C = 99;
const E = 101;

/** Each label word, keyed by its spelling with every e written as c; null where two label words share that spelling. */
const byCanonical = new Map<string, string | null>();
/** Length and sum of character codes (e counted as c) of every canonical spelling: rules out most words cheaply. */
const canonicalKeys = new Set<number>();

/** Learns one folded label word (see `learnWords`). */
export function learnCForE(word: string): void {
  if (word.length < MIN_MENDED_LENGTH || word.length > MAX_MENDED_LENGTH) return;
  const canonical = word.replace(/e/g, 'c');
  const previous = byCanonical.get(canonical);
  if (previous === word) return;
  byCanonical.set(canonical, previous === undefined ? word : null);
  canonicalKeys.add(wordKey(canonical.length, codeSumOf(canonical)));
}

/**
 * Rewrites `out[start..end)` (a folded word, not itself a known label word) in place as the label
 * word it is once some of its c's are read as e's; leaves it alone otherwise. Offsets never move.
 */
export function repairCForE(out: Uint16Array, start: number, end: number): void {
  const length = end - start;
  if (length < MIN_MENDED_LENGTH || length > MAX_MENDED_LENGTH) return;
  let sum = 0;
  let hasC = false;
  for (let k = start; k < end; k += 1) {
    const code = out[k] ?? 0;
    if (code === C) hasC = true;
    sum += code === E ? C : code;
  }
  if (!hasC || !canonicalKeys.has(wordKey(length, sum))) return;
  const word = String.fromCharCode(...out.subarray(start, end));
  const label = byCanonical.get(word.replace(/e/g, 'c'));
  if (!label || label === word) return;
  // Only c read for e: a label's c stays a c, and an e of the text must be an e of the label.
  for (let k = 0; k < length; k += 1) if (word[k] === 'e' && label[k] !== 'e') return;
  for (let k = 0; k < length; k += 1) if (word[k] === 'c' && label[k] === 'e') out[start + k] = E;
}
