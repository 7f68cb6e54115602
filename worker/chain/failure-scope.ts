/**
 * The failure-scope table: for each kind of provider error, whom it is charged to in deployment
 * health, whether the same deployment is asked again, and where the chain goes next. One table,
 * read by the chain policy and nothing else; docs/reliability.md prints it.
 *
 * - deployment: this provider + model + key only (overload, 5xx, timeout, unknown model);
 * - credential: every deployment using that key (401/403: a revoked or wrong key);
 * - base_url:   every deployment on that endpoint (connection refused, DNS failure);
 * - neutral:    the request itself (context length, content filter, invalid request): never
 *   counts against health, never resent to the same model.
 */
import type { CallOutcome, Scope } from '../../shared/health/types';
import type { ErrorKind } from '../../shared/task-schemas';

export interface FailureRule {
  outcome: CallOutcome;
  /** Where a fault, cooldown or misconfiguration is charged (a neutral outcome charges nothing). */
  scope: Scope;
  /** The same deployment may be asked again after a back-off (or the provider's Retry-After). */
  retrySame: boolean;
  /** The next key of the same model goes before the next model (a key-scoped failure says nothing about the model). */
  preferSameModel: boolean;
  /** The chain ends here instead of trying other targets: another model would be asked what was refused. */
  endsChain: boolean;
  /** The request is what failed: the same model under another key would fail the same way, so the chain goes to the next model. */
  skipSameModel: boolean;
}

const rule = (outcome: CallOutcome, scope: Scope, retrySame: boolean, extra: Partial<FailureRule> = {}): FailureRule => ({
  outcome,
  scope,
  retrySame,
  preferSameModel: false,
  endsChain: false,
  skipSameModel: false,
  ...extra,
});

export const FAILURE_SCOPES: Readonly<Record<ErrorKind, FailureRule>> = {
  rate_limited: rule('rate_limited', 'deployment', true, { preferSameModel: true }),
  overloaded: rule('fault', 'deployment', true),
  server_error: rule('fault', 'deployment', true),
  network: rule('fault', 'deployment', true),
  malformed_response: rule('fault', 'deployment', true),
  // A provider that did not answer in time would most likely not answer in time again.
  timeout: rule('fault', 'deployment', false),
  model_not_found: rule('misconfigured', 'deployment', false),
  auth: rule('misconfigured', 'credential', false, { preferSameModel: true }),
  connection: rule('fault', 'base_url', false),
  context_length: rule('neutral', 'deployment', false, { skipSameModel: true }),
  bad_request: rule('neutral', 'deployment', false, { skipSameModel: true }),
  unsupported: rule('neutral', 'deployment', false, { skipSameModel: true }),
  content_filter: rule('neutral', 'deployment', false, { endsChain: true }),
  // Never thrown by a provider (a skipped target's attempt), listed so the table is total.
  circuit_open: rule('neutral', 'deployment', false),
};

/**
 * The rule for one failed call. A timeout that our own deadline caused (the task ran out of time,
 * or a provider was still producing when the request's limit came) says nothing about the provider.
 */
export function failureRule(kind: ErrorKind, cutByOurDeadline: boolean): FailureRule {
  const base = FAILURE_SCOPES[kind];
  return kind === 'timeout' && cutByOurDeadline ? { ...base, outcome: 'neutral' } : base;
}
