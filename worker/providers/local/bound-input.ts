/**
 * Bounds what the local NLP and the decision rules are given. wink-nlp's cost grows with the square
 * of a token's length (one 200,000-character "word" took 36 s), and a sentence with no end runs every
 * per-sentence rule over the whole text. No real document has a 200-character word or a
 * 4,000-character sentence, so cutting there changes nothing a reader would notice.
 */
export const MAX_TOKEN_CHARS = 200;
export const MAX_SENTENCE_CHARS = 4_000;

const LONG_TOKEN = new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, 'g');
/** A run with no sentence end (. ! ? or a line break) longer than the bound. */
const LONG_SENTENCE = new RegExp(`[^.!?\\n]{${MAX_SENTENCE_CHARS + 1},}`, 'g');

function breakSentence(run: string): string {
  const parts: string[] = [];
  let rest = run;
  while (rest.length > MAX_SENTENCE_CHARS) {
    // Break at the last space inside the bound (tokens are already at most MAX_TOKEN_CHARS long).
    const cut = rest.lastIndexOf(' ', MAX_SENTENCE_CHARS);
    const at = cut > 0 ? cut : MAX_SENTENCE_CHARS;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  parts.push(rest);
  // A blank line ends a sentence for the sentence splitter and for the line-based rules alike.
  return parts.join('\n\n');
}

export function boundInput(text: string): string {
  return text.replace(LONG_TOKEN, (token) => token.slice(0, MAX_TOKEN_CHARS)).replace(LONG_SENTENCE, breakSentence);
}
