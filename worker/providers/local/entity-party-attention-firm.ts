/**
 * "Attn: Mrs Jenna Rowe, Finance Manager" over "Penwith Marine Engineering Ltd": an attention label
 * names the person who reads the invoice, and the organisation billed stands on the line under her.
 * When the attention label's value is no organisation and the next line is one (a name alone with a
 * legal form), the customer is that organisation. Near misses: an attention label over an address
 * line, or over a name with no legal form, keeps its value.
 */
import { ATTENTION_LINE, nextLineStart, organisationLine } from './entity-party-lines';
import { HAS_LEGAL_FORM } from './entity-party-names';

type NameSpan = { start: number; end: number };

/** The organisation under an attention label's person, or null. `labelStart` is where the label opens. */
export function firmUnderAttention(text: string, labelStart: number, name: NameSpan): NameSpan | null {
  if (!ATTENTION_LINE.test(text.slice(labelStart, name.start)) || HAS_LEGAL_FORM.test(text.slice(name.start, name.end))) return null;
  const below = nextLineStart(text, name.start);
  const firm = below === null ? null : organisationLine(text, below);
  return firm && HAS_LEGAL_FORM.test(text.slice(firm.start, firm.end)) ? firm : null;
}
