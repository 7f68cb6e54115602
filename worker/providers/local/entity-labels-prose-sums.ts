/**
 * A sum in the prose of other languages than English, closing a sentence that lists the items and
 * the tax: "…, also insgesamt 2.380,00 €", "…, soit un total de 1 200,00 €", "…, per un totale di
 * 480,00 €", "…, in totaal € 605,00", "…, lo que hace un total de 330,00 €". Like the English
 * "making £2,550.00", only after a comma (or as the sentence's own "Das macht insgesamt"), so that a
 * line's own extension ("drei Tage zu je 650,00 €, zusammen 1.950,00 €", "10 heures à 35,00 €, soit
 * 350,00 €") stays a line's.
 */

/** Right after a comma, with at most a few blanks. */
const AFTER_COMMA = '(?<=,[ \\t]{0,3})';

/** The words of a closing sum, each followed by its figure (see `proseSumLabels`). */
const SUM_WORDS = [
  // German: "also insgesamt", "somit insgesamt", "insgesamt also", "gesamt somit".
  '(?:(?:also|somit|damit|zusammen)\\s+)?insgesamt(?:\\s+(?:also|somit))?',
  // French: "soit un total de", "soit au total", "pour un total de", "au total".
  '(?:soit|pour)\\s+(?:un\\s+total\\s+(?:de|TTC\\s+de)|au\\s+total)', 'au\\s+total',
  // Italian: "per un totale di", "in totale", "per complessivi".
  'per\\s+un\\s+totale\\s+(?:di|complessivo\\s+di)', 'in\\s+totale', 'per\\s+complessivi',
  // Spanish and Portuguese: "lo que hace un total de", "en total", "num total de", "no total".
  'lo\\s+que\\s+hace(?:\\s+un\\s+total\\s+de)?', 'en\\s+total', 'n(?:um|o)\\s+total(?:\\s+de)?',
  // Dutch: "in totaal", "samen dus".
  'in\\s+totaal', 'totaal\\s+dus',
];

/** The closing sums as label patterns; `currencyBefore` admits a currency between the words and the figure. */
export function proseSumLabels(currencyBefore: string): string[] {
  const words = SUM_WORDS.join('|');
  return [
    `${AFTER_COMMA}(?:${words})(?=${currencyBefore})`,
    // A sentence of its own: "Das macht insgesamt 2.380,00 €", "Cela fait au total 1 200,00 €".
    `(?:das\\s+macht|das\\s+sind|cela\\s+fait|ce\\s+qui\\s+fait|il\\s+che\\s+fa|dat\\s+maakt)\\s+(?:${words})(?=${currencyBefore})`,
  ];
}
