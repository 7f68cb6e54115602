/**
 * A delivery note has no "Bill to": it names its supplier and whom the goods are delivered to, "Furnizor /
 * Supplier: Ceramica Țara Bârsei SRL" over "Destinatar / Consignee: Pensiunea Casa Sub Tâmpa, Str. Coresi
 * 4, Brașov". On an invoice the consignee is where goods go, not who is billed (entity-party-labels keeps it
 * among the delivery labels, and a ship-to alone names no customer); on a document titled a delivery note
 * the consignee is the only counterparty it names, so it stands in for the customer. Read only where
 * nothing else names the customer, and only when the document's first lines title it a delivery note.
 */
import type { FoundParty } from './entity-parties';
import { leadingName, looksLikeName } from './entity-party-names';

/** The title of a delivery note in its first lines: "DELIVERY NOTE", "Lieferschein", "Bon de livraison", "Albarán", "DDT", "Pakbon". */
const DELIVERY_NOTE_TITLE =
  /(?<![\p{L}])(?:delivery\s+(?:note|docket|slip)|packing\s+slip|lieferschein|bon\s+de\s+livraison|albar[aá]n|documento\s+di\s+trasporto|ddt|pakbon|leveringsbon|guia\s+de\s+remessa)(?![\p{L}])/iu;
/** How many of the first non-empty lines may hold the title. */
const TITLE_LINES = 3;
/** "Consignee: X", "Destinatar / Consignee: X", "Warenempfänger: X": the label ends its line's label part, the name follows up to a comma. */
const CONSIGNEE = /(?<![\p{L}])(?:[Cc]onsignee|CONSIGNEE|[Ww]arenempfänger|WARENEMPFÄNGER)[ \t]*[:：][ \t]*(?<name>\p{Lu}[^\n,;|]{1,80}?)[ \t]*(?=[,;|]|$)/mu;

export function deliveryNoteCustomer(text: string): FoundParty[] {
  const head = text.split('\n').filter((line) => line.trim()).slice(0, TITLE_LINES).join('\n');
  if (!DELIVERY_NOTE_TITLE.test(head)) return [];
  const match = CONSIGNEE.exec(text);
  const raw = match?.groups?.name?.trim() ?? '';
  const name = leadingName(raw);
  if (!match || !name || name !== raw || !looksLikeName(name)) return [];
  const start = match.index + match[0].lastIndexOf(name);
  return [{ role: 'customer', name, start, end: start + name.length, text: name }];
}
