/**
 * One call to one deployment, always through the provider's streaming API (an adapter that cannot
 * stream is read as one chunk under the whole-answer limit). With a sink, text is relayed as it
 * comes and a call after a break resumes what the client already has; without one, the answer
 * is aggregated (text, tool calls, usage) and handed to the caller's `accept`.
 */
import { ProviderError } from '../../shared/provider-error';
import type { CompletionRequest, CompletionResult } from '../providers/types';
import { openAIFinishReason } from '../providers/stream-finish';
import { TaskOutputError } from '../tasks/types';
import { streamCall, type ResumeMode, type StreamFinish, type TextSink } from '../stream/stream-call';
import type { StreamLimits } from '../stream/timed-stream';
import type { Deployment } from './deployments';

export type { TextSink };

export interface CallSettings {
  request: CompletionRequest;
  limits: StreamLimits;
  totalTimeoutMs: number;
  deadline: number;
  signal: AbortSignal;
  sink?: TextSink;
}

/** What the chain shares between calls: the text the client already has, and who refused a prefill. */
export interface ChainState {
  delivered: string;
  replayOnly?: Set<string>;
  /** A tool call reached the client: a half-streamed call cannot be joined to another model's, so the answer is not resumed. */
  toolCallsDelivered?: boolean;
}

export type CallOutcome<T> =
  | { ok: true; completion: CompletionResult; output: T; note?: string }
  | { ok: false; error: ProviderError; added: boolean; prefillRefused: boolean };

const RESUMED_BY: Record<ResumeMode, string> = { fresh: '', prefill: 'assistant prefill', replay: 'replaying the request and skipping the delivered text' };

export function asProviderError(provider: string, err: unknown): ProviderError {
  if (err instanceof ProviderError) return err;
  if (err instanceof TaskOutputError) return new ProviderError({ provider, kind: 'malformed_response', message: err.message });
  const message = err instanceof Error ? err.message : String(err);
  return new ProviderError({ provider, kind: 'server_error', message: `adapter failed: ${message}` });
}

/** The limits for this adapter: a provider that cannot stream has only its whole answer to wait for. */
function limitsFor(deployment: Deployment, settings: CallSettings): StreamLimits {
  return deployment.adapter.stream ? settings.limits : { ...settings.limits, firstTokenMs: settings.totalTimeoutMs };
}

function completionOf(text: string, finish: StreamFinish, latencyMs: number): CompletionResult {
  return {
    text,
    model: finish.model,
    finishReason: openAIFinishReason(finish.finishReason.replace('-', '_')),
    usage: finish.usage,
    latencyMs,
    toolCalls: finish.toolCalls,
  };
}

/** Streams a request to the deployment and collects the whole answer (a parser's repair, an aggregated call). */
export async function collect(deployment: Deployment, settings: CallSettings, request: CompletionRequest): Promise<CompletionResult> {
  const started = performance.now();
  let text = '';
  const sink: TextSink = { text: (t) => void (text += t) };
  const result = await streamCall({ adapter: deployment.adapter, request, mode: 'fresh', delivered: '', sink, limits: limitsFor(deployment, settings), deadline: settings.deadline, signal: settings.signal });
  if (!result.ok) throw asProviderError(deployment.ref.provider, result.error);
  return completionOf(text, result.finish, Math.round(performance.now() - started));
}

function sumUsage(a: CompletionResult['usage'], b: CompletionResult['usage']): CompletionResult['usage'] {
  return { inputTokens: a.inputTokens + b.inputTokens, outputTokens: a.outputTokens + b.outputTokens };
}

export async function callDeployment<T>(
  deployment: Deployment,
  settings: CallSettings,
  state: ChainState,
  notes: string[],
  accept: (completion: CompletionResult, deployment: Deployment, ask: (request: CompletionRequest) => Promise<CompletionResult>) => Promise<T>,
): Promise<CallOutcome<T>> {
  const { adapter, ref } = deployment;
  const started = performance.now();
  const relayed = settings.sink !== undefined;
  const resuming = relayed && state.delivered !== '';
  const mode: ResumeMode = !resuming ? 'fresh' : adapter.assistantPrefill && !state.replayOnly?.has(ref.id) ? 'prefill' : 'replay';
  let aggregated = '';
  const sink: TextSink = settings.sink ?? { text: (t) => void (aggregated += t) };
  const resumedAt = state.delivered.length;
  const result = await streamCall({ adapter, request: settings.request, mode, delivered: state.delivered, sink, limits: limitsFor(deployment, settings), deadline: settings.deadline, signal: settings.signal });
  if (relayed) state.delivered += result.added;
  if (relayed && result.toolCallStarted === true) state.toolCallsDelivered = true;
  if (!result.ok) {
    const error = asProviderError(ref.provider, result.error);
    const prefillRefused = mode === 'prefill' && result.added === '' && error.kind === 'bad_request';
    if (prefillRefused) {
      (state.replayOnly ??= new Set()).add(ref.id);
      notes.push(`${ref.provider}: refused the assistant prefill; replaying the request instead`);
    }
    return { ok: false, error, added: relayed && result.added !== '', prefillRefused };
  }
  let completion = completionOf(relayed ? state.delivered : aggregated, result.finish, Math.round(performance.now() - started));
  const ask = async (request: CompletionRequest): Promise<CompletionResult> => {
    const again = await collect(deployment, settings, request);
    // The answer the caller gets is the repaired one, so its cost is part of the successful call.
    completion = { ...again, usage: sumUsage(completion.usage, again.usage) };
    return again;
  };
  let output: T;
  try {
    output = await accept(completion, deployment, ask);
  } catch (err) {
    return { ok: false, error: asProviderError(ref.provider, err), added: false, prefillRefused: false };
  }
  const resumed = mode === 'fresh' ? undefined : `resumed after ${resumedAt} delivered characters by ${RESUMED_BY[mode]}`;
  if (resumed) notes.push(`${ref.provider}: ${resumed}`);
  if (result.finish.skipped > 0) notes.push(`${ref.provider}: skipped ${result.finish.skipped} unreadable chunk(s)`);
  return { ok: true, completion, output, note: resumed };
}
