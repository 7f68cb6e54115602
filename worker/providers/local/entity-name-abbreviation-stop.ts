/**
 * A sentence names a firm whose legal form is abbreviated with a full stop: "invoice #12 for Harbour
 * Rigging Co. — the work on ...", "billed to Lakeview Supply Inc., 4 Mill Road". The sentence readers end a
 * name before ". " (a sentence's end), which cuts that stop off ("Harbour Rigging Co"). The stop belongs to
 * the abbreviation where the sentence runs on after it (a dash, a comma, a bracket or a lower-case word
 * follows), and the name is cited as written, so it is put back there. A stop followed by the line's end or
 * a capitalised word may as well end the sentence ("... for Acme Ltd. Thanks"): left off, as before. A full
 * word ("Company", "Limited") or a form written without a stop is left as it is; one of dotted initials gets its
 * last stop back wherever it stands (see `DOTTED_INITIALS`).
 */
import type { FoundParty } from './entity-parties';
import { writtenAloneWithStop } from './entity-name-stop-alone';

/** Legal forms written as an abbreviation that takes a full stop. */
const ABBREVIATED_FORM = /(?<![\p{L}])(?:Co|Inc|Ltd|Corp|Bros|Pty|Cie|Lda|Ltda|Bhd|Pte|Mfg|Assn)$/u;

/** What follows the stop when the sentence runs on: "Co. — the work", "Inc., 4 Mill Road", "Co. (the club)", "Co. and ...". */
const RUNS_ON = /^\.[ \t]*(?:[—–,;(]|[ \t]\p{Ll})/u;

/**
 * A form of dotted initials cut before its last stop: "Hilandería Misti Alpaca S.A.C" from "emitida por Hilandería
 * Misti Alpaca S.A.C. Consulte ...". Its inner stops show it is written with the last one too, so the stop is
 * the form's whatever follows (a sentence after it shares the stop).
 */
const DOTTED_INITIALS = /(?<![\p{L}])(?:\p{L}\.){1,3}\p{L}$/u;

export function withAbbreviationStop(text: string, party: FoundParty): FoundParty {
  if (text[party.end] !== '.' || !party.text.endsWith(party.name)) return party;
  // At a line's end the stop is the form's where the text writes the name with it on a line of its own (see entity-name-stop-alone).
  const formStop = RUNS_ON.test(text.slice(party.end, party.end + 4)) || (/^\.[ \t]*(?:\n|$)/u.test(text.slice(party.end, party.end + 4)) && writtenAloneWithStop(text, party.name));
  if (!(DOTTED_INITIALS.test(party.name) || (ABBREVIATED_FORM.test(party.name) && formStop))) return party;
  return { ...party, name: `${party.name}.`, end: party.end + 1, text: `${party.text}.` };
}
