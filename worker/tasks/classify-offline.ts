/**
 * The offline classifier: a heuristic, not a model. Each label scores how often its words (cut to
 * a common stem) occur in the text; the single best label wins. With no overlap or a tie it answers
 * nothing, so the local provider declines rather than guess blindly.
 */
const STEM_LENGTH = 5;
const MIN_WORD_LENGTH = 3;
const STOPWORDS = new Set(['and', 'the', 'for', 'with', 'other', 'not', 'from', 'und', 'der', 'die', 'das', 'les', 'des', 'une', 'pour']);
const WORD = /[\p{L}\p{N}]+/gu;

function stems(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? [])
    .filter((word) => word.length >= MIN_WORD_LENGTH && !STOPWORDS.has(word))
    .map((word) => word.slice(0, STEM_LENGTH));
}

export function keywordLabel(text: string, labels: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const stem of stems(text)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  const scored = labels.map((label) => {
    const words = [...new Set(stems(label))];
    const hits = words.reduce((sum, stem) => sum + (counts.get(stem) ?? 0), 0);
    // Per label word, so a long label does not win only by having more words.
    return { label, score: words.length ? hits / words.length : 0 };
  });
  const best = Math.max(...scored.map((entry) => entry.score));
  const winners = scored.filter((entry) => entry.score === best);
  return best > 0 && winners.length === 1 ? winners[0]?.label : undefined;
}
