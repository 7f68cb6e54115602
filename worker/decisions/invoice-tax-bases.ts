/**
 * A tax analysis that names each rate's base and no tax: "VAT analysis: 0% on £1,640.00, 20% on
 * £784.50" under the totals. The figure after "<rate>% on" is the base the rate applies to, not a
 * tax; read as one, it is added to the real tax and the sums seem not to agree. A tax figure whose
 * run holds that base alone (no tax figure follows it) is dropped where another tax figure remains; "8.25% on $2,800.00  $231.00"
 * keeps its tax, the run's last figure.
 */
import { BASE_WORD, findAmounts } from '../providers/local/entity-amounts';
import { lineAt } from '../providers/local/entity-text';
import type { Figure } from './invoice-sums';

/** The rate and the base word straight before the figure, a currency sign or code allowed between. */
const RATE_ON_BEFORE = new RegExp(`\\d[ \\t]?%[ \\t]*${BASE_WORD}[ \\t]*(?:[€£$¥]|[A-Z]{3}[ \\t]?)?$`, 'iu');

/** Whether the tax figure is a base alone: after "<rate>% on", and its run's only figure. */
function isBaseOnly(text: string, figure: Figure): boolean {
  if (figure.label !== 'tax' || !RATE_ON_BEFORE.test(text.slice(Math.max(0, figure.start - 16), figure.start))) return false;
  const line = lineAt(text, figure.start);
  const [first] = findAmounts(text.slice(figure.start, line.end), []).sort((a, b) => a.start - b.start);
  return first !== undefined && first.start === 0 && first.value === figure.value;
}

/**
 * The figures less each tax that is only a rate's base, when another tax figure remains: a lone "VAT at
 * 20% of 48.28" in prose may well be the tax itself.
 */
export function withoutTaxBases(text: string, figures: Figure[]): Figure[] {
  if (!figures.some((figure) => figure.label === 'tax')) return figures;
  const bases = figures.filter((figure) => isBaseOnly(text, figure));
  if (!bases.length || !figures.some((figure) => figure.label === 'tax' && !bases.includes(figure))) return figures;
  return figures.filter((figure) => !bases.includes(figure));
}
