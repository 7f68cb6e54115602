/**
 * Realistic perturbations of an invoice's text that a careful reader would not let change the
 * decision: OCR damage in label words, columns flattened by a PDF extractor, a second language's
 * gloss beside the labels, labels in capitals or without their colon. Each is deterministic for a
 * given seed, and touches labels only (never an amount's or a date's digits), so the expected
 * decision stays the one the fixture states.
 *
 * A label is one of the English phrases below where a label stands: opening a line or a column
 * (after two blanks, a tab or a bar), followed by a colon, "#", a column gap, the end of the line,
 * or a word holding a digit ("Invoice No INV-1").
 */

export type PerturbKind = 'ocr-noise' | 'flattened-columns' | 'bilingual' | 'casing-punctuation';

export interface Perturbed {
  kind: PerturbKind;
  variant: string;
  text: string;
}

interface Gloss {
  de: string;
  es: string;
  fr: string;
}

/** The label phrases perturbed, each with the gloss a German, Spanish and French invoice gives it. */
const GLOSSES: [RegExp, Gloss][] = [
  [/^invoice\s*(?:no\.?|number|#|nr\.?)$/i, { de: 'Rechnungsnummer', es: 'Número de factura', fr: 'Numéro de facture' }],
  [/^(?:invoice\s+date|issue\s+date|date\s+of\s+issue|date\s+issued|issued)$/i, { de: 'Rechnungsdatum', es: 'Fecha de emisión', fr: 'Date de facturation' }],
  [/^(?:due\s+date|payment\s+due|due|date\s+due|pay\s+by|payable\s+by)$/i, { de: 'Fälligkeitsdatum', es: 'Fecha de vencimiento', fr: "Date d'échéance" }],
  [/^date$/i, { de: 'Datum', es: 'Fecha', fr: 'Date' }],
  [/^sub-?\s*total$/i, { de: 'Zwischensumme', es: 'Subtotal', fr: 'Sous-total' }],
  [/^(?:vat|tax)$/i, { de: 'MwSt.', es: 'IVA', fr: 'TVA' }],
  [/^(?:total(?:\s+(?:due|amount|payable))?|amount\s+due|balance\s+due|grand\s+total|invoice\s+total)$/i, { de: 'Gesamtbetrag', es: 'Importe total', fr: 'Montant total' }],
  [/^(?:bill(?:ed)?\s+to|invoice\s+to|sold\s+to|customer|client|buyer)$/i, { de: 'Rechnungsempfänger', es: 'Cliente', fr: 'Client' }],
  [/^(?:from|vendor|supplier|seller)$/i, { de: 'Lieferant', es: 'Proveedor', fr: 'Fournisseur' }],
  [/^ship\s+to$/i, { de: 'Lieferadresse', es: 'Enviar a', fr: 'Livrer à' }],
];

const PHRASES = [
  'invoice\\s+(?:no\\.?|number|#|nr\\.?)',
  'invoice\\s+date',
  'invoice\\s+total',
  'date\\s+of\\s+issue',
  'date\\s+issued',
  'issue\\s+date',
  'issued',
  'due\\s+date',
  'date\\s+due',
  'payment\\s+due',
  'pay(?:able)?\\s+by',
  'due',
  'date',
  'sub-?total',
  'total\\s+(?:due|amount|payable)',
  'amount\\s+due',
  'balance\\s+due',
  'grand\\s+total',
  'total',
  'vat',
  'tax',
  'bill(?:ed)?\\s+to',
  'invoice\\s+to',
  'sold\\s+to',
  'ship\\s+to',
  'customer',
  'client',
  'buyer',
  'from',
  'vendor',
  'supplier',
  'seller',
];

/** Where a label stands, and what follows one; `g` and `m` so every line is searched. */
const LABEL = new RegExp(
  `(?<=^[ \\t*>#_-]*|[ ]{2}|[\\t|/(][ \\t]*)(?:${PHRASES.join('|')})(?=[ \\t]*[:：#]|[ \\t]*$|[ \\t]{2,}|[ \\t]+\\S*\\d)`,
  'gimu',
);

interface LabelSpan {
  start: number;
  end: number;
  text: string;
}

/** A mail header's line ("From: Ann <ann@x.com>", "Date: Wed, 11 Mar 2026 08:02"): a header, not an invoice's label, left as it is. */
const MAIL_HEADER_LINE = /@|\d{1,2}:\d{2}/u;

function lineAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, end < 0 ? text.length : end);
}

export function labelSpans(text: string): LabelSpan[] {
  return [...text.matchAll(LABEL)]
    .filter((match) => !MAIL_HEADER_LINE.test(lineAt(text, match.index)))
    .map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}

/** A small seeded generator (mulberry32), so every run perturbs the same way. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a string (the case's id and the variant), so each case is perturbed on its own. */
export function seedOf(...parts: (string | number)[]): number {
  let hash = 2166136261;
  for (const char of parts.join('|')) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

function pick<T>(random: () => number, items: T[]): T | undefined {
  return items.length ? items[Math.floor(random() * items.length)] : undefined;
}

/** A label that is already the second half of a gloss ("Rechnungsnummer / Invoice no.") is glossed no further. */
const GLOSSED_BEFORE = /[/(][ \t]*$/u;

/** Rewrites every label (and, with `after`, what follows it up to its colon) from the last to the first, so offsets hold. */
function rewriteLabels(text: string, rewrite: (label: string) => string, after?: (rest: string) => string, unglossed = false): string {
  let out = text;
  for (const span of labelSpans(text).reverse()) {
    if (unglossed && GLOSSED_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start))) continue;
    const rest = out.slice(span.end);
    const tail = after ? after(rest) : rest;
    out = out.slice(0, span.start) + rewrite(span.text) + tail;
  }
  return out;
}

