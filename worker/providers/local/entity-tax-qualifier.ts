/**
 * A tax's name that qualifies a sum's heading is no column of its own. A header row flattened to single
 * blanks, "Total excl. VAT VAT 21% Total incl. VAT" over "803,00 168,63 917,63", has three columns:
 * the "VAT" after "excl."/"incl."/"ex" ("Total exkl. MWST", "Betrag inkl. MwSt", "Subtotal (ex GST)") says what the sum leaves
 * out or holds, while a "VAT" after another word ("Net VAT Total") heads its own column.
 */
import { foldPattern } from './entity-ocr';

/** "excl."/"incl." and their kin straight before the tax's name, matched folded. */
const QUALIFIER_BEFORE = new RegExp(`(?<![\\p{L}])${foldPattern('(?:excl|exkl|ex|incl|inkl|inc|ohne|hors|sin|senza|sem|zonder|con|mit|avec|with|without|before|plus)')}\\.?[ \\t]+$`, 'u');

/** Whether the tax heading starting at `start` of `foldedHeader` qualifies the heading before it. */
export function qualifiesHeading(foldedHeader: string, start: number): boolean {
  return QUALIFIER_BEFORE.test(foldedHeader.slice(Math.max(0, start - 12), start));
}
