/**
 * The account holder a bank line names at the foot: "op NL47 RABO 0317 2298 41 t.n.v. Friese Houtschaatsenmakerij
 * De Swette B.V.", "Account name: Kestrel Joinery Ltd", "Kontoinhaber: Holzbau Riedl GmbH". The holder of the
 * account an invoice is paid into is the firm that issues it, under its legal name; it is read only as the full
 * form of a letterhead's shorter name (see entity-party-footer-legal), and only with a legal form.
 */
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import type { Line } from './entity-text';

/** "t.n.v." (ten name van), "account name", "Kontoinhaber", "titulaire du compte", "intestato a", "a favor de", closing on the name. */
const HOLDER =
  /(?<![\p{L}])(?:t\.?[ \t]?n\.?[ \t]?v\.?|ten[ \t]+name[ \t]+van|account[ \t]+(?:name|holder)|kontoinhaber(?:in)?|titulaire(?:[ \t]+du[ \t]+compte)?|intestat[oa][ \t]+a|a[ \t]+favor[ \t]+de)(?![\p{L}])[ \t]*[:：]?[ \t]*/giu;

/** The legal names after an account holder's words on `lines`, where they start in the text. */
export function accountHolderNames(lines: Line[]): { name: string; start: number }[] {
  const found: { name: string; start: number }[] = [];
  for (const line of lines) {
    for (const match of line.text.matchAll(HOLDER)) {
      const rest = line.text.slice(match.index + match[0].length);
      const name = leadingName(rest);
      if (name && looksLikeName(name) && HAS_LEGAL_FORM.test(name)) found.push({ name, start: line.start + match.index + match[0].length });
    }
  }
  return found;
}
