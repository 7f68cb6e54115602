/**
 * How far a caller may trust an answer: the provider's base (configurable per provider), capped
 * for heuristics and rule-engine fallbacks, and lowered for every correction the parser had to
 * make (a repaired answer, invented evidence dropped, fields filled in).
 */
import type { TaskOutput } from './tasks/types';

/** The original service's figures; `nvidia` sits with the hosted models it serves. */
export const BASE_CONFIDENCE: Readonly<Record<string, number>> = {
  mistral: 0.88,
  gemini: 0.85,
  openai: 0.89,
  claude: 0.9,
  huggingface: 0.75,
  nvidia: 0.85,
  local: 0.6,
};
/** Extra OpenAI-compatible servers (a local Ollama, a proxy) are unknown quantities. */
const DEFAULT_BASE = 0.75;
/** The offline provider and the rule engines are heuristics: never claim more than this for them. */
export const LOCAL_CONFIDENCE_CAP = 0.6;
export const PENALTY_PER_NOTE = 0.1;
/** A corrected answer is still an answer; zero would read as "certainly wrong". */
const FLOOR = 0.05;

export type ConfidenceOverrides = Readonly<Record<string, number>>;

export function baseConfidence(provider: string, overrides: ConfidenceOverrides = {}): number {
  const base = overrides[provider] ?? BASE_CONFIDENCE[provider] ?? DEFAULT_BASE;
  return provider === 'local' ? Math.min(base, LOCAL_CONFIDENCE_CAP) : base;
}

export function confidenceFor(provider: string, output: Pick<TaskOutput, 'notes' | 'confidenceCap'>, overrides: ConfidenceOverrides = {}): number {
  const base = Math.min(baseConfidence(provider, overrides), output.confidenceCap ?? 1);
  const value = base - PENALTY_PER_NOTE * output.notes.length;
  return Math.round(Math.max(FLOOR, value) * 100) / 100;
}
