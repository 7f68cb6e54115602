/**
 * A breakdown by tax rate before the totals of net and tax: "Net @ 13.5%: 682.80  VAT: 92.18 / Net @ 23%:
 * 204.00  VAT: 46.92 / Total Net 886.80  Total VAT 139.10 / Amount due 1,025.90". The last net is the sum
 * of the nets above it and the last tax the sum of the taxes above it: those lines break the totals down
 * and are neither the subtotal nor taxes to add again. Dropped only when both sums agree.
 * Without a total of the taxes ("Imponibile 10%: 1.109,60 - IVA 10%: 110,96 / Imponibile 22%: 246,00 -
 * IVA 22%: 54,12 / Totale imponibile: 1.355,60"), or with the taxes only after the last net, the taxes are
 * the invoice's own and stay; the nets above the last, which they make, are still its breakdown and go.
 * With no net over all rates at all, each rate's net followed by its tax ("Imponibile 10%: 1.109,60 - IVA
 * 10%: 110,96 / Imponibile 22%: 246,00 - IVA 22%: 54,12 / Totale fattura 1.520,68"), the nets together are the
 * subtotal the items make (see `withJoinedRateNets`).
 */
import { agrees, sum, type Figure } from './invoice-sums';

export function withoutRateBreakdown(figures: Figure[]): Figure[] {
  const subtotals = figures.filter((figure) => figure.label === 'subtotal');
  const taxes = figures.filter((figure) => figure.label === 'tax');
  const net = subtotals[subtotals.length - 1];
  const parts = subtotals.slice(0, -1);
  if (!net || parts.length < 2 || !agrees(sum(parts.map((part) => part.value)), net.value, parts.length)) return withJoinedRateNets(figures);
  const partTaxes = taxes.filter((figure) => figure.start < net.start);
  const taxesAfter = taxes.filter((figure) => figure.start > net.start);
  let dropped: Set<Figure>;
  if (taxesAfter.length === 1 && partTaxes.length >= 2) {
    const [tax] = taxesAfter;
    if (!tax || !agrees(sum(partTaxes.map((part) => part.value)), tax.value, partTaxes.length)) return figures;
    dropped = new Set([...parts, ...partTaxes]);
  } else if ((taxesAfter.length === 0 && partTaxes.length >= 1) || (partTaxes.length === 0 && taxesAfter.length >= 1)) {
    dropped = new Set(parts);
  } else {
    return figures;
  }
  return figures.filter((figure) => !dropped.has(figure));
}

/** A rate on a net's own line, "Imponibile 10%", "Net @ 20 %": the net is one rate's. */
const RATE_ON_LINE = /\d[ \t]?%/u;

/**
 * Two nets or more, each naming its rate and followed by its own tax before the next net, and no net over
 * them: one subtotal, their sum, standing where the first stood. Anything else is left as read.
 */
function withJoinedRateNets(figures: Figure[]): Figure[] {
  const sums = figures.filter((figure) => figure.label === 'subtotal' || figure.label === 'tax' || figure.label === 'total');
  const nets = sums.filter((figure) => figure.label === 'subtotal');
  const [first] = nets;
  if (!first || nets.length < 2 || !nets.every((figure) => RATE_ON_LINE.test(figure.evidence))) return figures;
  // Net, tax, net, tax...: each net's next figure of these is its tax, and the one before each later net is a tax.
  const alternates = nets.every((figure) => {
    const at = sums.indexOf(figure);
    return sums[at + 1]?.label === 'tax' && (at === 0 || sums[at - 1]?.label === 'tax');
  });
  if (!alternates) return figures;
  const joined: Figure = { ...first, value: Math.round(sum(nets.map((figure) => figure.value)) * 100) / 100 };
  return figures.filter((figure) => figure === first || !nets.includes(figure)).map((figure) => (figure === first ? joined : figure));
}
