/**
 * The parts of a streamed answer that stream-adapter.ts reads, from either of two sources:
 *
 * - `streamText`'s full stream, for everything a chat job can ask (a conversation, tools, images,
 *   structured output);
 * - the model's own `doStream`, read directly, for a plain prompt (a task: a system text and one
 *   user text, nothing else). `streamText` wraps that same stream in a dozen web TransformStreams
 *   (steps, tool execution, output parsing, telemetry) that do nothing for such a prompt and cost
 *   about 3 ms of CPU per call on Node 20, most of a worker's time per task (bench/README.md).
 *
 * The direct call is made with the settings `streamText` would pass for that prompt (its prompt
 * conversion, no tools, no response format, the caller's signal, raw chunks on).
 */
import { streamText, type LanguageModel } from 'ai';
import type { callSettings } from './chat-prompt';

/** The provider interface (`@ai-sdk/provider`'s V3), as `ai` exposes it. */
type LanguageModelV3 = Extract<Exclude<LanguageModel, string>, { specificationVersion: 'v3' }>;
type LanguageModelV3CallOptions = Parameters<LanguageModelV3['doStream']>[0];
type LanguageModelV3StreamPart = Awaited<ReturnType<LanguageModelV3['doStream']>>['stream'] extends ReadableStream<infer P> ? P : never;

export type ModelPart =
  | { type: 'text-delta'; text: string }
  | { type: 'reasoning-delta' }
  | { type: 'tool-input-start'; id: string; toolName: string }
  | { type: 'tool-input-delta'; id: string; delta: string }
  | { type: 'tool-call'; toolCallId: string; toolName: string; input: unknown }
  | { type: 'raw'; rawValue: unknown }
  | { type: 'error'; error: unknown }
  | { type: 'abort' }
  /** The answering model as the provider's response names it. */
  | { type: 'response-model'; modelId: string }
  | { type: 'finish'; finishReason: string; rawFinishReason: string | undefined; inputTokens: number | undefined; outputTokens: number | undefined };

type StreamTextSettings = ReturnType<typeof callSettings>;
type PromptSettings = Extract<StreamTextSettings, { prompt: string }>;

/** A task's prompt (chat-prompt.ts: a system text and a prompt, no conversation, tools or output format). */
function isPlainPrompt(settings: StreamTextSettings): settings is PromptSettings {
  return 'prompt' in settings && typeof settings.prompt === 'string' && settings.prompt !== '';
}

async function* fromStreamText(model: LanguageModel, settings: StreamTextSettings): AsyncGenerator<ModelPart> {
  const result = streamText({
    model,
    ...settings,
    includeRawChunks: true,
    // Failures arrive as parts of the stream; the default handler would only print them.
    onError: () => undefined,
  });
  for await (const part of result.fullStream) {
    switch (part.type) {
      case 'text-delta':
      case 'reasoning-delta':
      case 'tool-input-start':
      case 'tool-input-delta':
      case 'tool-call':
      case 'raw':
      case 'error':
      case 'abort':
        yield part;
        break;
      case 'finish-step':
        if (part.response.modelId) yield { type: 'response-model', modelId: part.response.modelId };
        break;
      case 'finish':
        yield { type: 'finish', finishReason: part.finishReason, rawFinishReason: part.rawFinishReason, inputTokens: part.totalUsage.inputTokens, outputTokens: part.totalUsage.outputTokens };
        break;
    }
  }
}

async function* fromModel(model: LanguageModelV3, settings: PromptSettings): AsyncGenerator<ModelPart> {
  const { system } = settings;
  const options: LanguageModelV3CallOptions = {
    // As streamText converts `system` and `prompt`.
    prompt: [...(system === undefined ? [] : [{ role: 'system' as const, content: system }]), { role: 'user', content: [{ type: 'text', text: settings.prompt }] }],
    maxOutputTokens: settings.maxOutputTokens,
    temperature: settings.temperature,
    topP: settings.topP,
    stopSequences: settings.stopSequences,
    abortSignal: settings.abortSignal,
    includeRawChunks: true,
  };
  const { stream } = await model.doStream(options);
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      const part = value as LanguageModelV3StreamPart;
      switch (part.type) {
        case 'text-delta':
          yield { type: 'text-delta', text: part.delta };
          break;
        case 'reasoning-delta':
          yield { type: 'reasoning-delta' };
          break;
        case 'raw':
        case 'error':
          yield part;
          break;
        case 'response-metadata':
          if (part.modelId) yield { type: 'response-model', modelId: part.modelId };
          break;
        case 'finish':
          // As streamText reports it: the unified reason, the provider's own, and the totals.
          yield { type: 'finish', finishReason: part.finishReason.unified, rawFinishReason: part.finishReason.raw, inputTokens: part.usage.inputTokens.total, outputTokens: part.usage.outputTokens.total };
          break;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

/** The answer's parts: directly from the model for a plain prompt, through `streamText` otherwise. */
export function modelParts(model: LanguageModel, settings: StreamTextSettings): AsyncGenerator<ModelPart> {
  // The V3 interface is what every provider package here implements; anything else goes through streamText.
  if (typeof model !== 'string' && model.specificationVersion === 'v3' && isPlainPrompt(settings)) return fromModel(model, settings);
  return fromStreamText(model, settings);
}
