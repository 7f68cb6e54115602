/**
 * The business-document decision without a model: required sections present, signed, and dates
 * that can exist and agree with each other.
 */
import { scanDocument } from '../providers/local/entity-scan';
import { evidenceAt } from './evidence-span';
import { DecisionBuilder, type RulesDecision } from './decision-builder';
import { findHeading, headingLines } from './document-headings';
import { findSignature } from './document-signature';

export type { RulesDecision, Verdict } from './decision-builder';

export interface DocumentRuleOptions {
  requiredSections?: string[];
  requireSignature?: boolean;
}

export function decideDocument(text: string, opts: DocumentRuleOptions = {}): RulesDecision {
  const requiredSections = opts.requiredSections ?? [];
  const requireSignature = opts.requireSignature ?? true;
  const verdict = new DecisionBuilder(text);
  const doc = scanDocument(text);
  const at = (span: { start: number; end?: number }): string => evidenceAt(text, span.start, span.end);

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
