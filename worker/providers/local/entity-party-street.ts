/**
 * A street read where a name is expected: "Main St.", "High Street", "Tryon Rd" alone, as a letterhead's
 * address line opens ("Main St., Carrigaline, Co. Cork"). One or two capitalised words, then a street's
 * word. Not "Lane", "Way" or "Place", which are surnames too ("Emma Lane"), nor a street's word inside a
 * longer name ("Abbey Road Studios", "St. Mary's School").
 */
const STREET_ONLY = /^\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)?[ \t](?:St|Rd|Ave|Blvd|Street|Road|Avenue)\.?$/u;

export function isStreetOnly(name: string): boolean {
  return STREET_ONLY.test(name);
}
