/**
 * Extractive summary for the offline `local` provider: the sentences that carry the text's most
 * frequent content words, in their original order. No model call, so it works without any key.
 */
import type { ItemSentence } from 'wink-nlp';
import { getNlp, tokenViews, type TokenViews } from './nlp';

export interface SummaryOptions {
  maxSentences?: number;
  maxWords?: number;
}

interface ScoredSentence {
  index: number;
  text: string;
  words: number;
  score: number;
}

const DEFAULT_MAX_SENTENCES = 3;
/** Headings and fragments ("Really?") rarely summarise anything, but may still be all there is. */
const SHORT_SENTENCE_WORDS = 5;
const SHORT_SENTENCE_FACTOR = 0.5;
/** Opening sentences tend to state the topic; a nudge, not enough to beat a clearly better one. */
const OPENING_SENTENCE_FACTOR = 1.15;

/** Below this share of the best score a sentence is not worth a place freed up by the word budget. */
const SUBSTITUTE_FLOOR = 0.5;
/** A line this short without closing punctuation is a heading or a list entry, not half a sentence. */
const HEADING_MAX_WORDS = 8;

const WHITESPACE_RUN = /\s+/g;
const LINE_BREAK = /\r?\n/;
const ENDS_SENTENCE = /[.!?:;]["'”’)\]]*$/;
const STARTS_LIST_ENTRY = /^\s*(?:[-*•·–]|\d+[.)])\s/;

function collapse(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

function countWords(collapsed: string): number {
  return collapsed ? collapsed.split(' ').length : 0;
}

/** Lemmas of the non-stop words, so "invoices"/"invoice" and "paid"/"pay" count as one term. */
function contentTerms(tokens: TokenViews): string[] {
  const terms: string[] = [];
  tokens.types.forEach((type, i) => {
    const lemma = tokens.lemmas[i];
    if (type !== 'word' || tokens.stops[i] === true || lemma === undefined || lemma.length < 2) return;
    terms.push(lemma);
  });
  return terms;
}

/**
 * wink-nlp ends a sentence at a blank line but not at a single line break, so a heading or a list
 * entry would run into the next line. Such breaks are doubled; hard-wrapped prose stays joined.
 */
function separateHeadings(text: string): string {
  const lines = text.split(LINE_BREAK);
  return lines
    .map((line, i) => {
      const next = lines[i + 1];
      const trimmed = line.trim();
      if (next === undefined || !trimmed || ENDS_SENTENCE.test(trimmed)) return line;
      const standsAlone = countWords(collapse(trimmed)) <= HEADING_MAX_WORDS || STARTS_LIST_ENTRY.test(next);
      return standsAlone ? `${line}\n` : line;
    })
    .join('\n');
}

function scoreSentences(text: string): ScoredSentence[] {
  const nlp = getNlp();
  const perSentence: { text: string; terms: string[] }[] = [];
  nlp
    .readDoc(separateHeadings(text))
    .sentences()
    .each((sentence: ItemSentence) => {
      const terms = contentTerms(tokenViews(sentence.tokens()));
      const collapsed = collapse(sentence.out());
      if (collapsed) perSentence.push({ text: collapsed, terms });
    });

  const frequency = new Map<string, number>();
  for (const { terms } of perSentence) for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const maxFrequency = Math.max(1, ...frequency.values());

  return perSentence.map(({ text: sentenceText, terms }, index) => {
    // Each distinct term counts once, so a sentence repeating one word does not win on repetition.
    const distinct = [...new Set(terms)];
    const total = distinct.reduce((sum, term) => sum + (frequency.get(term) ?? 0) / maxFrequency, 0);
    // The square root sits between summing (favours long sentences) and averaging (favours short ones).
    let score = distinct.length ? total / Math.sqrt(distinct.length) : 0;
    const words = countWords(sentenceText);
    if (words < SHORT_SENTENCE_WORDS) score *= SHORT_SENTENCE_FACTOR;
    if (index === 0) score *= OPENING_SENTENCE_FACTOR;
    return { index, text: sentenceText, words, score };
  });
}

function firstWords(text: string, count: number): string {
  return text.split(' ').slice(0, count).join(' ');
}

function pickSentences(sentences: ScoredSentence[], maxSentences: number, maxWords: number): ScoredSentence[] {
  const ranked = [...sentences].sort((a, b) => b.score - a.score || a.index - b.index);
  const floor = (ranked[0]?.score ?? 0) * SUBSTITUTE_FLOOR;
  const chosen: ScoredSentence[] = [];
  let used = 0;
  let skipped = false;
  for (const sentence of ranked) {
    if (chosen.length >= maxSentences) break;
    // A salient sentence that does not fit is skipped so a shorter one can use the budget, but
    // not a trivial one ("Lunch was pasta.") just because it is short.
    if (skipped && sentence.score < floor) break;
    if (used + sentence.words > maxWords) {
      skipped = true;
      continue;
    }
    chosen.push(sentence);
    used += sentence.words;
  }
  return chosen.sort((a, b) => a.index - b.index);
}

export function extractiveSummary(text: string, opts: SummaryOptions = {}): string {
  const whole = collapse(text);
  if (!whole) return '';
  const maxSentences = Math.max(1, Math.floor(opts.maxSentences ?? DEFAULT_MAX_SENTENCES));
  const maxWords = opts.maxWords === undefined ? Infinity : Math.max(1, Math.floor(opts.maxWords));

  const sentences = scoreSentences(text);
  if (sentences.length <= maxSentences && countWords(whole) <= maxWords) return whole;

  const chosen = pickSentences(sentences, maxSentences, maxWords);
  if (chosen.length) return chosen.map((s) => s.text).join(' ');
  // Every sentence is longer than the word budget: cut the best one rather than answer nothing.
  const best = [...sentences].sort((a, b) => b.score - a.score || a.index - b.index)[0];
  return firstWords(best?.text ?? whole, maxWords);
}
