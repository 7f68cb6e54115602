/**
 * "for and on behalf of Trevaskis Land Surveys", "On behalf of Harrow & Lyle Ltd", "pp. Quarry Lane
 * Joinery": a signature line that names the firm the writer signs for. The firm is the vendor, not the
 * writer above it ("Idris Trevaskis MRICS"). Read among a signature's lines (see entity-signature).
 */
import type { FoundParty } from './entity-parties';
import { leadingName, looksLikeName } from './entity-party-names';
import type { Line } from './entity-text';

const BEHALF = /^[ \t]*(?:(?:signed[ \t]+)?(?:for[ \t]+and[ \t]+)?on[ \t]+behalf[ \t]+of|p\.?p\.?|im[ \t]+auftrag[ \t]+(?:von|der|des)|pour[ \t]+le[ \t]+compte[ \t]+de)[ \t]+(?:the[ \t]+)?(?=\p{Lu})/iu;

export function behalfVendor(lines: Line[]): FoundParty[] {
  for (const line of lines) {
    const cue = BEHALF.exec(line.text);
    if (!cue) continue;
    const rest = line.text.slice(cue[0].length);
    const name = leadingName(rest);
    if (!looksLikeName(name) || /\d/u.test(name)) continue;
    const start = line.start + cue[0].length + rest.indexOf(name);
    return [{ role: 'vendor', name, start, end: start + name.length, text: line.text.trim(), generic: true }];
  }
  return [];
}
