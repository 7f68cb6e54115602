/**
 * Label words with two neighbouring letters swapped, as OCR and hurried typing leave them:
 * "Invocie Numebr", "Paymnet", "Cusotmer", "Totla", "amuont". The words of every label pattern
 * are learnt as the patterns are folded (see `foldPattern`); a word of the text that is none of
 * them, but becomes one when two neighbouring letters change places, is read as that word.
 *
 * Only words of five letters or more, and only one swap of neighbours, so that ordinary words stay
 * as they are: "form" is not "from", and "notte" (two letters apart) is not "netto".
 */
import { learnCForE } from './entity-ocr-c-for-e';
import { codeSumOf, MAX_MENDED_LENGTH, MIN_MENDED_LENGTH, wordKey } from './entity-ocr-word-key';

const known = new Set<string>();
/** Label words of four letters or more, which a word split in two by a stray blank may be ("Num ber", "Da te"). */
const joinable = new Set<string>();
const MIN_JOINED = 4;
/** Shorter label words, joined only where the split word is the whole label ("T o:" opening its line). */
const shortLabels = new Set<string>();
const MIN_SHORT = 2;
/** The key of each known word (see entity-ocr-word-key): a swap keeps it, so it rules out most words. */
const knownKeys = new Set<number>();

/** Learns the literal words of a label's regex source, already folded (lower case, i for l). */
export function learnWords(foldedSource: string): void {
  const literal = foldedSource.replace(/\\[pPu]\{[^}]*\}|\\.|\(\?<?[A-Za-z]*[>=!:]?/gu, ' ');
  for (const word of literal.split(/[^\p{L}]+/u)) {
    if (word.length >= MIN_JOINED && word.length <= MAX_MENDED_LENGTH) joinable.add(word);
    else if (word.length >= MIN_SHORT) shortLabels.add(word);
    learnCForE(word);
    if (word.length < MIN_MENDED_LENGTH || word.length > MAX_MENDED_LENGTH || known.has(word)) continue;
    known.add(word);
    knownKeys.add(wordKey(word.length, codeSumOf(word)));
  }
}

/**
 * Rewrites `out[start..end)` (a folded word) in place as the known word it is one swap away from;
 * leaves it alone otherwise. Offsets never move: a swap keeps the word's length.
 */
export function repairSwap(out: Uint16Array, start: number, end: number): void {
  const length = end - start;
  if (length < MIN_MENDED_LENGTH || length > MAX_MENDED_LENGTH) return;
  let sum = 0;
  for (let k = start; k < end; k += 1) sum += out[k] ?? 0;
  if (!knownKeys.has(wordKey(length, sum))) return;
  const word = String.fromCharCode(...out.subarray(start, end));
  if (known.has(word)) return;
  for (let k = 0; k + 1 < length; k += 1) {
    if (word[k] === word[k + 1]) continue;
    const swapped = word.slice(0, k) + (word[k + 1] ?? '') + (word[k] ?? '') + word.slice(k + 2);
    if (!known.has(swapped)) continue;
    out[start + k] = swapped.charCodeAt(k);
    out[start + k + 1] = swapped.charCodeAt(k + 1);
    return;
  }
}

/**
 * A label's words before its colon, or before the dot leader or column gap that leads to its figure,
 * folded: "num ber:", "t otal due ......", "prof essional fees    6,400.00".
 */
