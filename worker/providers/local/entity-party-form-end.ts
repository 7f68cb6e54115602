/**
 * A flattened multi-column header puts a neighbouring column's words on the party's line, after its
 * name: "Customer  Site" over "Acme Widgets Pty Ltd Acme Widgets" (the site's name),
 * "To: Vessel:" over "Nordlys Agencies (Pty) Ltd MV Polar Wind", "Client: Foo S.A. Pedido nº: 12".
 * A company's name ends at its legal form, so when a capitalised word follows the form on the same
 * line and the line shows it holds another column (more text with a figure or a colon after the
 * cut, an addressee's salutation closing the line as in "Rossi S.r.l. Spett.le", or a heading row above
 * that names the party and another column), the name is cut after the form.
 * Left alone: words that continue a name ("GmbH & Co. KG", "S.A. de C.V.", "Pty Ltd ATF Smith Trust",
 * "Ltd t/a Smith's", "Ltd (in liquidation)", "GmbH Niederlassung Wien"), and a line with no sign of a column.
 */
import type { FoundParty } from './entity-parties';
import { lineAt } from './entity-text';
import { foldText } from './entity-ocr';
import { CUSTOMER_LABELS, VENDOR_LABELS, labelGroup } from './entity-party-labels';
import { HAS_LEGAL_FORM, LEGAL_FORM_SPELLINGS } from './entity-party-names';
import { SALUTATION } from './entity-letterhead';

/**
 * The forms that close a name, picked from the one legal-forms list (`LEGAL_FORM_SPELLINGS`), grouped by the dot
 * this reader lets close them: "Ltd" with or without, "GmbH" never, "Inc." and "S.A." only with it.
 */
const CLOSING_FORMS = {
  dotOptional: ['Ltd', 'LTD'],
  noDot: ['Limited', 'LLP', 'PLLC', 'LLC', 'LP', 'GmbH', 'SAS', 'SARL', 'Srl', 'SpA', 'ApS', 'LIMITED', 'GMBH', 'SRL'],
  dotRequired: ['L\\.L\\.C', 'Inc', 'B\\.V', 'N\\.V', 'S\\.A', 'S\\.A\\.S', 'S\\.L', 'S\\.L\\.U', 'S\\.r\\.l', 'S\\.p\\.A', 'Lda', 'Ltda', 'INC', 'S\\.R\\.L', 'S\\.P\\.A', 'LDA'],
};
/** The one closing form the legal-forms list does not carry: "L.P." (the list knows "LP" only, and adding it there would change every reader's test). */
const DOTTED_LP = 'L\\.P\\.';
const unlisted = Object.values(CLOSING_FORMS).flat().filter((form) => !LEGAL_FORM_SPELLINGS.has(form));
if (unlisted.length) throw new Error(`closing forms missing from the legal-forms list: ${unlisted.join(', ')}`);

/** Forms that close a name, with their prefixes ("Pty Ltd", "(Pty) Ltd", "Pte. Ltd.", "Co., Ltd."). */
export const CLOSING_FORM = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:(?:\\(Pty\\)|Pty\\.?|Pte\\.?|Pvt\\.?|Co\\.?,?|\\(PTY\\)|PTY\\.?|PTE\\.?|PVT\\.?|CO\\.?,?)[ \\t]+)?' +
    `(?:${[...CLOSING_FORMS.dotOptional.map((form) => `${form}\\.?`), ...CLOSING_FORMS.noDot, DOTTED_LP, ...CLOSING_FORMS.dotRequired.map((form) => `${form}\\.`)].join('|')})` +
    '(?=[ \\t]+(?<next>[^ \\t]+))',
  'gu',
);
/** Words that carry a name on after its form: connectors, trustees, trading names, branches. */
const CONTINUES =
  /^(?:&|\+|and|und|et|e|y|de|di|del|van|von|ATF|as|trading|T\/A|t\/a|DBA|dba|d\/b\/a|c\/o|C\/O|Holdings?|Group|Partnership|Series|Unipersonal)$/u;
/** A branch named after its company's form: "Brightwater Ltd UK Branch", "Alder GmbH Niederlassung Wien". */
const BRANCH = /(?<!\p{L})(?:Branch|Niederlassung|Zweigniederlassung|Succursale|Sucursal|Filiale|Division)(?!\p{L})/u;
const PARTY_HEADING = new RegExp(`^[ \\t]*(?:${labelGroup([...CUSTOMER_LABELS, ...VENDOR_LABELS])})[ \\t]*[:：]?[ \\t]+\\p{L}`, 'iu');

function headingRowAbove(text: string, lineStart: number): boolean {
  if (lineStart === 0) return false;
  const above = lineAt(text, lineStart - 1);
  return PARTY_HEADING.test(foldText(text.slice(above.start, above.end)));
}

/** Where the name should end (an index into `name`), or -1 to keep it whole. */
function formEnd(text: string, name: string, at: number): number {
  // The party's span may start at its label, on the line above its name.
  const start = text.indexOf(name, lineAt(text, at).start);
  if (start < 0 || start - at > 400) return -1;
  const line = lineAt(text, start);
  const rest = text.slice(start, line.end);
  for (const form of rest.matchAll(CLOSING_FORM)) {
    const cut = (form.index ?? 0) + form[0].length;
    const next = form.groups?.next ?? '';
    if (cut >= name.length || cut < 4) return -1;
    if (!/^\p{Lu}/u.test(next) || CONTINUES.test(next) || HAS_LEGAL_FORM.test(next)) return -1;
    if (BRANCH.test(name.slice(cut))) return -1;
    const after = rest.slice(cut);
    // An addressee's salutation closing the line ("Spett.le", "Messrs") heads the next column's block.
    if (/[\d:：]/u.test(after) || SALUTATION.test(after.trim()) || headingRowAbove(text, line.start)) return cut;
    return -1;
  }
  return -1;
}

export function withNameEndingAtForm(text: string, party: FoundParty): FoundParty {
  if (party.name.length > 160 || !HAS_LEGAL_FORM.test(party.name)) return party;
  const cut = formEnd(text, party.name, party.start);
  return cut < 0 ? party : { ...party, name: party.name.slice(0, cut).trimEnd() };
}
