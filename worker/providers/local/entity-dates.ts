/**
 * Dates in the formats business documents use, each with its ISO form (null when no such day
 * exists): ISO, numeric with the day/month order settled by the document, month names in English,
 * German, French, Italian, Spanish, Dutch and Portuguese, and OCR's O for 0 in figures ("2O25").
 */
import { asianDates } from './entity-dates-asian';
import { labelsDatesDayFirst } from './entity-date-order-language';
import { monthApartPair } from './entity-date-order-term';
import { foldText } from './entity-ocr';
import { removeOverlaps, WORD_END, type Span } from './entity-text';
import { wrongWeekdayAt } from './entity-weekdays';
import { matchesOf } from './entity-matches';

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
  ene: 1, gen: 1, abr: 4, mag: 5, giu: 6, lug: 7, ago: 8, set: 9, ott: 10, dic: 12,
  // Dutch and Portuguese
  januari: 1, februari: 2, maart: 3, mrt: 3, mei: 5, augustus: 8,
  // Indonesian and Malay (besides the names shared above): "16 Maret 2026", "17 Agustus 2026", "Disember", "Ogos".
  pebruari: 2, maret: 3, agustus: 8, agt: 8, agu: 8, nopember: 11, desember: 12, des: 12, ogos: 8, disember: 12,
  janeiro: 1, fevereiro: 2, fev: 2, março: 3, marco: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, out: 10, novembro: 11, dezembro: 12,
};

/** Month names as `foldText` writes them, so "Ju1y" and "MÄRZ" are found too. */
const FOLDED_MONTHS = new Map(Object.entries(MONTHS).map(([name, month]) => [foldText(name), month]));
// Longest names first so "sept" is not read as "sep" followed by a stray "t".
const MONTH_NAME = `(?:${[...FOLDED_MONTHS.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/m/g, '(?:m|rn)')).join('|')})${WORD_END}`;
const ORDINAL = '(?:st|nd|rd|th|er|e|°|º|ª|\\.º)?';
/** A digit, or the letter O that OCR reads for a zero; such dates are checked to hold mostly digits. */
const D = '[\\dOo]';

/** 2025年4月10日, as Japanese and Chinese invoices write dates. */
const CJK_DATE = /(?<!\d)(?<year>\d{4})年(?<month>\d{1,2})月(?<day>\d{1,2})日/gu;
/** 2024-03-15, 2024/03/15 */
const ISO_DATE = new RegExp(`(?<![\\dOo])(?<year>${D}{4})(?<sep>[-/.])(?<month>${D}{1,2})\\k<sep>(?<day>${D}{1,2})(?![\\dOo])`, 'g');
/** 15/03/2024, 03/15/2024, 15.03.2024, 15-03-2024, 15/03/24, 14/03/2O25 */
// A scan's l or I for the day's or month's leading 1 ("l6/03/2026"), not after a letter; nor an O for 0
// after a letter, which is a word's own ("FO-26-1193" is a reference, not day "O" of month 26).
const NUMERIC_DATE = new RegExp(
  `(?<![\\dOo./-])(?<first>(?<![\\p{L}])[lI]${D}|(?<![\\p{L}])${D}{1,2}|\\d${D}?)(?<sep>[./-])(?<second>${D}{1,2})\\k<sep>(?<year>${D}{4}|\\d{2})(?![\\dOo]|[./-]\\d)`,
  'gu',
);
/** A bank's code, not a date: "sort code 30-94-57", "Sort 20-44-91" (a bank line's short form), "BLZ 600.501.01", "routing no. 12-34-56". */
const BANK_CODE_BEFORE = /(?<![\p{L}])(?:sort(?:[ \t]*code)?|s\/c|blz|bsb|routing(?:[ \t]+(?:no\.?|number))?|aba)[ \t]*[:.]?[ \t]*$/iu;
/** 18. 3. 2026: Czech, Slovak and sometimes German dates, dotted with a blank after each dot, always day first. */
const SPACED_DOTTED_DATE = /(?<![\d.])(?<day>\d{1,2})\.[ \t](?<month>\d{1,2})\.[ \t]?(?<year>(?:19|20)\d{2})(?!\d)/g;
/** 15 March 2024, 15. März 2024, 1er mars 2024, 15th of March, 2024, 15 de marzo de 2024, 1° luglio 2025, 15-Mar-2025, 15-Mar-25 */
/** In folded text OCR's O for a zero reads "o" ("1O June 2O25"); such dates must still be mostly digits. */
const FOLDED_D = '[\\do]';
// A scan's l (or I, folded to l) for the day's leading 1 ("l6 March 2026"), not after a letter.
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\do])(?<day>(?<![\\p{L}])l\\d|\\d${FOLDED_D}?)${ORDINAL}(?:\\.?\\s+(?:(?:of|de|del)\\s+)?|-)(?<month>${MONTH_NAME})\\.?(?:,?\\s+(?:(?:de|del)\\s+)?|-)(?<year>\\d${FOLDED_D}{3}|(?<=-)\\d{2})(?![\\do])`,
  'giu',
);
/** March 15, 2024, Mar. 15th 2024 */
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])(?<month>${MONTH_NAME})\\.?\\s+(?<day>\\d${FOLDED_D}?)${ORDINAL},?\\s+(?<year>\\d${FOLDED_D}{3})(?![\\do])`, 'iuy');

