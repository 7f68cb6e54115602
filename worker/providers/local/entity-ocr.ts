/**
 * Labels that still match after OCR or careless typing: "lnvoice Nurnber", "T0TAL", "Da7e",
 * "Bi11 to", "Duedate", "T O T A L", "Faellig" or "Fallig" for "Fällig".
 *
 * Both sides are folded to one spelling: the text by `foldText`, which keeps every character at its
 * offset (so a match in the folded text is a span of the original), and a label's regex source by
 * `foldPattern`. Matching then stays plain regex matching, as fast as without tolerance.
 *
 * Ordinary words must not turn into labels, hence:
 * - digits read as letters only in words of four characters or more that open with a letter or hold
 *   more letters than digits ("T0TAL", "Bi11", "1nvoice"; never "70" for "to", "8111" for "bill",
 *   "15th" or "2O25"), and a zero after a letter in shorter words ("T0", "N0");
 * - letters spaced out are joined only when at least three single letters stand one blank apart;
 * - the only letters taken for one another are i, l and I (and "rn" for "m", and in labels of five
 *   letters or more n for u and q for g): "form" never reads as "from";
 * - two neighbouring letters swapped in a label word of five letters or more ("Invocie", "Totla")
 *   read as the label word (see `entity-ocr-swaps`).
 */
import { joinSplitLabels, learnWords, repairSwap } from './entity-ocr-swaps';
import { repairCForE } from './entity-ocr-c-for-e';
import { BAR_CODE, barIsLetterI } from './entity-ocr-bar-i';

/** Digits OCR puts in place of letters, inside words. */
const DIGIT_AS_LETTER: Record<string, string> = { '0': 'o', '1': 'l', '5': 's', '7': 't', '8': 'b' };
const DIAGNOSTIC_MIN_LENGTH = 4;
const DIACRITICS = /\p{Mn}/gu;
/** "T O T A L": three or more single letters, one blank apart. */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?: \p{L}){2,}(?![\p{L}\p{N}])/gu;
const SPACED_HINT = /(?<![\p{L}\p{N}])\p{L} \p{L} \p{L}(?![\p{L}\p{N}])/u;
const LETTER = /\p{L}/u;

/** One letter's folded form: lower case, no accent, i for l. Always one character, so offsets hold. */
function foldLetter(char: string): string {
  const lower = char.toLowerCase();
  if (lower.length !== 1) return char;
  const bare = lower.normalize('NFD').replace(DIACRITICS, '');
  const single = bare.length === 1 ? bare : lower;
  return single === 'i' ? 'l' : single;
}

interface CharFold {
  letter: boolean;
  word: boolean;
  fold: number;
}

/**
 * Each character's folded form and whether it is part of a word, worked out once per character code
 * (a UTF-16 unit, so below 65536) and kept in an array indexed by the code: a Map's lookup, made
 * several times for every character of every document, cost more than the folding itself.
 */
const charFolds: (CharFold | undefined)[] = new Array<CharFold | undefined>(65536).fill(undefined);
function charFold(code: number): CharFold {
  let info = charFolds[code];
  if (!info) {
    const char = String.fromCharCode(code);
    const letter = LETTER.test(char);
    info = { letter, word: letter || /\p{N}/u.test(char), fold: letter ? foldLetter(char).charCodeAt(0) : code };
    charFolds[code] = info;
  }
  return info;
}
const DIGIT_CODES = new Map(Object.entries(DIGIT_AS_LETTER).map(([digit, letter]) => [digit.charCodeAt(0), letter.charCodeAt(0)]));
const UTF16 = new TextDecoder('utf-16le');
const SHORT = 256;

/** A word that opens with a letter, or holds more letters than digits, is a damaged word, not a figure. */
function readsAsWord(text: string, start: number, end: number): boolean {
  if (charFold(text.charCodeAt(start)).letter) return true;
  let letters = 0;
  for (let k = start; k < end; k += 1) letters += charFold(text.charCodeAt(k)).letter ? 1 : -1;
  return letters > 0;
}

/**
 * "Bill T0:", "Invoice N0.": in a word of two or three characters only an O read as a zero is
 * folded, and only after a letter with no other digit ("T0", "N0"; never "70", "A1", "20", "B12").
 */
function shortWordWithZero(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !charFold(text.charCodeAt(start)).letter) return false;
  let zero = false;
  for (let k = start + 1; k < end; k += 1) {
    const code = text.charCodeAt(k);
    if (code === 48) zero = true;
    else if (!charFold(code).letter) return false;
  }
  return zero;
}

function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code > 127 && charFold(code).letter);
}

/** A cheap look for "X Y Z" (single letters one blank apart) before the exact pattern is run. */
function hasSpacedLetters(text: string): boolean {
  for (let i = text.indexOf(' '); i >= 1 && i + 3 < text.length; i = text.indexOf(' ', i + 1)) {
    if (text.charCodeAt(i + 2) === 32 && isLetterCode(text.charCodeAt(i - 1)) && isLetterCode(text.charCodeAt(i + 1)) && isLetterCode(text.charCodeAt(i + 3))) return true;
  }
  return false;
}

let lastText = '';
let lastFolded = '';

