/**
 * An invoice that opens with a sentence whose subject is the firm that did the work: "Tecnocaffè Ceresio
 * Sagl serviced two espresso machines for Grand Café Riva SA, Riva Vela 4, 6900 Lugano, on 20.06.2026 and
 * bills them as follows". The subject, a name with its legal form, is the vendor; the name after "for" in
 * the same sentence is the customer. The verb says what the firm did or charges ("serviced", "repaired",
 * "supplied", "bills", "invoices"): a lower-case word right after the name, so a name's own words are not
 * taken for it. Read only on the document's first line, and only where nothing else names either party
 * (see entity-parties): "Harbour Rigging Ltd supplied the rope for the new owners" names no customer (a
 * name must read as an organisation's, a legal form or three capitalised words), and "John Smith repaired
 * the boiler for Acme Ltd" no vendor (the subject has no legal form).
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { ARTICLE, NAME_STOP } from './entity-party-prose-for';

const OPENING = new RegExp(
  `^[ \\t]*(?<vendor>\\p{Lu}[^\\n,;:]{1,70}?)[ \\t]+(?:\\p{Ll}+ed|bills|invoices|charges)[ \\t][^\\n.:;]{0,80}?[ \\t]for[ \\t]+${ARTICLE}` +
    `(?<customer>\\p{Lu}[^\\n:;,()]{0,80}?)${NAME_STOP}`,
  'u',
);

function organisation(raw: string): string | null {
  const name = leadingName(raw.trim());
  if (name !== raw.trim() || !looksLikeName(name)) return null;
  const capitals = (name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length;
  return HAS_LEGAL_FORM.test(name) || capitals >= 3 ? name : null;
}

export function openingSentenceParties(text: string): FoundParty[] {
  const first = /\S/u.exec(text);
  if (!first) return [];
  const lineStart = text.lastIndexOf('\n', first.index) + 1;
  const lineEnd = text.indexOf('\n', first.index);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const match = OPENING.exec(line);
  if (!match?.groups) return [];
  const vendorRaw = match.groups.vendor ?? '';
  const vendor = organisation(vendorRaw);
  const customer = organisation(match.groups.customer ?? '');
  if (!vendor || !HAS_LEGAL_FORM.test(vendor) || !customer) return [];
  const vendorStart = lineStart + match.index + match[0].indexOf(vendorRaw);
  const customerStart = lineStart + match.index + match[0].lastIndexOf(customer);
  return [
    { role: 'vendor', name: vendor, start: vendorStart, end: vendorStart + vendor.length, text: vendor },
    { role: 'customer', name: customer, start: customerStart, end: customerStart + customer.length, text: customer },
  ];
}
