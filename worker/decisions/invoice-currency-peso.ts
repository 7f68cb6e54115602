/**
 * The pesos a bare "$" means. Chile, Colombia, Argentina, Mexico and Uruguay write their pesos with "$" alone
 * ("TOTAL   $ 23.849.980"), naming the currency, if at all, once elsewhere: "Montos en pesos chilenos
 * (CLP)", "Total $ 14.518.000 (CLP)", Uruguay's e-Factura "Moneda: UYU", or only by the seller's Chilean tax number ("R.U.T.: 76.481.229-3").
 * A bare "$" is then those pesos, not US dollars; unless the document names US dollars too, or
 * several pesos, when it stays unsettled here.
 */

const PESO_CODE = /(?<![\p{L}])(?<code>CLP|COP|ARS|MXN|UYU)(?![\p{L}])/gu;
const PESO_NAME = /(?<![\p{L}])pesos?[ \t]+(?<country>chilenos?|colombianos?|argentinos?|mexicanos?|uruguayos?)(?![\p{L}])/giu;
const COUNTRY_CODE: Record<string, string> = { chilen: 'CLP', colombian: 'COP', argentin: 'ARS', mexican: 'MXN', uruguay: 'UYU' };
/** Chile's tax number with its label: "R.U.T.: 76.481.229-3", "RUT 78.225.104-K" (dot-grouped, a check digit or K). */
const CHILEAN_RUT = /(?<![\p{L}])R\.?U\.?T\.?[ \t]*(?:N[°º.]?[ \t]*)?[:.]?[ \t]*\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\p{L}\d])/u;
export const US_DOLLARS = /(?<![\p{L}])(?:USD|US\$|U\.S\.[ \t]*dollars?|US[ \t]+dollars?|d[óo]lares(?:[ \t]+(?:estadounidenses|americanos))?)(?![\p{L}])/iu;

/** The one peso currency the document names or implies, or null. */
export function pesoDollar(text: string): string | null {
  if (US_DOLLARS.test(text)) return null;
  const codes = new Set<string>();
  for (const match of text.matchAll(PESO_CODE)) codes.add(match.groups?.code ?? '');
  for (const match of text.matchAll(PESO_NAME)) {
    const country = (match.groups?.country ?? '').toLowerCase().replace(/os?$/u, '');
    const code = COUNTRY_CODE[country];
    if (code) codes.add(code);
  }
  if (codes.size === 0 && CHILEAN_RUT.test(text)) codes.add('CLP');
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}