/** The text with each word folded as labels are; every offset still points at the same character. */
export function foldText(text: string): string {
  if (text === lastText) return lastFolded;
  const joined = hasSpacedLetters(text) && SPACED_HINT.test(text)
    ? text.replace(SPACED_LETTERS, (run) => {
        const letters = run.replace(/ /g, '');
        return letters + ' '.repeat(run.length - letters.length);
      })
    : text;
  const out = new Uint16Array(joined.length);
  let i = 0;
  while (i < joined.length) {
    const code = joined.charCodeAt(i);
    if (!charFold(code).word) {
      // "|nvoice No:": a scan's bar for an I (see entity-ocr-bar-i).
      out[i] = code === BAR_CODE && barIsLetterI(joined, i) ? 108 : code;
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < joined.length && charFold(joined.charCodeAt(end)).word) end += 1;
    const digitsAreLetters = end - i >= DIAGNOSTIC_MIN_LENGTH ? readsAsWord(joined, i, end) : shortWordWithZero(joined, i, end);
    for (let k = i; k < end; k += 1) {
      const char = joined.charCodeAt(k);
      out[k] = (digitsAreLetters ? DIGIT_CODES.get(char) : undefined) ?? charFold(char).fold;
    }
    repairSwap(out, i, end);
    repairCForE(out, i, end);
    i = end;
  }
  lastText = text;
  // Short strings (label contexts) are cheaper to build directly than through a decoder.
  lastFolded = joinSplitLabels(out.length < SHORT ? String.fromCharCode(...out) : UTF16.decode(out));
  return lastFolded;
}

/** Labels with fewer literal letters than this keep their u exact: Czech "dne" (on the day) is no "due". */
const U_AS_N_MIN_LETTERS = 5;

/** How a folded label letter may appear in folded text; `long` when the label has letters enough to risk u read as n. */
function letterPattern(char: string, long: boolean): string {
  const lower = char.toLowerCase();
  if (lower === 'm') return '(?:m|rn)';
  // OCR reads a u as n ("Dne date", "Arnonnt"); only in longer labels, where the rest still anchors the match.
  if (lower === 'u' && long) return '(?:u|n)';
  // OCR reads a g as q ("Rechnunqsbetraq", "Bezeichnunq"); likewise only in longer labels.
  if (lower === 'g' && long) return '(?:g|q)';
  if (lower === 'ß') return '(?:ß|ss)';
  // OCR reads a W as two Vs ("MVVST", "BTVV"): the label still ends where it would.
  if (lower === 'w') return '(?:w|vv)';
  // "Fällig" is also written "Faellig".
  if (lower === 'ä' || lower === 'ö' || lower === 'ü') return `(?:${foldLetter(lower)}|${foldLetter(lower)}e)`;
  return foldLetter(char);
}

/** Copies the regex syntax that starts at `i` (escape, class, group opener, counted quantifier); returns it folded and its end. */
function escapeEnd(source: string, i: number): number {
  const next = source[i + 1] ?? '';
  return /[pPu]/.test(next) && source[i + 2] === '{' ? source.indexOf('}', i) + 1 : i + 2;
}

function syntaxAt(source: string, i: number): [string, number] {
  const char = source[i];
  let end = i + 1;
  if (char === '\\') {
    end = escapeEnd(source, i);
    return [source.slice(i, end), end];
  }
  if (char === '[') {
    let out = '[';
    let j = i + 1;
    while (j < source.length && source[j] !== ']') {
      if (source[j] === '\\') {
        const escaped = escapeEnd(source, j);
        out += source.slice(j, escaped);
        j = escaped;
      } else {
        const member = source[j] ?? '';
        out += LETTER.test(member) ? foldLetter(member) : member;
        j += 1;
      }
    }
    return [`${out}]`, j + 1];
  }
  if (char === '{') end = source.indexOf('}', i) + 1;
  else if (char === '(' && source[i + 1] === '?') {
    if (source[i + 2] === '<' && !/[=!]/.test(source[i + 3] ?? '')) end = source.indexOf('>', i) + 1;
    else end = i + (source[i + 2] === '<' ? 4 : 3);
  }
  return [source.slice(i, end), end];
}

/** Letters of a regex source outside escapes ("\\s", "\\p{L}") and group syntax. */
function literalLetters(source: string): number {
  return (source.replace(/\\[pPu]\{[^}]*\}|\\.|\(\?<?[A-Za-z]*[>=!:]?/gu, ' ').match(/\p{L}/gu) ?? []).length;
}

/**
 * A label's regex source, folded to match `foldText` output: literal letters folded, "m" also as
 * "rn", required blanks (`\s+`) made optional ("Duedate"). Escapes and group syntax are kept.
 */
export function foldPattern(source: string): string {
  learnWords([...source].map((char) => (LETTER.test(char) ? foldLetter(char) : char)).join(''));
  const long = literalLetters(source) >= U_AS_N_MIN_LETTERS;
  let out = '';
  let i = 0;
  while (i < source.length) {
    const char = source[i] ?? '';
    if (LETTER.test(char)) {
      out += letterPattern(char, long);
      i += 1;
    } else if (source.startsWith('\\s+', i)) {
      out += '\\s*';
      i += 3;
    } else {
      const [syntax, end] = syntaxAt(source, i);
      out += syntax;
      i = end;
    }
  }
  return out;
}
