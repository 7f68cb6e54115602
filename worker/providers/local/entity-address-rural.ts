/**
 * An address line with no street number and no postcode, as rural Irish addresses are written:
 * "Ballyhogue, Bree, Co. Wexford", "Templeshannon, Enniscorthy, Co. Wexford Y21 K8P2" (an Eircode
 * after the county, which POSTCODE_OR_STREET does not read). A comma-parted line whose last part names
 * a county ("Co. Wexford", "County Cork") is an address, as a reader of a letter's window address sees.
 */
const COUNTY = /,[ \t]*(?:Co\.|County)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+[A-Z]\d{2}[ \t]?[A-Z\d]{4})?(?=[ \t]*(?:$|[·|•]))/u;

export function isRuralAddressLine(line: string): boolean {
  return COUNTY.test(line);
}
