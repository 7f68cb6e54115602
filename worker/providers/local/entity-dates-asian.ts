/**
 * Dates as Korean and Vietnamese invoices write them, year first with a dot and a blank after each
 * part ("2026. 03. 18.", the Korean short form), with Korean units ("2026년 3월 18일") or in Vietnamese
 * words ("ngày 21 tháng 04 năm 2026"). Chinese and Japanese "2025年4月10日" are read in `entity-dates`.
 * Always year, month, day in that order; a number with a dot and no blank ("2026.03.18") is ISO's.
 */

/** "2026. 03. 18." | "2026. 3. 18": a blank after each dot, so "1.250.000" or "12.5. 3" is none. */
const KOREAN_DOTTED = /(?<![\d.,])(?<year>(?:19|20)\d{2})\.[ \t](?<month>\d{1,2})\.[ \t](?<day>\d{1,2})\.?(?![\d]|[.,]\d)/gu;
/** "2026년 3월 18일", "2026년 03월 18일" */
const KOREAN_UNITS = /(?<!\d)(?<year>\d{4})[ \t]?년[ \t]?(?<month>\d{1,2})[ \t]?월[ \t]?(?<day>\d{1,2})[ \t]?일/gu;
/** "ngày 21 tháng 04 năm 2026" */
const VIETNAMESE_WORDS = /(?<![\p{L}])ngày[ \t]+(?<day>\d{1,2})[ \t]+tháng[ \t]+(?<month>\d{1,2})[ \t]+năm[ \t]+(?<year>\d{4})(?!\d)/giu;

export interface AsianDateMatch {
  match: RegExpMatchArray;
  year: number;
  month: number;
  day: number;
}

/** Every such date in `text`, with its parts (the caller checks that the day exists). */
export function asianDates(text: string): AsianDateMatch[] {
  const found: AsianDateMatch[] = [];
  for (const pattern of [KOREAN_DOTTED, KOREAN_UNITS, VIETNAMESE_WORDS]) {
    for (const match of text.matchAll(pattern)) {
      const g = match.groups ?? {};
      found.push({ match, year: Number(g.year), month: Number(g.month), day: Number(g.day) });
    }
  }
  return found;
}