/** English ordinals as words, first to thirty-first: "the eighteenth of March". */
const ORDINAL_UNITS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 };
const ORDINAL_WORDS: Record<string, number> = {
  ...ORDINAL_UNITS, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30,
};
const CARDINAL_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const CARDINAL_TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const CARDINAL_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const words = (table: Record<string, number>): string => Object.keys(table).sort((a, b) => b.length - a.length).join('|');
/** 1 to 99 in words: "six", "fifteen", "twenty-six", "twenty six". */
const CARDINAL_1_99 = `(?:(?:${words(CARDINAL_TENS)})(?:[- ](?:${words(CARDINAL_UNITS)}))?|${words(CARDINAL_TEENS)}|${words(CARDINAL_UNITS)})`;
const ORDINAL_DAY = `(?:(?:twenty|thirty)[- ](?:${words(ORDINAL_UNITS)})|${words(ORDINAL_WORDS)})`;
/** A year of this century in words: "two thousand and twenty-six", "two thousand twenty-six", "twenty twenty-six". */
const YEAR_IN_WORDS = `(?:two\\s+thousand(?:\\s+(?:and\\s+)?${CARDINAL_1_99})?|twenty[- ](?:${words(CARDINAL_TEENS)}|(?:${words(CARDINAL_TENS)})(?:[- ](?:${words(CARDINAL_UNITS)}))?))`;
/**
 * A date with its day in words, as prose and formal letters write it: "the eighteenth of March,
 * two thousand and twenty-six", "the 18th day of March 2026", "the first of April, 2026".
 */
const WORDS_DATE = new RegExp(
  `(?<![\\p{L}])(?<day>${ORDINAL_DAY}|\\d{1,2}(?:st|nd|rd|th))(?:\\s+day)?\\s+of\\s+(?<month>${Object.keys(MONTHS).filter((name) => /^[a-z]{3,}$/u.test(name)).sort((a, b) => b.length - a.length).join('|')}),?\\s+(?:in\\s+the\\s+year\\s+)?(?<year>\\d{4}|${YEAR_IN_WORDS})(?![\\p{L}\\d-])`,
  'giu',
);

function cardinal(words1to99: string): number {
  const [tens = '', unit = ''] = words1to99.toLowerCase().split(/[- ]/u);
  return (CARDINAL_TENS[tens] ?? CARDINAL_TEENS[tens] ?? CARDINAL_UNITS[tens] ?? 0) + (CARDINAL_UNITS[unit] ?? 0);
}

function ordinalDay(raw: string): number {
  const day = raw.toLowerCase();
  if (/^\d/u.test(day)) return Number.parseInt(day, 10);
  const [tens = '', unit = ''] = day.split(/[- ]/u);
  return unit ? (CARDINAL_TENS[tens] ?? 0) + (ORDINAL_UNITS[unit] ?? 0) : (ORDINAL_WORDS[tens] ?? 0);
}

function yearInWords(raw: string): number {
  const year = raw.toLowerCase().replace(/\s+/gu, ' ');
  if (/^\d{4}$/u.test(year)) return Number(year);
  const thousand = /^two thousand(?: (?:and )?(.+))?$/u.exec(year);
  if (thousand) return 2000 + (thousand[1] ? cardinal(thousand[1]) : 0);
  return 2000 + cardinal(year.replace(/^twenty[- ]/u, ''));
}

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

