/**
 * The customer in a bill's header flattened into columns, where the parties' column and the
 * invoice's fields share lines, as utilities and telecoms print them:
 *
 *   GILVERDALE ENERGY                  Your business electricity bill
 *   Ostler Yard Bakery Ltd             Bill number      BME-7730184
 *   3 Ostler Yard                      Bill date        2 April 2026
 *
 * The first line's left column is the sender's letterhead; the company on the line under it, beside
 * a field of the invoice, is who the bill is addressed to. No label names it, so it stands in only
 * when nothing else names the customer.
 */
import type { FoundParty } from './entity-parties';
import { columnsOf } from './entity-party-lines';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { splitLines } from './entity-text';

/** A field in the right-hand columns: words, then a value with a figure ("Bill date 2 April 2026", "Bill number   BME-77"). */
const FIELD_COLUMN = /^\p{L}[\p{L} .#/]*?[ \t:]+\S*\d/u;

/** The first word, folded, to tell the letterhead's own company ("ACME" over "Acme Trading Ltd") from another. */
function firstWord(name: string): string {
  return (name.match(/\p{L}+/u)?.[0] ?? '').toLowerCase();
}

export function columnHeaderCustomer(text: string): FoundParty[] {
  const lines = splitLines(text);
  const top = lines.findIndex((line) => line.text.trim());
  const letterhead = lines[top];
  const below = lines[top + 1];
  if (top < 0 || !letterhead || !below) return [];
  const [sender] = columnsOf(letterhead.text);
  const [left, ...right] = columnsOf(below.text);
  // Both lines are split into columns, and the second one's right-hand side holds the invoice's fields.
  const fields = right[0] ? below.text.slice(right[0].start) : '';
  if (!sender || !left || columnsOf(letterhead.text).length < 2 || !FIELD_COLUMN.test(fields)) return [];
  if (/[:：\d@]/u.test(left.text) || /[:：@]/u.test(sender.text) || !looksLikeName(leadingName(sender.text))) return [];
  const name = leadingName(left.text);
  if (name !== left.text || !looksLikeName(name) || !HAS_LEGAL_FORM.test(name) || firstWord(name) === firstWord(sender.text)) return [];
  const start = below.start + left.start;
  return [{ role: 'customer', name, start, end: start + name.length, text: name, generic: true }];
}
