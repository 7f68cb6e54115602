/**
 * Two ways a firm's name comes with more than the name:
 * - "Payee: Oakridge Vance LLP Operating Account": the bank account's name, the firm's name and the
 *   kind of account; the firm is the name up to its legal form;
 * - "Drukkerij Scheldehoek BV – Imprimerie Scheldehoek SRL": a bilingual firm's name in its second
 *   language after a dash, each half a whole name with its legal form; the first is cited.
 * A name without a legal form before "Account" or before the dash is left as it is ("Smith & Dash –
 * Joinery", "Harbour Foods – Wholesale Division Ltd").
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM } from './entity-party-names';
import { latinHalf } from './entity-party-name-script';

const ACCOUNT_SUFFIX = /[ \t,]+(?:(?:operating|client|clients'?|trust|business|current|escrow|general|office|main)[ \t]+)?a\/?c(?:count)?\.?$/iu;
/** Split at the first spaced dash only: names are short, the input is bounded. */
const DASHED = /^(?<first>[^–—\n]{3,80}?)[ \t]+[–—-][ \t]+(?<second>[^\n]{3,80})$/u;

function endsWithLegalForm(name: string): boolean {
  const words = name.trim().split(/[ \t]+/u);
  const last = words.slice(-2).join(' ');
  return HAS_LEGAL_FORM.test(words[words.length - 1] ?? '') || (HAS_LEGAL_FORM.test(last) && !HAS_LEGAL_FORM.test(words.slice(0, -2).join(' ')));
}

export function tidiedName(name: string): string {
  if (name.length > 160) return name;
  // "ΕΛΑΙΟΥΡΓΕΙΟ ... Α.Ε. / ... Olive Mill S.A.": the Latin-script half (see entity-party-name-script).
  const latin = latinHalf(name);
  if (latin) return latin;
  if (/account|a\/c/iu.test(name)) {
    const kept = name.replace(ACCOUNT_SUFFIX, '');
    if (kept !== name && endsWithLegalForm(kept)) return kept;
  }
  if (/[–—-]/u.test(name)) {
    const match = DASHED.exec(name);
    const first = match?.groups?.first ?? '';
    const second = match?.groups?.second ?? '';
    if (match && endsWithLegalForm(first) && endsWithLegalForm(second)) return first.trim();
  }
  return name;
}

export function withTidiedName(party: FoundParty): FoundParty {
  const name = tidiedName(party.name);
  return name === party.name ? party : { ...party, name };
}