/** The swaps OCR makes in letters: l↔1/I, O↔0, rn↔m. */
const LETTER_SWAPS: [RegExp, string[]][] = [
  [/l/g, ['1', 'I']],
  [/I/g, ['l', '1']],
  [/[oO]/g, ['0']],
  [/m/g, ['rn']],
  [/rn/g, ['m']],
];

function ocrLetters(random: () => number) {
  return (label: string): string => {
    const options = LETTER_SWAPS.flatMap(([pattern, into]) => [...label.matchAll(pattern)].flatMap((match) => into.map((by) => ({ at: match.index, length: match[0].length, by }))));
    const swap = pick(random, options);
    return swap ? label.slice(0, swap.at) + swap.by + label.slice(swap.at + swap.length) : label;
  };
}

function ocrSpaces(random: () => number) {
  return (label: string): string => label.replace(/\s+/, (blank) => (random() < 0.5 ? '' : `${blank} `));
}

function ocrStray(random: () => number) {
  return (label: string): string => (random() < 0.5 ? `| ${label}` : `${label}.`);
}

/**
 * Runs of two blanks or more (or tabs) made one blank, as a text extractor that drops column positions
 * does; except between two figures, where one blank would make another number ("1  299.90" read as
 * "1 299.90", a thousand separator), which no careful reader could tell apart either.
 */
function collapseBlanks(text: string): string {
  return text.replace(/[ \t]{2,}|\t/g, (gap, at: number) => (/\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + gap.length] ?? '') ? '  ' : ' '));
}

const SHORT_LINE = 40;

/** A figure with its cents: a line holding one may be an item row. */
const FIGURE = /\d[.,]\d{2}(?!\d)/;

/**
 * Pairs of consecutive short lines read side by side, two blanks apart, as two columns of a PDF
 * extracted together; never two lines that both hold a figure (two item rows side by side are no
 * layout a PDF has, and would make one row of two items).
 */
function joinLines(text: string, random: () => number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  const joinable = (line: string | undefined): line is string => line !== undefined && line.trim() !== '' && line.trim().length <= SHORT_LINE && !line.trimStart().startsWith('|');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const next = lines[i + 1];
    if (joinable(line) && joinable(next) && !(FIGURE.test(line) && FIGURE.test(next)) && random() < 0.5) {
      out.push(`${line.trimEnd()}  ${next.trim()}`);
      i += 1;
    } else out.push(line);
  }
  return out.join('\n');
}

function glossOf(label: string): Gloss | undefined {
  const plain = label.replace(/\s+/g, ' ').trim();
  return GLOSSES.find(([pattern]) => pattern.test(plain))?.[1];
}

/** Each label not yet glossed, with its gloss written as `write` places it. */
function glossLabels(text: string, write: (label: string, gloss: Gloss) => string): string {
  return rewriteLabels(text, (label) => { const gloss = glossOf(label); return gloss ? write(label, gloss) : label; }, undefined, true);
}

function upperLabels(text: string): string {
  return rewriteLabels(text, (label) => label.toUpperCase());
}

/** The colon right after a label: dropped, or replaced by " - ". */
function colonAfter(by: string) {
  return (rest: string): string => rest.replace(/^[ \t]*[:：][ \t]*(?=[^\s])/, by);
}

export const PERTURB_KINDS: PerturbKind[] = ['ocr-noise', 'flattened-columns', 'bilingual', 'casing-punctuation'];

/** Every perturbation of a text, one per variant, seeded by `seed` and the case's `id`. */
export function perturbations(id: string, text: string, seed = 1): Perturbed[] {
  const random = (variant: string) => seededRandom(seedOf(id, variant, seed));
  const variants: [PerturbKind, string, (variant: string) => string][] = [
    ['ocr-noise', 'letters', (v) => rewriteLabels(text, ocrLetters(random(v)))],
    ['ocr-noise', 'spaces', (v) => rewriteLabels(text, ocrSpaces(random(v)))],
    ['ocr-noise', 'stray', (v) => rewriteLabels(text, ocrStray(random(v)))],
    ['flattened-columns', 'collapse-blanks', () => collapseBlanks(text)],
    ['flattened-columns', 'join-lines', (v) => joinLines(text, random(v))],
    ['bilingual', 'de-before', () => glossLabels(text, (label, gloss) => `${gloss.de} / ${label}`)],
    ['bilingual', 'es-before', () => glossLabels(text, (label, gloss) => `${gloss.es} (${label})`)],
    ['bilingual', 'fr-after', () => glossLabels(text, (label, gloss) => `${label} / ${gloss.fr}`)],
    ['casing-punctuation', 'upper', () => upperLabels(text)],
    ['casing-punctuation', 'no-colon', () => rewriteLabels(text, (label) => label, colonAfter(' '))],
    ['casing-punctuation', 'dash', () => rewriteLabels(text, (label) => label, colonAfter(' - '))],
  ];
  return variants.map(([kind, variant, make]) => ({ kind, variant, text: make(variant) }));
}
