/**
 * A breakdown by tax rate before the totals of net and tax: "Net @ 13.5%: 682.80  VAT: 92.18 / Net @ 23%:
 * 204.00  VAT: 46.92 / Total Net 886.80  Total VAT 139.10 / Amount due 1,025.90". The last net is the sum
 * of the nets above it and the last tax the sum of the taxes above it: those lines break the totals down
 * and are neither the subtotal nor taxes to add again. Dropped only when both sums agree. Without a total of the
 * taxes, only the bases are dropped (see `withoutRateBases`).
 */
import { agrees, sum, type Figure } from './invoice-sums';

export function withoutRateBreakdown(figures: Figure[]): Figure[] {
  const subtotals = figures.filter((figure) => figure.label === 'subtotal');
  const taxes = figures.filter((figure) => figure.label === 'tax');
  const net = subtotals[subtotals.length - 1];
  const tax = taxes[taxes.length - 1];
  if (!net || !tax) return figures;
  if (tax.start < net.start) return withoutRateBases(figures, subtotals, taxes, net);
  const parts = subtotals.slice(0, -1);
  const partTaxes = taxes.filter((figure) => figure.start < net.start);
  if (parts.length < 2 || partTaxes.length < 2 || partTaxes.length !== taxes.length - 1) return figures;
  if (!agrees(sum(parts.map((part) => part.value)), net.value, parts.length) || !agrees(sum(partTaxes.map((part) => part.value)), tax.value, partTaxes.length)) return figures;
  const dropped = new Set([...parts, ...partTaxes]);
  return figures.filter((figure) => !dropped.has(figure));
}

/**
 * The same breakdown with no total of the taxes: "Base 22%: 2.461,00  IVA 22%: 541,42 / Base 4%: 280,00  IVA 4%: 21,20 /
 * Totale imponibile: 2.741,00 / Totale fattura: 3.303,62". The rates' bases add up to the last net and are dropped; their
 * taxes, stated nowhere else, are the invoice's and stay. Only when every tax stands among the bases, before that net.
 */
function withoutRateBases(figures: Figure[], subtotals: Figure[], taxes: Figure[], net: Figure): Figure[] {
  const parts = subtotals.slice(0, -1);
  const first = parts[0];
  if (!first || parts.length < 2 || taxes.some((tax) => tax.start < first.start)) return figures;
  if (!agrees(sum(parts.map((part) => part.value)), net.value, parts.length)) return figures;
  return figures.filter((figure) => !parts.includes(figure));
}