/** A format written out: "Date (MM/DD/YYYY)", "JJ/MM/AAAA", "TT.MM.JJJJ". */
const MONTH_FIRST_HINT = /(?<![\p{L}])MM[./-]DD[./-](?:YY|yy)/u;
const DAY_FIRST_HINT = /(?<![\p{L}])(?:DD|dd|JJ|TT|GG)[./-](?:MM|mm)[./-]/u;
/** US dollars, not the other dollars that also write "$". */
const US_DOLLARS = /\bUSD\b|US\$/;
const OTHER_DOLLARS = /\b(?:AUD|CAD|NZD|HKD|SGD|MXN|BRL|ABN|GST)\b|(?:A|AU|C|CA|NZ|HK|S|R)\$/;

/**
 * 03/04/2024 is 3 April in Europe and March 4 in the US. A written-out format settles it, then one
 * unambiguous date (a part above 12) for all the document's dates; otherwise US-dollar documents
 * read month first (unless two dates are the same day a month apart) and all others day first.
 */
function dayOrderOf(text: string, numericDates: RegExpMatchArray[]): DayOrder {
  if (MONTH_FIRST_HINT.test(text)) return 'MDY';
  if (DAY_FIRST_HINT.test(text)) return 'DMY';
  for (const match of numericDates) {
    const groups = match.groups ?? {};
    if (groups.sep === '.') continue;
    if (Number(digits(groups.first)) > 12) return 'DMY';
    if (Number(digits(groups.second)) > 12) return 'MDY';
  }
  // "Fecha de emisión: 11/03/2026" on a Mexican invoice in US dollars (see entity-date-order-language).
  // A date and the same day a month later read day first, dollars or not (see entity-date-order-term).
  const ambiguous = numericDates.filter((match) => match.groups?.sep !== '.' && match.groups?.year).map((match) => ({ first: Number(digits(match.groups?.first)), second: Number(digits(match.groups?.second)), year: match.groups?.year ?? '' }));
  return (US_DOLLARS.test(text) || (text.includes('$') && !OTHER_DOLLARS.test(text))) && !labelsDatesDayFirst(text) && !monthApartPair(ambiguous) ? 'MDY' : 'DMY';
}

/** OCR's O read back as the zero it stands for. */
function digits(raw: string | undefined): string {
  return (raw ?? '').replace(/[Oo]/g, '0').replace(/^[lI]/u, '1');
}

/** A date with letters for digits must still be mostly digits ("2O25", not "oo/oo/oooo"). */
function mostlyDigits(raw: string): boolean {
  const letters = (raw.match(/[Oo]/g) ?? []).length;
  const realDigits = raw.replace(/\D/g, '').length;
  return letters < realDigits && realDigits >= 4;
}

