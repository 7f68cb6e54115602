/**
 * A German or Swiss business named after its place, alone on a signature's or letterhead's line:
 * "Yoga am Landwehrkanal", "Notariat am Rheinsprung", "Apotheke im Hof", "Gasthaus zur Post",
 * "Praxis an der Alster". `leadingName` stops at the lower-case "am" (as it must in "Müller am
 * 3. März"), so a line that is wholly such a name is read here. Not after a legal form, and not a
 * day or month after the particle ("Lieferung am Montag").
 */
import { HAS_LEGAL_FORM } from './entity-party-names';

const PLACE_NAME =
  /^\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}[ \t]+(?:am|im|zum|zur|beim|an[ \t]+der|auf[ \t]+der|in[ \t]+der)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?$/u;
const DAY_OR_MONTH =
  /(?<![\p{L}])(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|ende|anfang)(?![\p{L}])/iu;

/** The segment itself when it is wholly a business named after its place, else null. */
export function placeName(segment: string): string | null {
  const trimmed = segment.trim();
  return PLACE_NAME.test(trimmed) && !DAY_OR_MONTH.test(trimmed) && !HAS_LEGAL_FORM.test(trimmed) ? trimmed : null;
}
