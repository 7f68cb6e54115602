/**
 * Croatian, Slovenian, Estonian, Lithuanian and Icelandic firms write their names in sentence case, with
 * common nouns in lower case: "Tamburaški atelje Kovačević d.o.o.", "Čebelarsko društvo Lipa d.d.",
 * "UAB Laivų modeliai", "VšĮ Dainų slėnis", "Bakarí og kaffihús ehf.". A lower-case word is part of such a
 * name only where one of these languages' legal forms frames it: closing the name a few words on
 * ("... atelje Kovačević d.o.o."), or opening it before a capitalised word ("UAB Laivų modeliai"), the
 * lower-case words then running to where the name ends. Other forms ("Ltd", "GmbH") keep a lower-case
 * word as the name's end: "Payment to Acme Ltd" is no name.
 */

/** Forms that close a name, as these languages write them (lower case for the South Slavic and Icelandic ones). */
const CLOSING_FORM = '(?:d\\.o\\.o\\.?|j\\.d\\.o\\.o\\.?|d\\.d\\.?|D\\.O\\.O\\.?|OÜ|MTÜ|ehf\\.?|hf\\.?|slf\\.?)';
/** Forms that open a name, as Lithuanian and Estonian firms put them first: "UAB Laivų modeliai", "AS Tartu vesi". */
const OPENING_FORM = '(?:UAB|AB|VšĮ|VŠĮ|IĮ|MB|OÜ|AS)';
/** At most this many words between the lower-case word and the closing form, or after it to the name's end. */
const MAX_WORDS = 4;

const LETTER = "[\\p{L}'’-]";
/** From a lower-case word on: a few words, then the closing form ending the name. */
const CLOSED_AFTER = new RegExp(`^\\p{Ll}${LETTER}*(?:[ \\t]+${LETTER}+){0,${MAX_WORDS - 1}}[ \\t]+${CLOSING_FORM}$`, 'u');
/** The name opens with a form and a capitalised word. */
const OPENED_BY_FORM = new RegExp(`^${OPENING_FORM}[ \\t]+\\p{Lu}`, 'u');
/** From a lower-case word on: letters only, a few words, to the name's end. */
const WORDS_TO_END = new RegExp(`^\\p{Ll}${LETTER}*(?:[ \\t]+${LETTER}+){0,${MAX_WORDS - 1}}$`, 'u');

/**
 * Whether the lower-case word opening `rest` (the name's text from that word to its end) belongs to the name
 * whose text so far is `before`.
 */
export function sentenceCaseNameGoesOn(before: string, rest: string): boolean {
  if (!/\p{Lu}/u.test(before)) return false;
  const tail = rest.trimEnd();
  return CLOSED_AFTER.test(tail) || (OPENED_BY_FORM.test(before) && WORDS_TO_END.test(tail));
}
