/**
 * A party named without its legal form where the text writes it elsewhere with the form after a comma:
 * a mail's "Para: Pescarias Monte Cara <...>" and its sentence "... à Pescarias Monte Cara, Lda., com
 * vencimento ..."; "To: Harlow Vending" and "Harlow Vending, Inc." in the body. The name with its form is
 * the party's full name. `withLegalForm` (entity-full-name) reads the form after a blank only; after a comma
 * it must close the name (its line, punctuation, a separator, a column gap or a word in lower case follows), and two-letter
 * capitals that are also a US state's or a compass point's ("Portland, ME", "Harbour Road, SE") are not read as forms.
 */
import { HAS_LEGAL_FORM } from './entity-party-names';

/** A comma, a blank and a legal form, at the sticky position. */
const COMMA_FORM = new RegExp(`,[ \\t]+${HAS_LEGAL_FORM.source}`, 'yu');
/** What closes the name after its form: punctuation, its line's end, a column gap, or the sentence going on in lower case ("..., Inc. and covers"). */
const CLOSED = /^(?:[ \t]*(?:$|\n|[,;:·|•–—()<>])|[ \t]{2,}|[ \t]\p{Ll})/u;
/** Forms that are also a state's or a direction's capitals after a comma. */
const NOT_AFTER_COMMA = /^,[ \t]+(?:ME|CO|SE|AS|OG)$/u;

/** The name with its form after a comma, as the text writes it elsewhere, or undefined. */
export function withCommaLegalForm(text: string, name: string): string | undefined {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
    COMMA_FORM.lastIndex = at + name.length;
    const form = COMMA_FORM.exec(text);
    if (!form || NOT_AFTER_COMMA.test(form[0])) continue;
    const end = at + name.length + form[0].length;
    if (CLOSED.test(text.slice(end, end + 3))) return text.slice(at, end);
  }
  return undefined;
}
