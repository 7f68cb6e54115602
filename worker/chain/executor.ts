/**
 * The fallback chain, one for every path (/ai/task, /v1 streamed and not): tiers tried in order,
 * the deployments of a tier balanced by deployment health (least in flight, ties in turn), each
 * call made with the provider's streaming API under first-token and idle limits, so a hung
 * provider is left in seconds while a long answer that keeps coming runs to its end. What a
 * failure means is decided by the policy (./policy.ts); this file only carries it out.
 *
 * With a `sink` the answer is relayed as it comes, and a break after some text is resumed on the
 * next deployment (prefill or replay, ../stream/stream-call.ts); without one it is aggregated and
 * any deployment may start it afresh.
 */
import type { Context } from '@opentelemetry/api';
import { orderCandidates, RoundRobin } from '../../shared/health/balance';
import type { Admitted, DeploymentRef, HealthStore } from '../../shared/health/types';
import type { ProviderError } from '../../shared/provider-error';
import type { Attempt } from '../../shared/task-schemas';
import { sleep } from '../backoff';
import type { CompletionRequest, CompletionResult } from '../providers/types';
import { CancelledError } from '../stream/relay';
import type { StreamLimits } from '../stream/timed-stream';
import { callDeployment, type CallSettings, type ChainState, type TextSink } from './call-deployment';
import type { Deployment } from './deployments';
import { chainFailure, decideAfterFailure, skippedAttempt, type ChainFailureCode, type RetrySettings } from './policy';

export interface ExecutorInput<T> {
  tiers: readonly (readonly Deployment[])[];
  request: CompletionRequest;
  health: HealthStore;
  retry: RetrySettings;
  limits: StreamLimits;
  /** The whole answer's limit for a provider that cannot stream (`local`). */
  totalTimeoutMs: number;
  /** Epoch ms by which the whole chain must be done. */
  deadline: number;
  /** The limit's name as the caller configures it, for the deadline message. */
  deadlineName: string;
  /** Relays the answer as it comes; absent: the answer is aggregated. */
  sink?: TextSink;
  /** Aborts when the client has gone. */
  signal?: AbortSignal;
  /**
   * Reads a complete answer (a task's parser); throwing fails the attempt as a malformed answer.
   * `ask` sends another request to the same deployment (a parser's repair).
   */
  accept: (completion: CompletionResult, deployment: Deployment, ask: (request: CompletionRequest) => Promise<CompletionResult>) => Promise<T>;
  /** Told of each move from one deployment to the next (reason: the error kind, `circuit_open` or `rate_limited`). */
  onFailover?: (from: string, to: string, reason: string) => void;
  roundRobin?: RoundRobin;
  /** The job's trace context, handed to every provider call (CompletionRequest.traceParent). */
  traceParent?: Context;
}

export type ExecutorResult<T> =
  | { ok: true; deployment: Deployment; completion: CompletionResult; output: T; attempts: Attempt[]; notes: string[] }
  | { ok: false; code: ChainFailureCode; message: string; text: string; attempts: Attempt[]; notes: string[] };

const PROCESS_TURNS = new RoundRobin();

type TryResult<T> =
  | { ok: true; completion: CompletionResult; output: T }
  | { ok: false; error?: ProviderError; end?: 'content_filtered' | 'cancelled' | 'tool_call_interrupted'; preferSameModel: boolean; skipSameModel?: boolean };

