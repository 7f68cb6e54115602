/**
 * What a caller may see of a task's attempts and error. Tenants (keys without `admin`) see each
 * attempt as provider, model, outcome, status, stable error code (`error_kind`), latency, where
 * the chain went next and its tokens and cost; an upstream's own words (which may name internal hosts and ports) only
 * reach admin keys, and even then redacted: no credential, no `user:password@` in a URL.
 */
import { entryFor } from '../shared/errors/catalog';
import { redactString } from '../shared/logger';
import type { Attempt, TaskOutcome } from '../shared/task-schemas';
import { stripUserinfo } from '../shared/text/userinfo';

type TaskError = NonNullable<TaskOutcome['error']>;

/** Codes whose message the chain builds from upstream answers; a tenant gets a summary of the attempts instead. */
const UPSTREAM_WORDED = new Set(['all_providers_failed', 'no_provider_available', 'task_deadline_exceeded', 'content_filtered', 'stream_interrupted', 'task_failed']);

const redacted = (text: string) => redactString(stripUserinfo(text));

function tenantAttempt(a: Attempt): Attempt {
  return {
    provider: a.provider,
    ...(a.model === undefined ? {} : { model: a.model }),
    outcome: a.outcome,
    ...(a.status_code === undefined ? {} : { status_code: a.status_code }),
    ...(a.error_kind === undefined ? {} : { error_kind: a.error_kind }),
    latency_ms: a.latency_ms,
    ...(a.failover_to === undefined ? {} : { failover_to: a.failover_to }),
    // The tenant's own consumption and its price (docs/spend.md): no upstream words in them.
    ...(a.input_tokens === undefined ? {} : { input_tokens: a.input_tokens }),
    ...(a.output_tokens === undefined ? {} : { output_tokens: a.output_tokens }),
    ...(a.cost_usd === undefined ? {} : { cost_usd: a.cost_usd }),
  };
}

export function attemptsFor(attempts: readonly Attempt[], admin: boolean): Attempt[] {
  if (admin) return attempts.map((a) => (a.message === undefined ? { ...a } : { ...a, message: redacted(a.message) }));
  return attempts.map(tenantAttempt);
}

/** `openai (server_error, HTTP 500); claude (timeout)`: the failed attempts as a tenant may read them. */
function summary(attempts: readonly Attempt[]): string {
  return attempts
    .filter((a) => a.outcome !== 'success')
    .map((a) => `${a.provider} (${[a.error_kind ?? a.outcome, a.status_code === undefined ? undefined : `HTTP ${a.status_code}`].filter(Boolean).join(', ')})`)
    .join('; ');
}

export function errorFor(error: TaskError, attempts: readonly Attempt[], admin: boolean): TaskError {
  if (admin) return { code: error.code, message: redacted(error.message) };
  if (!UPSTREAM_WORDED.has(error.code)) return { code: error.code, message: redacted(error.message) };
  const tried = summary(attempts);
  return { code: error.code, message: tried ? `${entryFor(error.code).message}: ${tried}` : entryFor(error.code).message };
}

/** A task view (or a history item) with its attempts and error cut to what the caller may see. */
export function viewFor<T extends { attempts?: Attempt[]; error?: TaskError | null }>(view: T, admin: boolean): T {
  const attempts = view.attempts ?? [];
  return {
    ...view,
    ...(view.attempts === undefined ? {} : { attempts: attemptsFor(attempts, admin) }),
    ...(view.error ? { error: errorFor(view.error, attempts, admin) } : {}),
  };
}
