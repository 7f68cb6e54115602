/**
 * An addressee's block without a label, found by the line under its name: an attention line
 * (`attentionCustomer`, below) or a department. By its department: a name over a department
 * ("Service comptabilité", "Accounts Payable", "Buchhaltung") over its street and town, near the
 * top and without labels.
 * A letterhead names no department of its own, so such a block is who the document is sent to,
 * wherever it stands (French letters print it on the right):
 *
 *                                     Hôtel Les Glycines SAS
 *                                     Service comptabilité
 *                                     14 avenue des Tilleuls
 *                                     06400 Cannes
 */
import { numberedOrganisationAbove } from './entity-party-numbered-body';
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, leadingName, looksLikeName, ROLE_OR_DEPARTMENT } from './entity-party-names';
import { ATTENTION, nextLineStart, organisationAbove, organisationLine } from './entity-party-lines';
import { splitAtColumnGap } from './entity-text';
import { deliveryHeadingAbove } from './entity-party-delivery-gloss';

/** How far down the addressee's block may start, in lines. */
const TOP_LINES = 15;

/**
 * The block opens after a blank line (or the text's start): a name, a department, then a street or
 * postcode; what follows it (a title, the invoice's fields) may come without a blank line between.
 */
export function departmentBlockCustomer(text: string): FoundParty[] {
  const lines = text.split('\n').slice(0, TOP_LINES);
  let offset = 0;
  for (const [i, whole] of lines.entries()) {
    const start = offset;
    offset += whole.length + 1;
    // The name and its department flattened onto one line, a column gap apart ("Hôtel Les Glycines SAS  Service comptabilité").
    const cells = whole.trim().split(/[ ]{2,}|\t/u);
    const flattened = cells.length === 2 && ROLE_OR_DEPARTMENT.test(cells[1] ?? '');
    const line = flattened ? (cells[0] ?? '') : whole;
    const [department, address] = flattened ? [cells[1] ?? '', lines[i + 1] ?? ''] : [lines[i + 1] ?? '', lines[i + 2] ?? ''];
    if ((i > 0 && lines[i - 1]?.trim()) || !ROLE_OR_DEPARTMENT.test(department.trim()) || !/\d/u.test(address)) continue;
    if ([line, department, address].some((part) => /[:：]/u.test(part))) continue;
    const value = line.trim();
    const name = leadingName(value);
    if (name !== value || !looksLikeName(name) || /\d/u.test(name) || (!HAS_LEGAL_FORM.test(name) && (name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length < 3)) continue;
    const at = start + whole.indexOf(name);
    return [{ role: 'customer', name, start: at, end: at + name.length, text: name, generic: true }];
  }
  return [];
}

/**
 * An address block's organisation over an attention line written without a colon, as window
 * envelopes have it: "Domaine de Frécourt" over "À l'attention de M. Aubin Lestrade",
 * "Hausverwaltung Brückner-Saal KG" over "z. Hd. Frau Henrike Pallasch"; or with a colon after an attention word
 * that no label reads ("FAO: Clerk to the Trustees, Mr Alan Firth").
 */
const ATTENTION_LINES = new RegExp(`^[ \\t]*${ATTENTION}(?![\\p{L}])(?:[ \\t]*[:：])?(?<whom>[^\\n:：]*)$`, 'gimu');
export function attentionCustomer(text: string): FoundParty[] {
  for (const match of text.matchAll(ATTENTION_LINES)) {
    // "Destinatario merce / Ship to" over "c/o Fenwick Cold Store": a delivery site, not the customer.
    if (deliveryHeadingAbove(text, match.index + match[0].length - match[0].trimStart().length)) continue;
    // "For the attention of Accounts Payable" over "Holloway-Brisk Developments Ltd": a department, then its organisation,
    // perhaps flattened onto the same line after a column gap ("... Accounts Payable  Holloway-Brisk Developments Ltd").
    const whom = match.groups?.whom ?? '';
    const split = splitAtColumnGap(whom);
    const beside = split && ROLE_OR_DEPARTMENT.test(split.before.trim()) ? match.index + match[0].length - whom.length + split.afterStart : null;
    const below = ROLE_OR_DEPARTMENT.test(whom.trim()) ? nextLineStart(text, match.index) : null;
    // "F.A.O. Accounts, Sneinton Build Partners LLP": the department, then its organisation after a comma.
    const comma = /^[ \t]*([^,]+),[ \t]*/u.exec(whom);
    const after = comma?.[1] && ROLE_OR_DEPARTMENT.test(comma[1].trim()) ? match.index + match[0].length - whom.length + comma[0].length : null;
    // "Strata Plan No. 4410" over "c/o ...": a body named with its number (see entity-party-numbered-body).
    const above = organisationAbove(text, match.index) ?? numberedOrganisationAbove(text, match.index) ?? (below === null ? null : organisationLine(text, below)) ?? (beside === null ? null : organisationLine(text, beside)) ?? (after === null ? null : organisationLine(text, after));
    if (!above) continue;
    const name = text.slice(above.start, above.end);
    return [{ role: 'customer', name, start: above.start, end: above.end, text: name }];
  }
  return [];
}
