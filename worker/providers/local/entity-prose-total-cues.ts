/**
 * Sole traders' mails state their total in a clause of their own, in their own language and often with a
 * verb between the summing word and the figure: "All in, that's $2,825.00 USD.", "Insgesamt ergibt das
 * 834,80 €.", "..., dazu 19 % USt. mit 486,40 €, zusammen 3.046,40 €.", "Au total, cela fait 1 240,00 €.",
 * "In totaal komt dat op € 980,00.", "et le total TTC à 1 037,30 €". entity-prose-totals reads the English word right before the figure
 * ("Altogether $715.00"); this adds the other languages, a verb after the word, and a clause opened by a
 * comma; and "the amount of this invoice is £X". Since "zusammen" and "in all" also sum a single item's quantity ("3 Sitzungen à 180,00 €,
 * zusammen 540,00 €"), only the largest figure of the text counts as the total so named.
 */

/** Words that sum what comes before them. */
const SUM_WORDS =
  '(?:altogether|all[ \\t]+told|in[ \\t]+total|in[ \\t]+all|all[ \\t]+in|insgesamt|(?:alles[ \\t]+)?zusammen|in[ \\t]+summe|au[ \\t]+total|en[ \\t]+tout|in[ \\t]+totaal|(?:alles[ \\t]+)?samen|en[ \\t]+total|in[ \\t]+totale|complessivamente)';
/** A verb between the word and the figure: "that's", "ergibt das", "cela fait", "komt dat op". */
const VERB =
  "(?:that['’]s|that[ \\t]+is|it['’]s|this[ \\t]+is|which[ \\t]+is|makes?|comes[ \\t]+to|ergibt[ \\t]+(?:das|sich)|sind[ \\t]+(?:das|es)|das[ \\t]+sind|macht[ \\t]+das|beträgt[ \\t]+(?:das|er|sie)|soit|cela[ \\t]+fait|ça[ \\t]+fait|is[ \\t]+dat|komt[ \\t]+dat[ \\t]+op|wordt[ \\t]+dat|dat[ \\t]+is)";
/** The word opening a sentence, then perhaps the verb, then perhaps a currency, right before the figure. */
const SUM_BEFORE = new RegExp(`(?:[.!?;:][ \\t]*|\\n[ \\t]*)${SUM_WORDS}[ \\t]*,?[ \\t]*(?:${VERB}[ \\t]+)?(?:[A-Z]{3}|\\p{Sc})?[ \\t]*$`, 'iu');
/** The same opening a clause after a comma: "..., dazu 19 % USt. mit 486,40 €, zusammen 3.046,40 €". */
const SUM_AFTER_COMMA = new RegExp(`,[ \\t]*${SUM_WORDS}[ \\t]*,?[ \\t]*(?:${VERB}[ \\t]+)?(?:[A-Z]{3}|\\p{Sc})?[ \\t]*$`, 'iu');
/** The invoice's amount named in a sentence: "the amount of this invoice is", "the invoice amount comes to". */
const INVOICE_AMOUNT_BEFORE = /(?<![\p{L}])(?:the[ \t]+)?(?:amount[ \t]+of[ \t]+(?:this|the|my|our)[ \t]+invoice|invoice[ \t]+amount)[ \t]+(?:is|comes[ \t]+to)[ \t]*(?:[A-Z]{3}|\p{Sc})?[ \t]*$/iu;
/** The total named in a French sentence, its figure after "à", perhaps on the next line: "et le total TTC\nà 1 037,30 €", "le total s'élève à". */
const TOTAL_AT = /(?<![\p{L}])total(?:[ \t\n]+(?:TTC|HT|T\.T\.C\.))?(?:[ \t\n]+s['’]élève)?[ \t\n]+à[ \t]*(?:EUR|\p{Sc})?[ \t]*$/iu;
/** How far before the figure the cue may start. */
const REACH = 50;

/**
 * Whether the figure starting at `start` is named as the sum by the words before it (see above). A clause
 * after a comma sums the invoice only right after its tax (`afterTax`): "zwei Tage zu je 500,00 €, zusammen
 * 1.000,00 €" is one item's own amount.
 */
export function sumWordsBefore(text: string, start: number, afterTax: boolean): boolean {
  // The text's own start opens a clause too.
  const before = text.slice(Math.max(0, start - REACH), start);
  return SUM_BEFORE.test((start <= REACH ? '\n' : '') + before) || INVOICE_AMOUNT_BEFORE.test(before) || TOTAL_AT.test(before) || (afterTax && SUM_AFTER_COMMA.test(before));
}
