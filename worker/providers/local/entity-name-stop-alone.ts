/**
 * A name cut before its abbreviated legal form's stop at a line's end ("Invoice INV-004417 from Évaporateurs
 * Magog-Orford Inc." in a subject line) may have lost the form's stop or the sentence's: the line's end
 * cannot tell. The text can, where it writes the same name with the stop on a line of its own (the
 * signature's "Évaporateurs Magog-Orford Inc."): a line that holds a name alone is no sentence, so the stop
 * there is the form's, and the name is cited so (see entity-name-abbreviation-stop). A name written alone
 * without the stop ("Acme Ltd") or nowhere alone is left as the sentence reader cut it.
 */

/** Whether some line of `text` (perhaps quoted with "> ") is `name` and its stop alone. */
export function writtenAloneWithStop(text: string, name: string): boolean {
  const written = `${name}.`;
  let from = text.indexOf(written);
  while (from >= 0) {
    const lineStart = text.lastIndexOf('\n', from - 1) + 1;
    const lineEnd = text.indexOf('\n', from);
    const before = text.slice(lineStart, from);
    const after = text.slice(from + written.length, lineEnd < 0 ? text.length : lineEnd);
    if (/^[ \t>]*$/u.test(before) && /^[ \t]*$/u.test(after)) return true;
    from = text.indexOf(written, from + 1);
  }
  return false;
}
