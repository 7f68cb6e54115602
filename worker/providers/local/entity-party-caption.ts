/**
 * A party's block captioned by its label underneath, as boxes come out of PDF-to-text:
 *
 *   Otterbury Estates LLP                WMS-2603-118     Invoice no.
 *   The Estate Office, Otterbury         16/03/2026       Invoice date
 *   Client                               OTT/2026/04      Your order ref.
 *
 * The label opens its line and its own column holds no name; the block above it, from the blank
 * line before it, starts with the party's name in the label's column.
 */
import { HAS_LEGAL_FORM, leadingName, looksLikeName, NAME_END } from './entity-party-names';

/** How many lines a captioned block may hold above its label. */
const MAX_BLOCK_LINES = 4;

function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function captionedBlock(text: string, labelStart: number): { name: string; start: number } | null {
  const labelLine = lineStartAt(text, labelStart);
  if (text.slice(labelLine, labelStart).trim()) return null;
  const column = labelStart - labelLine;
  let top = labelLine;
  for (let lines = 0; lines < MAX_BLOCK_LINES && top > 0; lines += 1) {
    const above = lineStartAt(text, top - 1);
    if (!text.slice(above, top - 1).trim()) break;
    top = above;
  }
  // A block of one line at least, opened by a blank line or the text's start.
  if (top === labelLine || (top > 0 && text.slice(lineStartAt(text, top - 1), top - 1).trim())) return null;
  const line = text.slice(top, text.indexOf('\n', top));
  const cell = line.slice(column);
  if (line.slice(0, column).trim() || !cell.trim() || /^\s/u.test(cell)) return null;
  const stop = NAME_END.exec(cell);
  const value = cell.slice(0, stop ? stop.index : cell.length).trim();
  const name = leadingName(value);
  // Only an organisation's name: a legal form, or three capitalised words.
  if (name !== value || !looksLikeName(name) || (!HAS_LEGAL_FORM.test(name) && (name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length < 3)) return null;
  return { name, start: top + column };
}
