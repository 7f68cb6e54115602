/**
 * A letter may greet someone who acted for the people billed, not the people billed: "Dear Mr Pritchard,"
 * over "Thank you for collecting the signs on 14 June 2026 on behalf of the new owners of the terrace."
 * The person greeted by title stands in for the customer (entity-party-titled-greeting) only when the
 * letter does not say, in the paragraph after the greeting, that they act on someone else's behalf; where
 * it does, and the others are not named ("the new owners", "your employer"), the letter names no customer.
 * "Dear Mr Pritchard, thank you for your order" keeps him as the customer.
 */

/** "on behalf of the new owners", "on behalf of your employer": a principal the letter does not name. */
const ON_BEHALF = /(?<![\p{L}])on[ \t]+behalf[ \t]+of[ \t]+(?:(?:the|a|an|your|his|her|their)[ \t]+)?\p{Ll}/iu;
/** How far after the greeting the paragraph that says so may run. */
const PARAGRAPH = 400;

/** Whether the paragraph after a greeting that ends at `greetingEnd` says the person greeted acts for someone else. */
export function greetsAnAgent(text: string, greetingEnd: number): boolean {
  const after = text.slice(greetingEnd, greetingEnd + PARAGRAPH).replace(/^\s+/u, '');
  const paragraphEnd = after.search(/\n[ \t]*\n/u);
  return ON_BEHALF.test(paragraphEnd < 0 ? after : after.slice(0, paragraphEnd));
}
