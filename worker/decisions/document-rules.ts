/**
 * The business-document decision without a model: required sections present, signed, and dates
 * that can exist and agree with each other.
 */
import { scanDocument } from '../providers/local/entity-scan';
import { lineEvidence } from '../providers/local/entity-text';
import { DecisionBuilder, type RulesDecision } from './decision-builder';
import { findSignature } from './document-signature';

export type { RulesDecision, Verdict } from './decision-builder';

export interface DocumentRuleOptions {
  requiredSections?: string[];
  requireSignature?: boolean;
}

/**
 * What may come before a heading's title: "## 4. Termination", "Section 4 - Termination",
 * "IV. TERMINATION", "§ 4 Termination", "**Termination**". Stripped one anchored step at a time, which
 * keeps each step linear even on lines of nothing but blanks.
 */
const HEADING_DECORATIONS = [
  /^#{1,6}\s*/,
  /^[*_]+/,
  /^(?:section|article|art\.|clause|abschnitt|artikel|§)\s*/i,
  /^(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.|[A-Za-z][.)])\s*/,
  /^[-–—:]\s*/,
  /^[*_]+/,
];
const WHITESPACE_RUN = /\s+/g;

interface HeadingLine {
  /** What the line says once numbering and markup are stripped, lower-cased. */
  title: string;
  start: number;
}

function headingLines(text: string): HeadingLine[] {
  const lines: HeadingLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    let title = line.trim();
    for (const decoration of HEADING_DECORATIONS) title = title.replace(decoration, '');
    lines.push({ title: title.replace(WHITESPACE_RUN, ' ').toLowerCase(), start });
    start += line.length + 1;
  }
  return lines;
}

/** The section's name must open the line and end at a word boundary ("Term" is not "Termination"). */
function findHeading(lines: HeadingLine[], section: string): HeadingLine | undefined {
  const wanted = section.trim().replace(WHITESPACE_RUN, ' ').toLowerCase();
  if (!wanted) return undefined;
  return lines.find((line) => line.title.startsWith(wanted) && !/^[\p{L}\p{N}]/u.test(line.title.slice(wanted.length)));
}

export function decideDocument(text: string, opts: DocumentRuleOptions = {}): RulesDecision {
  const requiredSections = opts.requiredSections ?? [];
  const requireSignature = opts.requireSignature ?? true;
  const verdict = new DecisionBuilder(text);
  const doc = scanDocument(text);
  const at = (span: { start: number }): string => lineEvidence(text, span.start);

  const sectionsFound: string[] = [];
  const sectionsMissing: string[] = [];
  const lines = requiredSections.length ? headingLines(text) : [];
  for (const section of requiredSections) {
    const heading = findHeading(lines, section);
    if (heading) {
      sectionsFound.push(section);
      verdict.cite(at(heading));
    } else {
      sectionsMissing.push(section);
      verdict.missing(`missing required section "${section}"`);
    }
  }

  const signature = findSignature(text);
  if (signature.signed) verdict.cite(signature.signed.text);
  else if (requireSignature) {
    if (signature.blank) verdict.missing('the signature line is blank');
    else verdict.missing('no signature found');
    if (signature.blank) verdict.cite(at(signature.blank));
  }

  for (const date of doc.dates) {
    if (date.iso === null) verdict.fail(`date ${date.text} is not a valid calendar date`, at(date));
  }
  const effective = doc.dates.find((date) => date.label === 'effective' && date.iso);
  const end = doc.dates.find((date) => date.label === 'end' && date.iso);
  // A dated place ("Köln, den 15.04.2025") is where and when the parties signed.
  const signed = doc.dates.find((date) => date.label === 'signed' && date.iso) ?? doc.dates.find((date) => date.label === 'place' && date.iso);
  if (effective?.iso && end?.iso && effective.iso > end.iso) {
    verdict.fail(`effective date ${effective.iso} is after end date ${end.iso}`, at(effective), at(end));
  } else {
    for (const date of [effective, end, signed]) if (date) verdict.cite(at(date));
  }

  return verdict.build(
    {
      sections_found: sectionsFound,
      sections_missing: sectionsMissing,
      signature: signature.signed?.text ?? null,
      effective_date: effective?.iso ?? null,
      end_date: end?.iso ?? null,
      signed_date: signed?.iso ?? null,
      parties: doc.parties.map((party) => party.name),
    },
    requireSignature ? 'required sections and signature are present and the dates agree' : 'required sections are present and the dates agree',
  );
}
