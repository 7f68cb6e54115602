/**
 * A tax summary by rate, each line stating a base and the tax charged on it: "Imponibile / Base 4%: € 280,00
 * IVA 4%: € 21,20", "Matrah KDV 20%: 7.300,00 ₺   KDV 20%: 1.460,00 ₺". Each line must charge its rate on its
 * base: 4 % of 280,00 is 11,20, not 21,20. `checkTaxRate` checks a lone tax line against the invoice's net; with
 * several rates there is no one net to check against, but each line carries its own.
 */
import { money, type DecisionBuilder } from './decision-builder';
import { agrees, type Figure } from './invoice-sums';
import { statedRates } from './invoice-tax-rate';

/**
 * Each tax that follows a base (a subtotal) on its own line, with one rate stated there, must be that rate
 * of the base, within a cent. Checked only with two taxes or more (one is `checkTaxRate`'s).
 */
export function checkRateLines(figures: Figure[], verdict: DecisionBuilder): void {
  const taxes = figures.filter((figure) => figure.label === 'tax');
  if (taxes.length < 2) return;
  figures.forEach((tax, i) => {
    const base = figures[i - 1];
    if (tax.label !== 'tax' || !base || base.label !== 'subtotal' || base.evidence !== tax.evidence || base.value <= 0 || tax.value <= 0) return;
    const rates = statedRates(tax.evidence);
    const [rate] = [...rates];
    if (rates.size !== 1 || rate === undefined || rate <= 0) return;
    const charged = (base.value * rate) / 100;
    if (agrees(charged, tax.value, 1)) return;
    verdict.fail(`tax at the stated ${rate}% of ${money(base.value)} is ${money(charged)}, not ${money(tax.value)}`, tax.evidence);
  });
}
