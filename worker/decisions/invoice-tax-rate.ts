/**
 * The rate a tax line states, read through a scan's damage: "VAT 20%", "MwSt. 19 %", "TVA (5,5 %)",
 * and OCR's l or I for 1 and O for 0 inside the figure ("HST l3%", "VAT 2l%", "VAT 2O%"). Misread,
 * "l3%" would give 3% and a false contradiction with the tax charged.
 */

/**
 * A rate: one or two digits, or scan letters standing for them, with at least one real digit, then %.
 * A leading letter must not end a word ("Zoll3%" is no 13%); a digit may follow one ("VAT20%").
 */
const RATE = /(?<![\d.,])((?:(?<![\p{L}])[lIOo][\dlIOo]?|\d[\dlIOo]?)(?:[.,]\d{1,2})?)[ \t]*%/gu;

/** The figure with OCR's letters put back as digits: l and I are 1, O and o are 0. */
function ocrDigits(figure: string): string {
  return figure.replace(/[lI]/gu, '1').replace(/[Oo]/gu, '0');
}

/**
 * A discount's rate, its word following in the same clause: "less the 5% returning-client discount we agreed
 * ($206.20) …, plus GST of $391.78" is a line of prose that states the discount's rate, not the tax's.
 */
const DISCOUNT_AFTER = /^[^\d,;.]{0,30}?(?<![\p{L}])(?:discount|rabatt|nachlass|skonto|remise|descuento|sconto|korting|desconto|rebate)/iu;

/** The distinct rates on a tax line, as numbers (a decimal comma read as a point); a discount's rate is none. */
export function statedRates(evidence: string): Set<number> {
  const rates = new Set<number>();
  for (const match of evidence.matchAll(RATE)) {
    const figure = match[1] ?? '';
    if (!/\d/u.test(figure)) continue;
    if (DISCOUNT_AFTER.test(evidence.slice((match.index ?? 0) + match[0].length))) continue;
    rates.add(Number(ocrDigits(figure).replace(',', '.')));
  }
  return rates;
}
