/**
 * The streaming half of an SDK adapter: the AI SDK's `streamText` with its retries off (or, for a
 * plain prompt, the model's own stream: ./model-parts.ts), read part by part. A chunk that cannot be parsed is skipped (the SDK reports it and reads on); a stream
 * that ends without the provider saying it finished is an error, never a short answer.
 */
import { JSONParseError, TypeValidationError } from 'ai';
import { ProviderError } from '../../shared/provider-error';
import { filteredAnswer } from './errors/common';
import { modelParts } from './model-parts';
import { callSettings, settingsContext } from './chat-prompt';
import type { SdkAdapterOptions } from './sdk-adapter';
import { isStrictFormat, validateStructuredAnswer } from './structured-output';
import { ToolCallParts } from './tool-call-parts';
import { openAIFinishReason, RawFinishTracker } from './stream-finish';
import type { StreamPart } from './stream-types';
import type { CompletionRequest } from './types';

/** The AI SDK's finish reasons that mean the provider ended the answer itself. */
const FINISHED = new Set(['stop', 'length', 'content-filter', 'tool-calls']);

function unreadableChunk(error: unknown): boolean {
  return JSONParseError.isInstance(error) || TypeValidationError.isInstance(error);
}

export function createStreamMethod(options: SdkAdapterOptions) {
  const { name, classify, secrets } = options;
  const context = settingsContext(options);

  return async function* stream(request: CompletionRequest, signal: AbortSignal): AsyncGenerator<StreamPart> {
    const modelId = request.model ?? options.model;
    const tracker = new RawFinishTracker();
    let answeringModel = modelId;
    /** The answering model as the provider's own chunks name it (Gemini's modelVersion), for SDKs that report the requested one. */
    let reportedModel: string | undefined;
    let sawText = false;
    const tools = new ToolCallParts();
    // A strict schema's answer is held back until it is checked: a bad one then fails over unseen.
    const strict = isStrictFormat(request.chat?.responseFormat);
    let heldBack = '';
    try {
      signal.throwIfAborted();
      const settings = callSettings(request, context, signal);
      for await (const part of modelParts(options.languageModel(modelId), settings, options.thinStream?.(modelId))) {
        switch (part.type) {
          case 'text-delta':
            if (part.text === '') break;
            sawText = true;
            if (strict) {
              heldBack += part.text;
              yield { type: 'progress' };
            } else yield { type: 'text', text: part.text };
            break;
          case 'tool-input-start':
            yield* tools.start(part.id, part.toolName);
            break;
          case 'tool-input-delta':
            yield* tools.delta(part.id, part.delta);
            break;
          case 'tool-call':
            yield* tools.complete(part.toolCallId, part.toolName, part.input);
            break;
          case 'reasoning-delta':
            yield { type: 'progress' };
            break;
          case 'raw': {
            reportedModel = options.answeringModel?.(part.rawValue) ?? reportedModel;
            const finishing = tracker.observe(part.rawValue);
            // Held-back text is only sent at the real finish: an early end would lose it.
            if (finishing && !strict) yield finishing;
            break;
          }
          case 'error':
            if (!unreadableChunk(part.error)) throw part.error;
            yield { type: 'skipped', reason: part.error instanceof Error ? part.error.message.slice(0, 200) : 'unreadable chunk' };
            break;
          case 'abort':
            throw new DOMException(`the ${name} stream was aborted`, 'AbortError');
          case 'response-model':
            answeringModel = part.modelId;
            break;
          case 'finish': {
            const reason = FINISHED.has(part.finishReason) ? openAIFinishReason(part.finishReason.replace('-', '_')) : tracker.finishReason;
            if (reason === undefined) {
              throw new ProviderError({ provider: name, kind: 'malformed_response', message: `${name}: the stream ended without a finish reason (cut short)` });
            }
            if (reason === 'content_filter' && !sawText && tools.count === 0) throw filteredAnswer(name, part.rawFinishReason);
            if (strict && tools.count === 0) validateStructuredAnswer(heldBack, request.chat?.responseFormat, name);
            if (heldBack !== '') yield { type: 'text', text: heldBack };
            const seen = tracker.completeUsage();
            const usage = {
              inputTokens: part.inputTokens ?? seen?.inputTokens ?? 0,
              outputTokens: part.outputTokens ?? seen?.outputTokens ?? 0,
            };
            yield { type: 'finish', finishReason: reason, usage, model: reportedModel ?? answeringModel, ...(tools.count > 0 ? { toolCalls: tools.toolCalls() } : {}) };
            return;
          }
        }
      }
      throw new ProviderError({ provider: name, kind: 'malformed_response', message: `${name}: the stream ended without finishing` });
    } catch (err: unknown) {
      throw classify(err, { provider: name, signal, secrets });
    }
  };
}
