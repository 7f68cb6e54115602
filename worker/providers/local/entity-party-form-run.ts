/**
 * A legal form may be written in two words, "Pty Ltd", "Pte. Ltd.", "Co., Ltd.", "Sdn. Bhd.": a name
 * cut at its legal form ends after the last of them, not after the first ("Acme Pty Ltd ABN 61 ..."
 * is "Acme Pty Ltd", never "Acme Pty").
 */
import { HAS_LEGAL_FORM } from './entity-party-names';

const NEXT_FORM = new RegExp(`^,?[ \\t]+(?:${HAS_LEGAL_FORM.source})`, 'u');

/** Where the run of legal forms that ends at `end` in `segment` really ends (at most two more forms). */
export function endOfFormRun(segment: string, end: number): number {
  let at = end;
  for (let i = 0; i < 2; i += 1) {
    const next = NEXT_FORM.exec(segment.slice(at));
    if (!next) break;
    at += next[0].length;
  }
  return at;
}
