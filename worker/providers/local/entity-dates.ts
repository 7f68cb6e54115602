/** Dates in the formats business documents use, each with its ISO form (null when no such day exists). */
import { removeOverlaps, WORD_END, type Span } from './entity-text';

export interface FoundDate extends Span {
  iso: string | null;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, januar: 1, janvier: 1, janv: 1, jänner: 1,
  february: 2, feb: 2, februar: 2, février: 2, fevrier: 2, févr: 2, fevr: 2,
  march: 3, mar: 3, märz: 3, maerz: 3, mär: 3, mars: 3,
  april: 4, apr: 4, avril: 4, avr: 4,
  may: 5, mai: 5,
  june: 6, jun: 6, juni: 6, juin: 6,
  july: 7, jul: 7, juli: 7, juillet: 7, juil: 7,
  august: 8, aug: 8, août: 8, aout: 8,
  september: 9, sep: 9, sept: 9, septembre: 9,
  october: 10, oct: 10, oktober: 10, okt: 10, octobre: 10,
  november: 11, nov: 11, novembre: 11,
  december: 12, dec: 12, dezember: 12, dez: 12, décembre: 12, decembre: 12, déc: 12,
  // Spanish and Italian
  enero: 1, gennaio: 1, febrero: 2, febbraio: 2, marzo: 3, abril: 4, aprile: 4, mayo: 5, maggio: 5, junio: 6, giugno: 6,
  julio: 7, luglio: 7, agosto: 8, septiembre: 9, setiembre: 9, settembre: 9, octubre: 10, ottobre: 10, noviembre: 11,
  diciembre: 12, dicembre: 12,
};

// Longest names first so "sept" is not read as "sep" followed by a stray "t".
const MONTH_NAME = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})${WORD_END}`;
const ORDINAL = '(?:st|nd|rd|th|er|e)?';

/** 2024-03-15 */
const ISO_DATE = /(?<!\d)(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?!\d)/g;
/** 15/03/2024, 03/15/2024, 15.03.2024, 15-03-2024, 15/03/24 */
const NUMERIC_DATE = /(?<![\d./-])(?<first>\d{1,2})(?<sep>[./-])(?<second>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})(?![\d]|[./-]\d)/g;
/** 15 March 2024, 15. März 2024, 1er mars 2024, 15th of March, 2024, 15 de marzo de 2024 */
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(?<day>\\d{1,2})${ORDINAL}\\.?\\s+(?:(?:of|de)\\s+)?(?<month>${MONTH_NAME})\\.?,?\\s+(?:de\\s+)?(?<year>\\d{4})(?!\\d)`,
  'giu',
);
/** March 15, 2024, Mar. 15th 2024 */
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])(?<month>${MONTH_NAME})\\.?\\s+(?<day>\\d{1,2})${ORDINAL},?\\s+(?<year>\\d{4})(?!\\d)`, 'giu');

type DayOrder = 'DMY' | 'MDY';

function toIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(raw: string): number {
  const year = Number(raw);
  if (raw.length === 4) return year;
  // Two-digit years on invoices and contracts are this century unless they clearly are not.
  return year < 70 ? 2000 + year : 1900 + year;
}

/**
 * 03/04/2024 is 3 April in Europe and March 4 in the US. A document that writes one unambiguous
 * date (a part above 12) settles it for all its dates; otherwise dollar documents read month first.
 */
function dayOrderOf(text: string): DayOrder {
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const groups = match.groups ?? {};
    if (groups.sep === '.') continue;
    if (Number(groups.first) > 12) return 'DMY';
    if (Number(groups.second) > 12) return 'MDY';
  }
  return /\$|\bUSD\b/.test(text) ? 'MDY' : 'DMY';
}

function numericIso(groups: Record<string, string | undefined>, order: DayOrder): string | null {
  const first = Number(groups.first);
  const second = Number(groups.second);
  const year = fullYear(groups.year ?? '');
  // Dotted dates are always day first (15.03.2024); a part above 12 can only be the day.
  const dayFirst = groups.sep === '.' || first > 12 || (second <= 12 && order === 'DMY');
  return dayFirst ? toIso(year, second, first) : toIso(year, first, second);
}

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase()] ?? 0;
}

export function findDates(text: string): FoundDate[] {
  const order = dayOrderOf(text);
  const found: FoundDate[] = [];
  const add = (match: RegExpMatchArray, iso: string | null): void => {
    const start = match.index ?? 0;
    found.push({ start, end: start + match[0].length, text: match[0], iso });
  };
  for (const match of text.matchAll(ISO_DATE)) {
    const g = match.groups ?? {};
    add(match, toIso(Number(g.year), Number(g.month), Number(g.day)));
  }
  for (const match of text.matchAll(NUMERIC_DATE)) add(match, numericIso(match.groups ?? {}, order));
  for (const match of text.matchAll(DAY_MONTH_YEAR)) {
    const g = match.groups ?? {};
    add(match, toIso(Number(g.year), monthNumber(g.month), Number(g.day)));
  }
  for (const match of text.matchAll(MONTH_DAY_YEAR)) {
    const g = match.groups ?? {};
    add(match, toIso(Number(g.year), monthNumber(g.month), Number(g.day)));
  }
  return removeOverlaps(found);
}
