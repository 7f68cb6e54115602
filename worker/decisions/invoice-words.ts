/**
 * Totals written in words: the total when no figure states it, and a contradiction when words and
 * figure disagree (the classic altered invoice).
 */
import { AMOUNT_LABELS } from '../providers/local/entity-labels';
import type { WordAmount } from '../providers/local/entity-words';
import { money, type DecisionBuilder } from './decision-builder';
import type { Figure } from './invoice-sums';
import { evidenceAt } from './evidence-span';
// "Amount in w0rds :": a scan's digits in the label's words (see invoice-words-label-ocr).
import { withOcrLetters } from './invoice-words-label-ocr';

/**
 * Lines that restate an amount in words: "Amount in words:", "Say:", "The sum of", "in Worten:",
 * "Arrêtée la présente facture à la somme de", "en toutes lettres", "in lettere", "por extenso", "Son:",
 * "la cantidad de", "a quantia de", "Diconsi", "Zegge", Turkish "Yalnız:", Polish "Słownie:", Czech "Slovy:", Indonesian "Terbilang:".
 */
const WORDS_LINE =
  /(?<![\p{L}])(?:in\s+words|say|the\s+sum\s+of|en\s+(?:toutes\s+)?lettres|(?:la\s+)?somme\s+de|in\s+worten|betrag\s+in\s+worten|in\s+lettere|en\s+letras?|in\s+woorden|por\s+extenso|son\s*:|diconsi|zegge|(?:la\s+)?(?:cantidad|suma)\s+de|(?:a\s+)?(?:quantia|importância|importancia)\s+de|(?:la\s+)?somma\s+di|het\s+bedrag\s+van|yalnız|yaln[ıi]z|słownie|slownie|slovy|terbilang)(?![\p{L}])/iu;

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Stars, dashes, brackets and "only" that fence a cheque-style amount: "***Two Thousand ... Dollars Only***". */
const FENCE = /^[\s*=#~_\-–—()[\].,:;]*(?:only[\s*=#~_\-–—()[\].,:;]*)?$/iu;

/**
 * A line that holds nothing but an amount in words ("Two Thousand One Hundred Fifteen and 00/100
 * Dollars", cheque style, under the total) restates the total as plainly as a label would.
 */
function wordsAlone(text: string, start: number, amount: WordAmount): boolean {
  const newline = text.indexOf('\n', amount.end);
  const after = text.slice(amount.end, newline < 0 ? text.length : newline);
  return FENCE.test(text.slice(start, amount.start)) && FENCE.test(after);
}

/** "Total due: four hundred and seventy-five euros": a total stated only in words. */
export function totalInWords(text: string, words: WordAmount[]): Figure | undefined {
  for (const amount of words) {
    const start = lineStart(text, amount.start);
    const before = text.slice(start, amount.start);
    // "Total due:" on the words' line, or ending the line above them.
    const above = !before.trim() && start > 0 ? text.slice(lineStart(text, start - 1), start - 1) : '';
    if (AMOUNT_LABELS.choose(before) === 'total' || (/[:：]\s*$/u.test(above) && AMOUNT_LABELS.choose(above) === 'total')) {
      return { label: 'total', value: amount.value, currency: amount.currency, start: amount.start, evidence: evidenceAt(text, amount.start, amount.end) };
    }
  }
  return undefined;
}

/** Words on the total's own line or on an "in words" line must say the same amount as the figure. */
export function checkTotalInWords(text: string, total: Figure, words: WordAmount[], verdict: DecisionBuilder): void {
  const totalLine = lineStart(text, total.start);
  for (const amount of words) {
    if (amount.start === total.start) continue;
    const start = lineStart(text, amount.start);
    // "in Worten:" on the line of the words, or alone on the line above them.
    const above = start > 0 ? text.slice(lineStart(text, start - 1), start - 1) : '';
    const restates =
      start === totalLine ||
      WORDS_LINE.test(withOcrLetters(text.slice(start, amount.start))) ||
      (!text.slice(start, amount.start).trim() && WORDS_LINE.test(withOcrLetters(above))) ||
      wordsAlone(text, start, amount);
    if (!restates) continue;
    const evidence = evidenceAt(text, amount.start, amount.end);
    if (Math.abs(amount.value - total.value) > 0.005) {
      verdict.fail(`the total in words (${money(amount.value)}) differs from the figure ${money(total.value)}`, evidence, total.evidence);
    } else verdict.cite(evidence);
  }
}
