/**
 * A weekday written before a date must be that date's weekday: "Tuesday, 4 March 2025" names a
 * day that does not exist (4 March 2025 is a Tuesday; 5 March is not). Checked only for dates whose
 * day and month cannot be swapped (month names, ISO), in the seven languages, on folded text.
 */
import { foldText } from './entity-ocr';

/** Sunday is 0, as `Date.getUTCDay` counts. */
const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  domenica: 0, lunedì: 1, martedì: 2, mercoledì: 3, giovedì: 4, venerdì: 5, sabato: 6,
  domingo: 0, lunes: 1, martes: 2, miércoles: 3, jueves: 4, viernes: 5, sábado: 6,
  zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6,
  'segunda-feira': 1, 'terça-feira': 2, 'quarta-feira': 3, 'quinta-feira': 4, 'sexta-feira': 5,
};
const FOLDED = new Map(Object.entries(WEEKDAYS).map(([name, day]) => [foldText(name), day]));
const WEEKDAY_BEFORE = new RegExp(
  `(?<![\\p{L}])(?<weekday>${[...FOLDED.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?,?\\s+(?:(?:the|le|den|der|el|il|op|on|am)\\s+)?$`,
  'u',
);

/**
 * Where the weekday written right before `start` begins, when the ISO date falls on another day
 * ("Wednesday, 4 March 2025"); null when no weekday is written or it is the right one.
 */
export function wrongWeekdayAt(folded: string, start: number, iso: string): number | null {
  const from = Math.max(0, start - 40);
  const before = WEEKDAY_BEFORE.exec(folded.slice(from, start));
  const named = before?.groups?.weekday === undefined ? undefined : FOLDED.get(before.groups.weekday);
  if (named === undefined || new Date(`${iso}T00:00:00Z`).getUTCDay() === named) return null;
  return from + (before?.index ?? 0);
}
