/**
 * One streamed call to one target, relaying its text as it comes: fresh, or resuming text already
 * delivered (by prefill or by replay-and-skip). Reports whether this call delivered anything,
 * because a call that did cannot be retried transparently.
 */
import { ProviderError } from '../../shared/provider-error';
import type { StreamPart, StreamUsage } from '../providers/stream-types';
import type { ToolCall } from '../../shared/chat-job';
import type { CompletionRequest, ProviderAdapter } from '../providers/types';
import { prefillRequest, PrefillJoiner, ReplayGate } from './resume';
import type { TextSource } from './relay';
import { timedStream, type StreamLimits } from './timed-stream';

export type ResumeMode = 'fresh' | 'prefill' | 'replay';

export type ToolCallPart = Extract<StreamPart, { type: 'tool-call-start' | 'tool-call-delta' }>;

/** Where an answer's parts go as they come: the relay (a streamed /v1 answer) or an aggregate. */
export interface TextSink {
  text(text: string, source: TextSource): void;
  /** Tool-call pieces, in order with the text (the relay numbers them with it); a sink without it only gets them whole at the finish. */
  toolCall?(part: ToolCallPart, source: TextSource): void;
}

export interface StreamCallInput {
  adapter: ProviderAdapter;
  request: CompletionRequest;
  mode: ResumeMode;
  /** The text the client already has. */
  delivered: string;
  sink: TextSink;
  limits: StreamLimits;
  deadline: number;
  signal: AbortSignal;
}

export interface StreamFinish {
  finishReason: string;
  usage: StreamUsage;
  model: string;
  /** Unreadable chunks that were skipped. */
  skipped: number;
  /** Every tool call, whole, when the answer called tools. */
  toolCalls?: ToolCall[];
}

/** `toolCallStarted`: a tool call reached the client; such an answer is not resumed on another target. */
export type StreamCallResult =
  | { ok: true; finish: StreamFinish; added: string; toolCallStarted?: boolean }
  | { ok: false; error: unknown; added: string; toolCallStarted?: boolean };

/** Streams an adapter without a `stream` method (in-test fakes) as one chunk from `complete`. */
async function* oneChunk(adapter: ProviderAdapter, request: CompletionRequest, signal: AbortSignal): AsyncGenerator<StreamPart> {
  const result = await adapter.complete(request, signal);
  if (result.text !== '') yield { type: 'text', text: result.text };
  const toolCalls = result.toolCalls ?? [];
  for (const [index, call] of toolCalls.entries()) {
    yield { type: 'tool-call-start', index, id: call.id, name: call.name };
    yield { type: 'tool-call-delta', index, argumentsDelta: call.arguments };
  }
  const finishReason = toolCalls.length > 0 ? 'tool_calls' : result.finishReason.replace('-', '_');
  yield { type: 'finish', finishReason, usage: result.usage, model: result.model, ...(toolCalls.length > 0 ? { toolCalls } : {}) };
}

function mismatch(provider: string): ProviderError {
  // Not the provider's fault: it answered, just not with the same words.
  return new ProviderError({ provider, kind: 'unsupported', message: `${provider}: the replayed answer does not begin with the text already delivered` });
}

export async function streamCall(input: StreamCallInput): Promise<StreamCallResult> {
  const { adapter, mode, delivered, sink } = input;
  const resumed = mode === 'fresh' ? input.request : { ...input.request, resume: { mode, deliveredChars: delivered.length } };
  const request = mode === 'prefill' ? prefillRequest(resumed, delivered) : resumed;
  const gate = mode === 'replay' ? new ReplayGate(delivered) : undefined;
  const joiner = mode === 'prefill' ? new PrefillJoiner(delivered) : undefined;
  const source = { provider: adapter.name, model: adapter.model };
  const open = (signal: AbortSignal): AsyncIterable<StreamPart> =>
    adapter.stream ? adapter.stream(request, signal) : oneChunk(adapter, request, signal);
  let added = '';
  let skipped = 0;
  let toolCallStarted = false;
  try {
    const parts = timedStream(open, { provider: adapter.name, model: adapter.model, limits: input.limits, deadline: input.deadline, signal: input.signal });
    for await (const part of parts) {
      if (part.type === 'skipped') skipped += 1;
      if (part.type === 'finish') {
        if (gate && !gate.through) return { ok: false, error: mismatch(adapter.name), added, toolCallStarted };
        return { ok: true, finish: { finishReason: part.finishReason, usage: part.usage, model: part.model, skipped, toolCalls: part.toolCalls }, added, toolCallStarted };
      }
      // Tool-call pieces go to the client as they come; a replay that has not yet matched the delivered text cannot add calls.
      if (part.type === 'tool-call-start' || part.type === 'tool-call-delta') {
        if (gate && !gate.through) return { ok: false, error: mismatch(adapter.name), added, toolCallStarted };
        toolCallStarted = true;
        sink.toolCall?.(part, source);
        continue;
      }
      if (part.type !== 'text') continue;
      let text = part.text;
      if (gate) {
        const gated = gate.accept(text);
        if (!gated.ok) return { ok: false, error: mismatch(adapter.name), added };
        text = gated.pass;
      }
      if (joiner) text = joiner.accept(text);
      if (text === '') continue;
      sink.text(text, source);
      added += text;
    }
    return { ok: false, error: new ProviderError({ provider: adapter.name, kind: 'malformed_response', message: `${adapter.name}: the stream ended without finishing` }), added, toolCallStarted };
  } catch (err) {
    return { ok: false, error: err, added, toolCallStarted };
  }
}
