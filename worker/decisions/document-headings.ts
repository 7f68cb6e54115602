/**
 * Section headings: a line that opens with the section's name once its numbering and markup are
 * stripped ("## 4. Termination", "Section 4 - Termination", "IV. TERMINATION", "§ 4 Laufzeit",
 * "Artículo 3.- Duración", "CLÁUSULA TERCERA.- OBJETO", "Art. 2 – Durata", "**Termination**").
 */
import { foldText } from '../providers/local/entity-ocr';

/**
 * What may come before a heading's title, stripped one anchored step at a time, which keeps each
 * step linear even on lines of nothing but blanks.
 */
const HEADING_DECORATIONS = [
  /^[-•·>]+\s+/,
  /^#{1,6}\s*/,
  /^[*_]+/,
  /^(?:section|article|art\.|clause|abschnitt|artikel|kapitel|punkt|ziffer|§|artículo|articulo|cláusula|clausula|sección|seccion|capítulo|capitulo|articolo|clausola|capitolo|sezione|artigo|secção|seção|hoofdstuk|paragraaf|onderdeel)\s*/iu,
  // "1 Scope", "1.2.", "3.ª", "1)": digits; "IV." or "IV -": Roman numerals only with their stop, so "CIVIL LIABILITY" keeps its name.
  /^\d+(?:\.\d+)*\.?[ºª°]?[.)]?(?:\s*[-–—:]+)?\s*|^[IVXLC]+(?:[.)]|\s+[-–—:])\s*|^[A-Za-z][.)]\s*/u,
  /^(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[ée]ptim[oa]|octav[oa]|noven[oa]|d[ée]cim[oa]|primeira|terceira|quarta|primo|secondo|terzo|quarto|quinto|first|second|third|fourth|fifth)[.:]?\s*[-–—.:]+\s*/iu,
  /^[-–—:.]\s*/,
  /^[*_]+/,
];
const WHITESPACE_RUN = /\s+/g;

const DIACRITICS = /\p{Mn}/gu;

export interface HeadingLine {
  /** What the line says once numbering and markup are stripped, lower-cased and without accents. */
  title: string;
  start: number;
}

/**
 * Lower case, blanks collapsed, accents dropped and OCR's digits read as letters, as labels are
 * folded: "DURACIÓN", "Duración" and "Duracion" are one heading, and so are "Definitions" and "Deflnitions".
 */
function normalise(title: string, folded = foldText(title)): string {
  return folded.replace(WHITESPACE_RUN, ' ').trim().normalize('NFD').replace(DIACRITICS, '').replace(/rn/g, 'm');
}

export function headingLines(text: string): HeadingLine[] {
  // One fold for the whole text: each title is the folded slice where its decorations end.
  const folded = foldText(text);
  const lines: HeadingLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    let title = line.trimEnd();
    for (const decoration of [/^\s+/, ...HEADING_DECORATIONS]) title = title.replace(decoration, '');
    const titleStart = start + line.trimEnd().length - title.length;
    lines.push({ title: normalise(title, folded.slice(titleStart, titleStart + title.length)), start });
    start += line.length + 1;
  }
  return lines;
}

/** The section's name must open the line and end at a word boundary ("Term" is not "Termination"). */
export function findHeading(lines: HeadingLine[], section: string): HeadingLine | undefined {
  const wanted = normalise(section.trim());
  if (!wanted) return undefined;
  return lines.find((line) => line.title.startsWith(wanted) && !/^[\p{L}\p{N}]/u.test(line.title.slice(wanted.length)));
}
