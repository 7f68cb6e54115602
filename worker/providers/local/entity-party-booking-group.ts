/**
 * Whom a booking is made for, as tour operators, hotels and dive or ski schools print it on their confirmations
 * and group invoices: "Group: Ruhr Tauchclub e.V., Essen (8 divers)", "Group name: Harrowgate Ramblers Association",
 * "Booked by: Lindqvist Event AB". The label opens its line and has a colon; the name ends where a name ends (a
 * comma, a separator, a column gap). Only an organisation's name is read: a legal form, or a body's kind word
 * ("Club", "Association", "School", "Verein"), as "Group: A", "Group: Garden Furniture Range" (a product group) or
 * "Booked by: Anna Berg" name a class, goods or a clerk. Read only where nothing else names the customer (see
 * entity-parties).
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';

/** "Group:", "Group name:", "Booked by:", "Booking name:", and the group's label in German, French, Italian and Spanish. */
const BOOKING_LABEL = /^[ \t>*•-]*(?:group(?:[ \t]+name)?|booked[ \t]+by|booking[ \t]+name|gruppe|groupe|gruppo|grupo)[ \t]*:[ \t]*(?=\S)/gimu;

/** The kind of body a group travels as, inside its name: "Harrowgate Ramblers Association", "Tauchclub", "Skiclub Arosa". */
const BODY_KIND =
  /(?:club|klub|association|society|school|college|university|academy|choir|chorus|orchestra|federation|union|church|parish|council|verein|verband|schule|gymnasium|chor|société|école|associazione|scuola|asociaci[oó]n|colegio)(?![\p{L}])/iu;

export function bookingGroupCustomer(text: string): FoundParty[] {
  if (!/group|gruppe|gruppo|grupo|booked|booking/iu.test(text)) return [];
  for (const match of text.matchAll(BOOKING_LABEL)) {
    const from = match.index + match[0].length;
    const lineEnd = text.indexOf('\n', from);
    const rest = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
    const name = leadingName(rest);
    if (!looksLikeName(name) || !rest.startsWith(name)) continue;
    if (!HAS_LEGAL_FORM.test(name) && !BODY_KIND.test(name)) continue;
    const start = match.index + match[0].search(/\S/u);
    return [{ role: 'customer', name, start, end: from + name.length, text: text.slice(start, from + name.length) }];
  }
  return [];
}
