/**
 * A sum's label in a language the rules do not read, glossed after a slash in one they do: "Jumla kabla ya
 * VAT / Net:" (Swahili, "total before VAT"), "Ukupno bez PDV-a / Net:". The first half's only known word is
 * then a word inside a phrase whose head is unknown ("before VAT" is no tax); the gloss names the figure.
 * Only when the first half does not open with its keyword: "Total incl. VAT / Gesamt" keeps its first word.
 */
import type { KeywordHit } from './entity-text';

/** The last slash between two labels of letters; the gloss after it is a few words, perhaps closed by a colon. */
const GLOSS_AFTER_SLASH = /\/[ \t]*(?<gloss>\p{L}[\p{L} .'’-]{0,30}?)[ \t]*[:：]?[ \t]*\S{0,4}[ \t]*$/u;
/** Column gaps: the first half starts after the last one before the slash. */
const GAP = /[ \t]{2,}|\t/gu;

/** `first`: the hit the first-keyword rule chose; `hits` all of the context's hits (folded offsets). */
export function glossedAmountLabel(folded: string, hits: KeywordHit[], first: KeywordHit): string | undefined {
  const slash = folded.lastIndexOf('/');
  if (slash < 0 || first.end > slash) return undefined;
  const match = GLOSS_AFTER_SLASH.exec(folded.slice(slash));
  if (!match) return undefined;
  const glossHits = hits.filter((hit) => hit.start > slash);
  if (!glossHits.length) return undefined;
  const gloss = glossHits.reduce((best, hit) => (hit.start < best.start ? hit : best));
  if (gloss.label === first.label) return undefined;
  const head = folded.slice(0, slash).trimEnd();
  let from = 0;
  for (const gap of head.matchAll(GAP)) from = gap.index + gap[0].length;
  const opens = head.slice(from).search(/\p{L}/u);
  // The first half opens with a word the rules do not know.
  return opens >= 0 && first.start > from + opens ? gloss.label : undefined;
}
