/** How far a caller may trust an answer: the provider's base, lowered for every repair the parser made. */
export const BASE_CONFIDENCE: Readonly<Record<string, number>> = {
  mistral: 0.88,
  gemini: 0.85,
  openai: 0.89,
  claude: 0.9,
  huggingface: 0.75,
  nvidia: 0.85,
  local: 0.6,
};
const DEFAULT_BASE = 0.75;
/** The offline provider is a heuristic: never claim more than this for it. */
export const LOCAL_CONFIDENCE_CAP = 0.6;
const PENALTY_PER_NOTE = 0.1;

export function confidenceFor(provider: string, notes: readonly string[], overrides: Readonly<Record<string, number>> = {}): number {
  let base = overrides[provider] ?? BASE_CONFIDENCE[provider] ?? DEFAULT_BASE;
  if (provider === 'local') base = Math.min(base, LOCAL_CONFIDENCE_CAP);
  const value = base - PENALTY_PER_NOTE * notes.length;
  return Math.round(Math.max(0.05, value) * 100) / 100;
}