export async function runChain<T>(input: ExecutorInput<T>): Promise<ExecutorResult<T>> {
  const attempts: Attempt[] = [];
  const notes: string[] = [];
  const turns = input.roundRobin ?? PROCESS_TURNS;
  const signal = input.signal ?? new AbortController().signal;
  const state: ChainState = { delivered: '' };
  let lastError: ProviderError | undefined;
  /** The last attempt and its deployment: the next attempt on another deployment is a failover from it. */
  let left: { attempt: Attempt; deploymentId: string } | undefined;

  const request = input.traceParent ? { ...input.request, traceParent: input.traceParent } : input.request;
  const settings: CallSettings = { request, limits: input.limits, totalTimeoutMs: input.totalTimeoutMs, deadline: input.deadline, signal, sink: input.sink };
  const fail = (code: ChainFailureCode, message: string): ExecutorResult<T> => ({ ok: false, code, message, text: state.delivered, attempts, notes });
  const begin = (attempt: Attempt, deploymentId: string): void => {
    if (left && left.deploymentId !== deploymentId) {
      left.attempt.failover_to = attempt.provider;
      input.onFailover?.(left.attempt.provider, attempt.provider, left.attempt.error_kind ?? 'unknown');
    }
    attempts.push(attempt);
    left = { attempt, deploymentId };
  };

  async function tryDeployment(deployment: Deployment, admitted: Admitted, alternatives: () => boolean): Promise<TryResult<T>> {
    let admission = admitted;
    for (let retry = 0; ; ) {
      const started = performance.now();
      const outcome = await callDeployment(deployment, settings, state, notes, input.accept);
      const latencyMs = Math.round(performance.now() - started);
      if (outcome.ok) {
        await input.health.record(deployment.ref, admission, { outcome: 'success', scope: 'deployment', latencyMs });
        begin({ provider: deployment.ref.provider, model: outcome.completion.model, outcome: 'success', latency_ms: latencyMs, message: outcome.note }, deployment.ref.id);
        return { ok: true, completion: outcome.completion, output: outcome.output };
      }
      if (signal.aborted) {
        await input.health.record(deployment.ref, admission, { outcome: 'neutral', scope: 'deployment', latencyMs });
        return { ok: false, end: 'cancelled', preferSameModel: false };
      }
      const error = outcome.error;
      const decision = decideAfterFailure(error, {
        retry,
        delivered: outcome.added,
        remainingMs: input.deadline - Date.now(),
        probe: admission.probes.length > 0,
        sameModelAlternative: alternatives(),
        cutByOurDeadline: error.kind === 'timeout' && Date.now() >= input.deadline,
        settings: input.retry,
      });
      const { rule } = decision;
      await input.health.record(deployment.ref, admission, {
        outcome: rule.outcome,
        scope: rule.scope,
        retryAfterMs: error.retryAfterMs,
        reason: rule.outcome === 'misconfigured' ? error.message : undefined,
        latencyMs,
      });
      begin(
        { provider: deployment.ref.provider, model: deployment.ref.model, outcome: 'error', status_code: error.status, error_kind: error.kind, message: error.message.slice(0, 500), latency_ms: latencyMs },
        deployment.ref.id,
      );
      if (state.toolCallsDelivered) return { ok: false, error, end: 'tool_call_interrupted', preferSameModel: false };
      if (outcome.prefillRefused) {
        // Not a failure of the answer: the same deployment replays the request instead.
        const again = await input.health.acquire(deployment.ref, holdMs(input.deadline));
        if (!again.allowed) return { ok: false, error, preferSameModel: false };
        admission = again;
        continue;
      }
      if (decision.next.kind === 'end') return { ok: false, error, end: decision.next.code, preferSameModel: false };
      if (decision.next.kind === 'next') return { ok: false, error, preferSameModel: decision.next.preferSameModel, skipSameModel: decision.next.skipSameModel };
      await sleep(decision.next.delayMs, signal);
      retry += 1;
      // Failures seen meanwhile (here or by other workers) may have opened a scope; a 429's own cooldown has just ended.
      const again = await input.health.acquire(deployment.ref, holdMs(input.deadline));
      if (!again.allowed) return { ok: false, error, preferSameModel: false };
      admission = again;
    }
  }

  /** The first admissible candidate by deployment health; with none, each refused one is recorded as skipped. */
  async function pickByHealth(untried: Deployment[], tried: Set<string>, prefer: DeploymentRef | undefined): Promise<Deployment | undefined> {
    const refs = untried.map((d) => d.ref);
    const ordered = orderCandidates(refs, await input.health.view(refs), { turn: turns.next(), preferSameModelAs: prefer });
    const pick = ordered.admissible[0];
    if (pick) return untried.find((d) => d.ref.id === pick.deployment.id);
    for (const c of ordered.refused) {
      tried.add(c.deployment.id);
      if (c.view.refusal) begin(skippedAttempt(c.deployment.provider, c.deployment.model, c.view.refusal), c.deployment.id);
    }
    return undefined;
  }

  for (const tier of input.tiers) {
    const tried = new Set<string>();
    let prefer: DeploymentRef | undefined;
    for (;;) {
      if (signal.aborted) return fail('cancelled', 'the client went away; the answer was cancelled');
      if (Date.now() >= input.deadline) return fail(...endOf(true));
      const untried = tier.filter((d) => !tried.has(d.ref.id));
      if (untried.length === 0) break;
      // One candidate left: there is nothing to order, and `acquire` refuses it just as the view would
      // (one Redis call fewer per task on the common single-deployment tier).
      const deployment = untried.length === 1 ? untried[0] : await pickByHealth(untried, tried, prefer);
      if (!deployment) break;
      tried.add(deployment.ref.id);
      const admission = await input.health.acquire(deployment.ref, holdMs(input.deadline));
      if (!admission.allowed) {
        begin(skippedAttempt(deployment.ref.provider, deployment.ref.model, admission), deployment.ref.id);
        continue;
      }
      const sameModelLeft = (): boolean => tier.some((d) => !tried.has(d.ref.id) && d.ref.provider === deployment.ref.provider && d.ref.model === deployment.ref.model);
      const result = await tryDeployment(deployment, admission, sameModelLeft);
      if (result.ok) return { ok: true, deployment, completion: result.completion, output: result.output, attempts, notes };
      if (result.end === 'cancelled') return fail('cancelled', 'the client went away; the answer was cancelled');
      lastError = result.error ?? lastError;
      // The gateway's own words: the provider's are in the attempt.
      if (result.end === 'content_filtered') return fail('content_filtered', `${deployment.ref.provider} refused the content`);
      if (result.end === 'tool_call_interrupted') {
        return fail(
          'stream_interrupted',
          `the answer broke off after a tool call had started streaming (${deployment.ref.provider}: ${result.error?.kind ?? 'unknown'}); tool calls are not resumed on another route`,
        );
      }
      prefer = result.preferSameModel ? deployment.ref : undefined;
      if (result.skipSameModel) {
        for (const d of tier) if (d.ref.provider === deployment.ref.provider && d.ref.model === deployment.ref.model) tried.add(d.ref.id);
      }
    }
  }
  return fail(...endOf(Date.now() >= input.deadline));

  function endOf(deadlinePassed: boolean): [ChainFailureCode, string] {
    const end = chainFailure({ attempts, lastError, deadlinePassed, deliveredChars: state.delivered.length, deadlineName: input.deadlineName });
    return [end.code, end.message];
  }
}

/** A call is counted in flight until it reports, or until the task's deadline (a dead worker's calls expire). */
function holdMs(deadline: number): number {
  return Math.max(1_000, deadline - Date.now());
}

export { CancelledError };
