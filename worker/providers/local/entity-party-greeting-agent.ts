/**
 * A letter may greet someone who only acts for the party billed: "Dear Mr Pritchard, Thank you for
 * collecting the signs on 14 June on behalf of the new owners", "Dear Ms Kerr, thank you for ordering
 * the repairs on behalf of your mother". The person greeted is an agent, so the greeting names no
 * customer. Only "you" doing something on someone's behalf counts: "Thank you on behalf of our whole
 * team" is the writer's, and a signature's "for and on behalf of X" names the vendor.
 */

/** "you" (perhaps "thank you for ...ing", or "you ...ed"), then within the sentence "on behalf of". */
const YOU_ON_BEHALF = /(?<![\p{L}])you[ \t]+(?:for[ \t]+\p{L}+ing|\p{L}+ed|came|brought|took)(?![\p{L}])[^.!?\n]{0,80}?[ \t]on[ \t]+behalf[ \t]+of(?![\p{L}])/iu;
/** How far after the greeting the sentence may stand: the greeting's own paragraph or the next. */
const REACH = 300;

/** Whether the text right after the greeting ending at `greetingEnd` says the person greeted acted on another's behalf. */
export function greetsAnAgent(text: string, greetingEnd: number): boolean {
  return YOU_ON_BEHALF.test(text.slice(greetingEnd, greetingEnd + REACH));
}
