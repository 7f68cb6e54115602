/**
 * Invoice number labels of the Slavic languages and of invoices glossed in another script.
 *
 * - "№" is the number sign of Cyrillic invoices ("Фактура № 2417", "lnvoice № KHS-0419", "№ / No. 2417").
 * - The South Slavic number words: Slovenian "št." (številka) and Serbian/Croatian "br." (broj), as in
 *   "RAČUN / INVOICE št. / no. 2026-0088", "RAČUN / INVOICE br. / No. AFF-2026-0227". Only with their dot.
 *   Both are plain source patterns (unfolded): the caller folds them with the other number words.
 * - A gloss in a script other than the Latin one, written between the invoice word and its number word
 *   ("INVOICE 請款單   No. BR-26040") or after the number word behind a slash ("Invoice No. / رقم الفاتورة:").
 *   Only letters of other scripts: a Latin word there ("Invoice Customer No.") names another number.
 * - A number word glossed by a short word before a slash, at a label's start: "Số / No.: 00000214".
 */
export const NUMBER_SIGN = '№';
export const SOUTH_SLAVIC_NUMBER_WORDS = '(?:št|br)\\.';

const OTHER_SCRIPT = '[\\p{Script=Han}\\p{Script=Arabic}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Hebrew}\\p{Script=Cyrillic}\\p{Script=Greek}]';
const OTHER_SCRIPT_WORDS = `${OTHER_SCRIPT}{1,16}(?:[ \\t]${OTHER_SCRIPT}{1,16}){0,3}`;
/** Between the invoice word and its number word: "INVOICE 請款單   No.". */
export const GLOSS_BEFORE_NUMBER_WORD = `(?:[ \\t]+${OTHER_SCRIPT_WORDS}(?=[ \\t]))?`;
/** After the number word, behind a slash: "Invoice No. / رقم الفاتورة:". */
export const GLOSS_AFTER_NUMBER_WORD = `(?:[ \\t]*/[ \\t]*${OTHER_SCRIPT_WORDS})?`;
/** A short word glossing a number word before a slash: "Số / No.:", "Broj / No.:" (folded text). */
export const NUMBER_WORD_GLOSS = '(?:\\p{L}{1,8}[ \\t]*/[ \\t]*)?';