// Opening its line, indented or not (a scan's right-aligned summary: "      Sub tota l    EUR 1,200.00"), or a column
// after a gap, as when two lines are joined ("Due date: 2026-04-15  T o: Brindlecombe Farms"). An abbreviation's
// dot before a blank may stand inside it ("In voice No.   26-0573"). Read by hand (`labelEndAt`) where a label may
// open (`labelOpening`): as one global pattern,
// /(?:^[ \t]*|(?<=\S[ \t]{2,}))([^\s:：.](?:[^\n:：.]|\.(?=[ \t])){0,39}?)(?:[:：]|[ \t]*\.{3,}|[ \t]{2,}(?=[^\n]*\d))/gmu,
// V8 tried it at every offset and rescanned the rest of the line for a figure at every gap: a tenth of the rule engine's time.
const LABEL_MAX = 40;
/** A scanned table's first cell, between its bars ("| I nvoice No.   | PRS/3318"); tried only on texts with bars. */
const LABEL_IN_CELL = /(?<=^[ \t]*\|[ \t]*)([^\n:：.|]{1,40}?)(?=\.?[ \t]*\|)/gmu;
const WORD = /\p{L}+/gu;
/** The short number words a stray blank may split after a label word ("Invoice N o:"), folded. */
const NUMBER_WORDS = new Set(['no', 'nr']);
/** "Sold T o:", "Bill T o:": the "to" of a party label split apart, after its first word (folded: i reads l). */
const TO_AFTER = new Set(['blll', 'sold', 'shlp', 'lnvolce', 'dellver', 'remlt', 'pay', 'lssued', 'bllled']);
const SINGLE_BLANK_BETWEEN_WORDS = /\p{L} \p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Joins a label word that OCR split with a stray blank ("Invoice Num ber:", "Issue Da te:",
 * "T otal due ....") in folded text, keeping offsets: the blank moves behind the word ("number "). Only
 * in a label (before a colon, a dot leader or a gap before a figure), only where the whole is a label
 * word and its halves are not both ones.
 */
export function joinSplitLabels(folded: string): string {
  const joined = joinLabelsBeforeColons(folded);
  return joined.includes('|') ? joined.replace(LABEL_IN_CELL, joinLabel) : joined;
}

/** Joins the split words of one label (see `joinSplitLabels`). */
function joinLabel(label: string): string {
  // Most labels are one word, or words no blank splits: nothing to join, nothing to allocate.
  if (!SINGLE_BLANK_BETWEEN_WORDS.test(label)) return label;
  const words = [...label.matchAll(WORD)];
  let out = label;
  for (let i = 0; i + 1 < words.length; i += 1) {
    const left = words[i];
    const right = words[i + 1];
    if (!left || !right || right.index !== left.index + left[0].length + 1 || label[left.index + left[0].length] !== ' ') continue;
    // "Tota a1": the split word's last letter l read as a 1 ("Totaal"), taken in only where the word then is a label word.
    const rightEnd = right.index + right[0].length;
    const oneForL = label[rightEnd] === '1' && !WORD_CHAR.test(label[rightEnd + 1] ?? '') && joinable.has(left[0] + right[0] + 'l');
    const whole = left[0] + right[0] + (oneForL ? 'l' : '');
    // A short label word split at the label's start, alone or before other label words ("T o:", "D ue Date :").
    const rest = words.slice(i + 2);
    const wholeLabel = i === 0 && left.index === label.length - label.trimStart().length && shortLabels.has(whole) && rest.length <= 2 && rest.every((word) => joinable.has(word[0]) || shortLabels.has(word[0]));
    // "lnvoice N o:": a number word's two letters split apart, ending a label after a label word.
    const numberWord = NUMBER_WORDS.has(whole) && i + 2 === words.length && i > 0 && joinable.has(words[i - 1]?.[0] ?? '');
    const partyTo = whole === 'to' && i + 2 === words.length && i > 0 && TO_AFTER.has(words[i - 1]?.[0] ?? '');
    if (!(joinable.has(whole) || wholeLabel || numberWord || partyTo) || (joinable.has(left[0]) && joinable.has(right[0]))) continue;
    out = `${out.slice(0, left.index)}${whole} ${out.slice(rightEnd + (oneForL ? 1 : 0))}`;
    i += 1;
  }
  return out;
}

/** A line terminator, after which `^` matches in a multiline pattern. */
function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** `\S` of a unicode pattern, for one UTF-16 unit (a surrogate is no blank). */
const BLANK = /\s/u;
function isNonBlank(code: number): boolean {
  return !BLANK.test(String.fromCharCode(code));
}

/**
 * Where a label opening at `at` has its first letter, or -1 where none may open: past a line's
 * indentation at its start (`^[ \t]*` in multiline mode), or at `at` itself after two or more blanks
 * (spaces, tabs) that follow a non-blank (`(?<=\S[ \t]{2,})`).
 */
