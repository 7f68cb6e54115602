/**
 * One repair round: when a provider's answer cannot be read, the same provider is told what was
 * wrong and asked once more. Once, because a model that fails twice on the same prompt rarely
 * succeeds a third time, and every round costs the caller latency and tokens.
 */
import type { Read } from './json-answer';

export type Repaired<T> = { ok: true; value: T; notes: string[] } | { ok: false; errors: string[] };

export interface RepairRound<T> {
  raw: string;
  read(raw: string): Read<T>;
  /** What the provider is told, given what was wrong with its first answer. */
  instruction(error: string): string;
  repair(instruction: string): Promise<string>;
}

/** A failing `repair` call (timeout, provider error) is not caught here: callers decide what it means. */
export async function readWithRepair<T>(round: RepairRound<T>): Promise<Repaired<T>> {
  const first = round.read(round.raw);
  if (first.ok) return { ok: true, value: first.value, notes: [] };
  const again = round.read(await round.repair(round.instruction(first.error)));
  if (again.ok) return { ok: true, value: again.value, notes: [`the first answer was unusable (${first.error}); a repaired answer was used`] };
  return { ok: false, errors: [first.error, again.error] };
}
