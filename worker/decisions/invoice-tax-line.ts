/**
 * A tax line that states its base and its tax side by side, as Spanish and Portuguese receipts and
 * tickets print them ("IVA 21% incluido: base 34,09  cuota 7,16", "Basis 100,00  MwSt. 19,00"): the
 * figure after the base word is the base, not the tax, and the line shows its own arithmetic.
 */
import { findAmounts } from '../providers/local/entity-amounts';

/** The word naming a tax's base, in the seven languages. */
const BASE_WORD = /(?<![\p{L}])(?:base(?:[ \t]+imponible|[ \t]+tributável|[ \t]+tributavel)?|basis|bemessungsgrundlage|assiette|imponibile|grondslag|taxable)(?![\p{L}])/iu;

/**
 * Whether the tax line names a base and holds, after it, a base and a tax the stated rate joins
 * (base × rate = tax, within a cent). Then the line's tax agrees with its rate whatever figure was
 * read as the tax.
 */
export function taxLineStatesBaseAndTax(line: string, rate: number): boolean {
  const word = BASE_WORD.exec(line);
  if (!word) return false;
  const values = findAmounts(line.slice(word.index), []).map((amount) => amount.value);
  for (let i = 0; i < values.length; i += 1) {
    for (let j = i + 1; j < values.length; j += 1) {
      const base = values[i] ?? 0;
      if (base > 0 && Math.abs((base * rate) / 100 - (values[j] ?? 0)) <= 0.01 + 1e-9) return true;
    }
  }
  return false;
}
