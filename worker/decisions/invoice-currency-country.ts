/**
 * The dollars a bare "$" means by the country the invoice is written in. Australian, Canadian, New Zealand,
 * Singapore and Hong Kong invoices write their own dollars "$" and often name them nowhere else: a reader
 * knows them by the seller's tax number ("ABN 63 214 558 901", "HST # 81447 2290 RT0001", "TVQ/QST"), the bank's
 * branch code ("BSB 067-002"), a state or province with its postcode ("Battery Point TAS 7004", "Ottawa ON
 * K1L 8B2") or a phone's country code. Read only when one country shows and nothing says US dollars (a US
 * address with its ZIP code, "USD", "US$"): a US invoice's "$" stays US dollars, and so does a mix.
 */
import { US_DOLLARS } from './invoice-currency-peso';

/** OCR may print the "B" of "ABN" as an "8". */
const AUSTRALIA = [
  /(?<![\p{L}])A[B8]N:?[ \t]*(?:\d[ \t]?){11}(?!\d)/u,
  /(?<![\p{L}])BSB:?[ \t]*\d{3}[- ]?\d{3}(?!\d)/u,
  /(?<![\p{L}])(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]+\d{4}(?![\d-])/u,
  /\+61[ \t(]/u,
  /(?<![\p{L}])Australian[ \t]+dollars?(?![\p{L}])/iu,
];
const CANADA = [
  // The federal business number's tax accounts: "81447 2290 RT0001" (GST/HST), "1224471203 TQ0001" (Québec's QST).
  /\d[ \t]?(?:RT|TQ)[ \t]?\d{4}(?!\d)/u,
  /(?<![\p{L}])(?:HST|QST|TVQ|TPS\/GST|GST\/HST)(?![\p{L}])/u,
  // A postcode: letter, digit, letter, digit, letter, digit ("K1L 8B2"; UK's end in two letters).
  /(?<![\p{L}\d])[A-CEGHJ-NPR-TVXY][0-9O][A-Z][ \t]?[0-9O][A-Z][0-9O](?![\p{L}\d])/u,
  /(?<![\p{L}])Canadian[ \t]+dollars?(?![\p{L}])/iu,
];
const NEW_ZEALAND = [/\+64[ \t(]/u, /(?<![\p{L}])(?:NZBN|IRD[ \t]+(?:no|number))(?![\p{L}])/iu, /(?<![\p{L}])New[ \t]+Zealand[ \t]+dollars?(?![\p{L}])/iu];
const SINGAPORE = [/\+65[ \t(]/u, /(?<![\p{L}])Singapore[ \t]+dollars?(?![\p{L}])/iu];
const HONG_KONG = [/\+852[ \t(]/u, /(?<![\p{L}])Hong[ \t]+Kong[ \t]+dollars?(?![\p{L}])/iu];
const COUNTRIES: Array<[string, RegExp[]]> = [['AUD', AUSTRALIA], ['CAD', CANADA], ['NZD', NEW_ZEALAND], ['SGD', SINGAPORE], ['HKD', HONG_KONG]];

/** A US state with its ZIP code: "Austin, TX 78701", "NY 10001-2345". */
const US_ADDRESS =
  /(?<![\p{L}])(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])[ \t]+\d{5}(?:-\d{4})?(?!\d)/u;

/**
 * The one country's dollars the document shows, or null. `usdNamed`: an amount or the invoice's declared
 * currency is already in US dollars ("USD 50", "Currency: USD"), which settles it as the text's own signs do.
 */
export function countryDollar(text: string, usdNamed = false): string | null {
  if (usdNamed || US_DOLLARS.test(text) || US_ADDRESS.test(text)) return null;
  const found = COUNTRIES.filter(([, signs]) => signs.some((sign) => sign.test(text)));
  return found.length === 1 ? (found[0]?.[0] ?? null) : null;
}
