/**
 * How far a caller may trust an answer: the provider's base (its row's `baseConfidence`,
 * configurable per provider), capped for heuristics and rule-engine fallbacks, and lowered for
 * every correction the parser had to make (a repaired answer, invented evidence dropped, fields
 * filled in).
 */
import type { ProviderDescriptor } from '../shared/providers/descriptor';
import { EXTRA_SERVER_CONFIDENCE, findDescriptor, LOCAL_CONFIDENCE, LOCAL_PROVIDER, PROVIDER_DESCRIPTORS } from '../shared/providers/descriptors';
import type { TaskOutput } from './tasks/types';

/** The offline provider and the rule engines are heuristics: never claim more than this for them. */
export const LOCAL_CONFIDENCE_CAP = LOCAL_CONFIDENCE;
export const PENALTY_PER_NOTE = 0.1;
/** A corrected answer is still an answer; zero would read as "certainly wrong". */
const FLOOR = 0.05;

export type ConfidenceOverrides = Readonly<Record<string, number>>;

/** CONFIDENCE_OVERRIDES first, then the provider's row; a name without a row is an extra OpenAI-compatible server. */
export function baseConfidence(provider: string, overrides: ConfidenceOverrides = {}, rows: readonly ProviderDescriptor[] = PROVIDER_DESCRIPTORS): number {
  if (provider === LOCAL_PROVIDER) return Math.min(overrides[provider] ?? LOCAL_CONFIDENCE, LOCAL_CONFIDENCE_CAP);
  return overrides[provider] ?? findDescriptor(provider, rows)?.baseConfidence ?? EXTRA_SERVER_CONFIDENCE;
}

export function confidenceFor(
  provider: string,
  output: Pick<TaskOutput, 'notes' | 'confidenceCap'>,
  overrides: ConfidenceOverrides = {},
  rows: readonly ProviderDescriptor[] = PROVIDER_DESCRIPTORS,
): number {
  const base = Math.min(baseConfidence(provider, overrides, rows), output.confidenceCap ?? 1);
  const value = base - PENALTY_PER_NOTE * output.notes.length;
  return Math.round(Math.max(FLOOR, value) * 100) / 100;
}
