/**
 * Reads the provider's own finish signal from the raw stream chunks. The AI SDK only reports a
 * finish when the stream ends with the format's terminator; a provider that sends its finish
 * reason and then closes (or goes quiet) without `[DONE]` / `message_stop` would otherwise look
 * like a stream cut short. One reader per wire format the gateway speaks.
 */
import type { OpenAIFinishReason, StreamPart, StreamUsage } from './stream-types';

type Json = Record<string, unknown>;

const asRecord = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);
const asCount = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

const REASONS: Readonly<Record<string, OpenAIFinishReason>> = {
  // OpenAI and every OpenAI-compatible server
  stop: 'stop',
  length: 'length',
  content_filter: 'content_filter',
  tool_calls: 'tool_calls',
  function_call: 'tool_calls',
  // Anthropic
  end_turn: 'stop',
  stop_sequence: 'stop',
  max_tokens: 'length',
  tool_use: 'tool_calls',
  refusal: 'content_filter',
  // Gemini
  STOP: 'stop',
  MAX_TOKENS: 'length',
  SAFETY: 'content_filter',
  RECITATION: 'content_filter',
  BLOCKLIST: 'content_filter',
  PROHIBITED_CONTENT: 'content_filter',
  SPII: 'content_filter',
};

export function openAIFinishReason(raw: string): OpenAIFinishReason {
  return REASONS[raw] ?? 'stop';
}

export class RawFinishTracker {
  finishReason?: OpenAIFinishReason;
  readonly usage: Partial<StreamUsage> = {};

  /** Returns a `finishing` part the first time a chunk carries a finish reason. */
  observe(raw: unknown): StreamPart | undefined {
    const chunk = asRecord(raw);
    if (!chunk) return undefined;
    const reason = this.openAIStyle(chunk) ?? this.anthropic(chunk) ?? this.gemini(chunk);
    if (reason === undefined || this.finishReason !== undefined) return undefined;
    this.finishReason = openAIFinishReason(reason);
    return { type: 'finishing', finishReason: this.finishReason, usage: this.completeUsage() };
  }

  completeUsage(): StreamUsage | undefined {
    const { inputTokens, outputTokens } = this.usage;
    return inputTokens !== undefined && outputTokens !== undefined ? { inputTokens, outputTokens } : undefined;
  }

  private openAIStyle(chunk: Json): string | undefined {
    const usage = asRecord(chunk.usage);
    if (usage) {
      this.usage.inputTokens = asCount(usage.prompt_tokens) ?? this.usage.inputTokens;
      this.usage.outputTokens = asCount(usage.completion_tokens) ?? this.usage.outputTokens;
    }
    const choices = Array.isArray(chunk.choices) ? chunk.choices : [];
    const reason = asRecord(choices[0])?.finish_reason;
    return typeof reason === 'string' && reason !== '' ? reason : undefined;
  }

  private anthropic(chunk: Json): string | undefined {
    if (chunk.type === 'message_start') {
      this.usage.inputTokens = asCount(asRecord(asRecord(chunk.message)?.usage)?.input_tokens) ?? this.usage.inputTokens;
      return undefined;
    }
    if (chunk.type !== 'message_delta') return undefined;
    this.usage.outputTokens = asCount(asRecord(chunk.usage)?.output_tokens) ?? this.usage.outputTokens;
    const reason = asRecord(chunk.delta)?.stop_reason;
    return typeof reason === 'string' ? reason : undefined;
  }

  private gemini(chunk: Json): string | undefined {
    const meta = asRecord(chunk.usageMetadata);
    if (meta) {
      this.usage.inputTokens = asCount(meta.promptTokenCount) ?? this.usage.inputTokens;
      this.usage.outputTokens = asCount(meta.candidatesTokenCount) ?? this.usage.outputTokens;
    }
    const candidates = Array.isArray(chunk.candidates) ? chunk.candidates : [];
    const reason = asRecord(candidates[0])?.finishReason;
    return typeof reason === 'string' && reason !== 'FINISH_REASON_UNSPECIFIED' ? reason : undefined;
  }
}