function labelOpening(text: string, at: number): number {
  if (at === 0 || isLineTerminator(text.charCodeAt(at - 1))) {
    let start = at;
    while (isBlankCode(text.charCodeAt(start))) start += 1;
    return start;
  }
  let before = at;
  while (before > 0 && isBlankCode(text.charCodeAt(before - 1))) before -= 1;
  return at - before >= 2 && before > 0 && isNonBlank(text.charCodeAt(before - 1)) ? at : -1;
}

/** `digitAhead[i]`: a digit (0-9) at `i` or later on its line (up to the next \n), as `(?=[^\n]*\d)` asks. */
function digitsAhead(text: string): Uint8Array {
  const ahead = new Uint8Array(text.length + 1);
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const code = text.charCodeAt(i);
    ahead[i] = (code >= 48 && code <= 57) || (code !== 10 && ahead[i + 1]) ? 1 : 0;
  }
  return ahead;
}

function isBlankCode(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * One blank, then nothing but a figure to the line's end, a currency and a rate allowed ("TOTA L CREDIT CAD -2,712.00",
 * "Tota a1 € 3.127,85", "VA T @ 23% 3,036.23"): a scan's summary row set with single blanks, its label before the figure.
 * Matched on folded text (lower case), sticky at the blank.
 */
const FIGURE_ENDS_LINE = /[ \t](?:@[ \t]*\d[\dlo]?(?:[.,]\d{1,2})?[ \t]*%[ \t]+)?(?:[a-z]{3}[ \t]?|[€$£¥][ \t]?)?-?\d[\d.,' ]*(?:[ \t]?(?:[a-z]{3}|[€$£¥]|kr\.?))?[ \t]*(?=\n|$)/uy;

/**
 * Where a label's end at `at` closes it: a colon, a dot leader (`[ \t]*\.{3,}`), a gap before a figure on its line,
 * or one blank before a figure that ends the line (`FIGURE_ENDS_LINE`); -1 if none.
 */
function closingEnd(text: string, at: number, digitAhead: Uint8Array): number {
  const code = text.charCodeAt(at);
  if (code === 58 || code === 0xff1a) return at + 1;
  let blanks = at;
  while (isBlankCode(text.charCodeAt(blanks))) blanks += 1;
  let dots = blanks;
  while (text.charCodeAt(dots) === 46) dots += 1;
  if (dots - blanks >= 3) return dots;
  if (blanks - at >= 2) return digitAhead[blanks] ? blanks : -1;
  if (blanks - at !== 1 || !digitAhead[blanks]) return -1;
  FIGURE_ENDS_LINE.lastIndex = at;
  return FIGURE_ENDS_LINE.test(text) ? blanks : -1;
}

/**
 * The end of the shortest label opening at `at` and closed, or -1: 1 to 40 code points, the first a
 * non-blank, none a line break or colon, and a dot only before a blank.
 */
function labelEndAt(text: string, at: number, digitAhead: Uint8Array): number {
  let end = at;
  for (let count = 0; count < LABEL_MAX; count += 1) {
    const point = text.codePointAt(end);
    if (point === undefined || point === 10 || point === 58 || point === 0xff1a) return -1;
    if (point === 46 && !isBlankCode(text.charCodeAt(end + 1))) return -1;
    // A surrogate pair is never a blank.
    if (count === 0 && point <= 0xffff && !isNonBlank(point)) return -1;
    end += point > 0xffff ? 2 : 1;
    const closed = closingEnd(text, end, digitAhead);
    if (closed >= 0) return closed;
  }
  return -1;
}

/**
 * `text.replace(pattern, joinLabel)` for the pattern in the comment above: the label tried, in order,
 * only at the offsets where one may open; after a match the search goes on behind it.
 */
function joinLabelsBeforeColons(text: string): string {
  const digitAhead = digitsAhead(text);
  let out = '';
  let copied = 0;
  let at = 0;
  while (at < text.length) {
    const start = labelOpening(text, at);
    const end = start >= 0 ? labelEndAt(text, start, digitAhead) : -1;
    if (end < 0) {
      at += 1;
      continue;
    }
    const label = text.slice(at, end);
    const joined = joinLabel(label);
    if (joined !== label) {
      out += text.slice(copied, at) + joined;
      copied = end;
    }
    at = end;
  }
  return copied ? out + text.slice(copied) : text;
}
