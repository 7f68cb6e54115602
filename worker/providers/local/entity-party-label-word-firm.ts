/**
 * A company whose name opens with a word that also opens a field's label: "Total Harmony Music Ltd",
 * "Due West Marine Electronics, Inc.". The readers take "Total" and "Due" opening a line or a name for
 * a label ("Total £1,129.20", "Due 20/06/2026"), so such a firm is never named. It is a name when it is
 * one whole: capitalised words only, no figure and no colon, two words at least between the opening word
 * and a legal form that closes it, and a second word that does not go on with the label ("Total Amount Ltd"
 * no, nor "Bill To Acme Ltd", "Due Date" ...).
 */
import { HAS_LEGAL_FORM } from './entity-party-names';

/** Capitalised words (or "&"), then a legal form closing the text, perhaps after a comma. */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:&|\p{Lu}[\p{L}'’&-]*)){2,}/u;
/**
 * The words that open a field's label and may open a firm's name too; not greetings, pronouns or courtesies
 * ("Dear Marrowbone Foods Ltd," is a greeting to the customer, "Our ...", "Thanks ...").
 */
const LABEL_WORD = /^(?:total|due|bill|ship|account|amount|balance|details|number|date|item|description|quantity)$/iu;
/** Words that carry a label on after its opening word: "Total Due", "Bill To", "Due Date", "Amount Payable". */
const LABEL_GOES_ON =
  /^(?:due|amount|to|from|number|no|nr|date|payable|price|value|sum|net|gross|incl|excl|including|excluding|paid|balance|tax|vat|gst|invoice|of|for|by|on|upon|now|charges?|costs?|fees?|items?|owing|outstanding)$/iu;

let formAtEnd: RegExp | undefined;

/** Whether `name` is a firm's whole name that opens with a label's word (see the file's note). */
export function firmOpeningWithLabelWord(name: string): boolean {
  const text = name.trim();
  if (/[\d:：@]/u.test(text)) return false;
  // Built on first use: this file and entity-party-names read each other.
  formAtEnd ??= new RegExp(`,?[ \\t]+${HAS_LEGAL_FORM.source}$`, 'u');
  const form = formAtEnd.exec(text);
  if (!form) return false;
  const words = CAPITALISED_WORDS.exec(text.slice(0, form.index));
  if (!words || words[0].length !== form.index) return false;
  const [first = '', second = ''] = words[0].split(/[ \t]+/u);
  return LABEL_WORD.test(first) && !LABEL_GOES_ON.test(second);
}
