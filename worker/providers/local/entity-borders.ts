/**
 * A table's borders as a scan or a drawing program gives them: "│" (box drawing), "¦" (a broken bar)
 * and a lone "l" (a scanned "|") stand where a plain "|" would. A careful reader sees one bar in
 * all of them; the readers of barred cells know only "|". Each is replaced one for one, so every
 * offset into the text still points at the same place in the input.
 */

/** Cheap guard: a line drawn with any kind of bar at all. */
const ANY_BAR = /[|│¦]/u;
/** A bar other than "|". */
const OTHER_BAR = /[│¦]/gu;
/** An "l" alone between blanks or a line's ends: a scanned bar, never a word. */
const LONE_L = /(?<=^|[ \t])l(?=[ \t\r]|$)/gmu;

/** A line holding a bar: its lone "l"s are bars too (in running text a lone "l" is left alone). */
function lineWithBars(line: string): string {
  if (!ANY_BAR.test(line)) return line;
  return line.replace(OTHER_BAR, '|').replace(LONE_L, '|');
}

/** The text with every table border read as "|", the same length as the input. */
export function withPlainBars(text: string): string {
  if (!ANY_BAR.test(text)) return text;
  return text.split('\n').map(lineWithBars).join('\n');
}
