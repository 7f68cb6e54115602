/** The one small interface every provider adapter implements. Adapters never see Express or BullMQ. */
import type { Context } from '@opentelemetry/api';
import type { ChatMessage, ToolCall } from '../../shared/chat-job';
import type { DeploymentRef } from '../../shared/health/types';
import type { ChatCall } from './chat-request';
import type { ImageFetchLimits } from './image-download';
import type { ProviderInfo } from '../../shared/providers/status';
import type { StreamPart } from './stream-types';

export interface CompletionRequest {
  /** The task being run (`summarize`, `invoice_check`, ...); the offline `local` provider works from it directly. */
  task: string;
  /** The caller's input text. */
  text: string;
  options: Record<string, unknown>;
  /** The rendered instructions and user message an LLM receives. */
  system: string;
  prompt: string;
  /** `json` asks for the provider's JSON mode where it has one. */
  responseFormat: 'text' | 'json';
  maxOutputTokens?: number;
  temperature?: number;
  /** A per-request model override; the adapter's configured model otherwise. */
  model?: string;
  /** A whole conversation (chat completions): replaces `prompt`; system messages join `system`. */
  messages?: ChatMessage[];
  /**
   * The chat job (chat completions): the adapter builds the whole provider request from it
   * (worker/providers/chat-request.ts). When `messages` is set too, it replaces the job's (a prefill).
   */
  chat?: ChatCall;
  topP?: number;
  stop?: string[];
  /**
   * The job's trace context: the provider call's span is its child. Passed explicitly, not read
   * from the active context, because the gateway tracks no async context
   * (shared/tracing/sync-context.ts).
   */
  traceParent?: Context;
  /**
   * Set when this call resumes an answer that broke off after some text reached the client
   * (worker/stream/resume.ts): how, and after how many characters. Adapters ignore it; the
   * provider-call span shows it, so a resume reads as such in a trace.
   */
  resume?: { mode: 'prefill' | 'replay'; deliveredChars: number };
}

export interface CompletionResult {
  text: string;
  /** The model that actually answered, as the provider reported it. */
  model: string;
  finishReason: string;
  usage: { inputTokens: number; outputTokens: number };
  latencyMs: number;
  requestId?: string;
  /** The tool calls the answer made (finish reason `tool_calls`); absent when it made none. */
  toolCalls?: ToolCall[];
}

export interface ProviderAdapter {
  readonly name: string;
  readonly model: string;
  /** Must reject with a `ProviderError`; must stop work when `signal` aborts. */
  complete(request: CompletionRequest, signal: AbortSignal): Promise<CompletionResult>;
  /**
   * The answer as it is generated. Must throw a `ProviderError` on failure, end with a `finish`
   * part only when the answer is complete, and stop when `signal` aborts. Optional: an adapter
   * without it is streamed as one chunk from `complete`.
   */
  stream?(request: CompletionRequest, signal: AbortSignal): AsyncIterable<StreamPart>;
  /** True when the provider continues a conversation that ends with the assistant's own words (Anthropic). */
  readonly assistantPrefill?: boolean;
}

/** What the registry hands an adapter folder's factory: one provider, one credential, one endpoint. */
export interface AdapterSettings {
  /** The provider's name (an adapter folder may serve several providers: `openai-compatible`). */
  name: string;
  credential: string;
  baseUrl: string;
  model: string;
  headers?: Record<string, string>;
  /** Limits for images the adapter must download (IMAGE_MAX_BYTES, IMAGE_FETCH_TIMEOUT_SECONDS). */
  images?: ImageFetchLimits;
}

/** What each adapter folder's `index.ts` exports and worker/providers/adapters.ts registers. */
export type AdapterFactory = (settings: AdapterSettings) => ProviderAdapter;

/** One key of a configured provider: its own adapter (holding that key) and what health knows it by. */
export interface KeyedAdapter {
  adapter: ProviderAdapter;
  credential: DeploymentRef['credential'];
  baseUrl: DeploymentRef['baseUrl'];
}

export interface ProviderEntry {
  info: ProviderInfo;
  /** Present exactly when the provider is configured (its first key's). */
  adapter?: ProviderAdapter;
  /** One per key (OPENAI_API_KEYS); absent: `adapter` alone, as one key-less deployment. */
  keys?: KeyedAdapter[];
}
