/**
 * The one way an adapter calls a provider: the AI SDK's `generateText` with its retries off (the
 * gateway owns retries), the caller's AbortSignal passed through, and the answer normalised.
 * Each provider folder only supplies the SDK model, its error classifier and its quirks.
 */
import { generateText, type LanguageModel, type OutputInterface } from 'ai';
import type { ToolCall } from '../../shared/chat-job';
import type { ProviderError } from '../../shared/provider-error';
import { filteredAnswer, type Classifier } from './errors/common';
import type { CompletionRequest, CompletionResult, ProviderAdapter } from './types';
import { callSettings, settingsContext } from './chat-prompt';
import type { RequestDialect } from './chat-request';
import type { ImageFetchLimits } from './image-download';
import { validateStructuredAnswer } from './structured-output';
import { createStreamMethod } from './stream-adapter';
import type { ThinStream } from './model-parts';

/** What a native adapter needs; `name` defaults to the provider's own. */
export interface NativeAdapterSettings {
  name?: string;
  /** The provider credential (sent as the SDK's `apiKey`). */
  credential: string;
  baseUrl: string;
  model: string;
  images?: ImageFetchLimits;
}

export interface SdkAdapterOptions {
  name: string;
  /** The configured model; a request may override it. */
  model: string;
  languageModel(modelId: string): LanguageModel;
  classify: Classifier;
  /** Kept out of every error message. */
  secrets: readonly string[];
  /** False where the SDK has no JSON mode without a schema (Anthropic): it would only warn. */
  jsonMode: boolean;
  /** Which provider package writes the request (where per-provider options go). */
  dialect: RequestDialect;
  /** Limits for images downloaded for a provider that takes no image URLs. */
  images?: ImageFetchLimits;
  /** True where the API continues an answer that ends the conversation (Anthropic's assistant prefill). */
  assistantPrefill?: boolean;
  /** For APIs that require a limit (Anthropic): used when the request sets none. */
  defaultMaxOutputTokens?: number;
  /** Where the answering model is in the raw body, for SDKs that report the requested one. */
  answeringModel?(body: unknown): string | undefined;
  /** A reader of text-only streams cheaper than the SDK model's doStream, where the provider has one (model-parts.ts). */
  thinStream?(modelId: string): ThinStream;
}

/**
 * Asks for the provider's JSON mode but hands the text back untouched: whether it parses is the
 * decision engine's business, and a reply that does not parse must not be thrown away here.
 */
const jsonText: OutputInterface<string, string, never> = {
  name: 'json-text',
  responseFormat: Promise.resolve({ type: 'json' }),
  parseCompleteOutput: async ({ text }) => text,
  parsePartialOutput: async ({ text }) => ({ partial: text }),
  createElementStreamTransform: () => undefined,
};

/** OpenAI, Mistral, HF: x-request-id; Anthropic: request-id; NVIDIA's hosted API: nvcf-reqid. */
function requestIdFrom(headers: Record<string, string> | undefined): string | undefined {
  return headers?.['x-request-id'] ?? headers?.['request-id'] ?? headers?.['nvcf-reqid'];
}

/** The SDK's parsed input back as JSON text (OpenAI's `arguments`). */
export function toolCallOf(call: { toolCallId: string; toolName: string; input: unknown }): ToolCall {
  return { id: call.toolCallId, name: call.toolName, arguments: JSON.stringify(call.input ?? {}) };
}

export function createSdkAdapter(options: SdkAdapterOptions): ProviderAdapter {
  const { name, classify, secrets } = options;
  const fail = (err: unknown, signal: AbortSignal): ProviderError => classify(err, { provider: name, signal, secrets });
  const context = settingsContext(options);

  return {
    name,
    model: options.model,
    assistantPrefill: options.assistantPrefill ?? false,
    stream: createStreamMethod(options),
    async complete(request: CompletionRequest, signal: AbortSignal): Promise<CompletionResult> {
      const modelId = request.model ?? options.model;
      const started = performance.now();
      try {
        signal.throwIfAborted();
        const settings = callSettings(request, context, signal);
        const taskJson = request.responseFormat === 'json' && options.jsonMode ? jsonText : undefined;
        const result = await generateText({ model: options.languageModel(modelId), ...settings, output: 'output' in settings && settings.output ? settings.output : taskJson });
        const latencyMs = Math.round(performance.now() - started);
        const toolCalls = result.toolCalls.map(toolCallOf);
        if (result.finishReason === 'content-filter' && result.text.trim() === '' && toolCalls.length === 0) {
          throw filteredAnswer(name, result.rawFinishReason);
        }
        if (toolCalls.length === 0) validateStructuredAnswer(result.text, request.chat?.responseFormat, name);
        return {
          ...(toolCalls.length > 0 ? { toolCalls } : {}),
          text: result.text,
          model: options.answeringModel?.(result.response.body) ?? (result.response.modelId || modelId),
          finishReason: result.finishReason,
          usage: { inputTokens: result.usage.inputTokens ?? 0, outputTokens: result.usage.outputTokens ?? 0 },
          latencyMs,
          requestId: requestIdFrom(result.response.headers),
        };
      } catch (err: unknown) {
        throw fail(err, signal);
      }
    },
  };
}