function numericIso(groups: Record<string, string | undefined>, order: DayOrder): string | null {
  const first = Number(digits(groups.first));
  const second = Number(digits(groups.second));
  const year = fullYear(digits(groups.year));
  // Dotted dates are always day first (15.03.2024); a part above 12 can only be the day.
  const dayFirst = groups.sep === '.' || first > 12 || (second <= 12 && order === 'DMY');
  return dayFirst ? toIso(year, second, first) : toIso(year, first, second);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isAsciiBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/**
 * Whether a month-first date may open at `at`, a word's first letter: its month name is the whole word, which
 * must then be followed by an optional full stop, blanks and a digit ("Mar. 15"). Only ASCII is judged here; any
 * other character (a blank or letter of Unicode's, which the pattern may take for one) leaves it to the pattern.
 */
function mayOpenMonthFirst(folded: string, at: number): boolean {
  let i = at;
  while (i < folded.length && isAsciiLetter(folded.charCodeAt(i))) i += 1;
  if (folded.charCodeAt(i) >= 128) return true;
  if (folded.charCodeAt(i) === 46) i += 1;
  if (folded.charCodeAt(i) >= 128) return true;
  if (!isAsciiBlank(folded.charCodeAt(i))) return false;
  while (isAsciiBlank(folded.charCodeAt(i))) i += 1;
  const code = folded.charCodeAt(i);
  return code >= 128 || (code >= 48 && code <= 57);
}

/**
 * The matches of `MONTH_DAY_YEAR` in `folded`, as `matchAll` finds them, but tried (the pattern is sticky) only at
 * word starts that `mayOpenMonthFirst` lets through: run over the whole text, the pattern tried its hundred and more
 * month names at every word, which cost more than any other date pattern.
 */
function* monthFirstDates(folded: string): Generator<RegExpExecArray> {
  for (let at = 0; at < folded.length; at += 1) {
    const code = folded.charCodeAt(at);
    if (!(isAsciiLetter(code) || code >= 128) || (at > 0 && isAsciiLetter(folded.charCodeAt(at - 1))) || !mayOpenMonthFirst(folded, at)) continue;
    MONTH_DAY_YEAR.lastIndex = at;
    const match = MONTH_DAY_YEAR.exec(folded);
    if (match) {
      yield match;
      at = match.index + match[0].length - 1;
    }
  }
}

/** OCR writes "rn" for "m" ("rnaggio"); no month name holds an "rn" of its own. */
function monthNumber(foldedName: string | undefined): number {
  return FOLDED_MONTHS.get((foldedName ?? '').replace(/rn/g, 'm')) ?? 0;
}

/** Month names are matched in `folded` (`foldText(text)`, same offsets); the spans quote `text`. */
export function findDates(text: string, folded = foldText(text)): FoundDate[] {
  // The numeric dates, found once: they settle the day order, then are read in it.
  const numericDates = [...text.matchAll(NUMERIC_DATE)];
  const order = dayOrderOf(text, numericDates);
  const found: FoundDate[] = [];
  const add = (match: RegExpMatchArray, iso: string | null, checkWeekday = true): void => {
    const dateStart = match.index ?? 0;
    const end = dateStart + match[0].length;
    // A date whose weekday is wrong names no real day, and is quoted with its weekday; numeric
    // dates are not checked, as they could be read the other way round.
    const weekday = iso !== null && checkWeekday ? wrongWeekdayAt(folded, dateStart, iso) : null;
    const start = weekday ?? dateStart;
    found.push({ start, end, text: text.slice(start, end), iso: weekday === null ? iso : null });
  };
  for (const match of text.matchAll(ISO_DATE)) {
    const g = match.groups ?? {};
    if (mostlyDigits(match[0])) add(match, toIso(Number(digits(g.year)), Number(digits(g.month)), Number(digits(g.day))));
  }
  for (const match of text.matchAll(CJK_DATE)) {
    const g = match.groups ?? {};
    add(match, toIso(Number(g.year), Number(g.month), Number(g.day)));
  }
  for (const match of numericDates) {
    if (mostlyDigits(match[0]) && !BANK_CODE_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))) add(match, numericIso(match.groups ?? {}, order), false);
  }
  // "2026. 03. 18.", "2026년 3월 18일", "ngày 21 tháng 04 năm 2026" (see entity-dates-asian).
  for (const date of asianDates(text)) add(date.match, toIso(date.year, date.month, date.day), false);
  for (const match of text.matchAll(SPACED_DOTTED_DATE)) {
    const g = match.groups ?? {};
    add(match, toIso(Number(g.year), Number(g.month), Number(g.day)), false);
  }
  for (const match of [...matchesOf(DAY_MONTH_YEAR, folded), ...monthFirstDates(folded)]) {
    const g = match.groups ?? {};
    // "02-Mar-26": a two-digit year only after a hyphen, and in real digits.
    const twoDigitYear = g.year?.length === 2;
    if (twoDigitYear ? /^\d+$/u.test(`${g.day ?? ''}${g.year ?? ''}`) : mostlyDigits(`${g.day ?? ''}${g.year ?? ''}`)) {
      add(match, toIso(fullYear(digits(g.year)), monthNumber(g.month), Number(digits(g.day))));
    }
  }
  if (/ of /iu.test(text)) {
    for (const match of matchesOf(WORDS_DATE, text)) {
      const g = match.groups ?? {};
      add(match, toIso(yearInWords(g.year ?? ''), MONTHS[(g.month ?? '').toLowerCase()] ?? 0, ordinalDay(g.day ?? '')));
    }
  }
  return removeOverlaps(found);
}
