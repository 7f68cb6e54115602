/**
 * A total over a group of rows, followed by more rows and the invoice's total ("Tota1 fees $3,312.00 /
 * DISBURSEMENTS courier $38.75 / TOTAL THIS INVOICE $3,350.75"): the first total adds up the fees only.
 * When the rows above it make it exactly, and all rows make the last total, it is a section's total
 * (labelled apart, neither chosen as the total nor added), not the invoice's total contradicting its items.
 */
import type { FoundLineItem } from '../providers/local/entity-scan';
import { agrees, sum, type Figure } from './invoice-sums';

function sumAbove(items: FoundLineItem[], at: number): { total: number; count: number } {
  const above = items.filter((item) => item.start < at);
  return { total: sum(above.map((item) => item.amount)), count: above.length };
}

export function withItemSectionTotals(figures: Figure[], items: FoundLineItem[]): Figure[] {
  const totals = figures.filter((figure) => figure.label === 'total');
  const first = totals[0];
  const last = totals[totals.length - 1];
  if (!first || !last || first === last || first.value === last.value) return figures;
  const section = sumAbove(items, first.start);
  const whole = sumAbove(items, last.start);
  if (section.count < 2 || whole.count <= section.count) return figures;
  if (!agrees(section.total, first.value, section.count) || !agrees(whole.total, last.value, whole.count)) return figures;
  return figures.map((figure) => (figure === first ? { ...figure, label: 'section' } : figure));
}
