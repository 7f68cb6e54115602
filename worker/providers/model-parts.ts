/**
 * The parts of a streamed answer that stream-adapter.ts reads, from either of two sources:
 *
 * - `streamText`'s full stream, for everything a chat job can ask (a conversation, tools, images,
 *   structured output);
 * - the model's own `doStream`, read directly, for text alone: a task's plain prompt (a system text
 *   and one user text), and a chat whose turns are all text, with no tools, images or output format
 *   (most /v1 traffic). `streamText` wraps that same stream in a dozen web TransformStreams (steps,
 *   tool execution, output parsing, telemetry) that do nothing for such a call and cost about 3 ms
 *   of CPU per call on Node 20, most of a worker's time per task (bench/README.md).
 *
 * The direct call is made with the settings `streamText` would pass for that prompt (its prompt
 * conversion, the chat's provider options, no tools, no response format, the caller's signal, raw
 * chunks on). A provider may go one step further with a thin reader of its own wire format
 * (`ThinStream`; OpenAI's chat: openai/thin-stream.ts), which skips the SDK's SSE parsing and zod
 * validation, the larger part of what doStream costs, and yields the same parts.
 */
import { streamText, type LanguageModel } from 'ai';
import type { callSettings } from './chat-prompt';

/** The provider interface (`@ai-sdk/provider`'s V3), as `ai` exposes it. */
type LanguageModelV3 = Extract<Exclude<LanguageModel, string>, { specificationVersion: 'v3' }>;
type LanguageModelV3CallOptions = Parameters<LanguageModelV3['doStream']>[0];
type LanguageModelV3StreamPart = Awaited<ReturnType<LanguageModelV3['doStream']>>['stream'] extends ReadableStream<infer P> ? P : never;
export type LanguageModelV3Prompt = LanguageModelV3CallOptions['prompt'];

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

export type StreamTextSettings = ReturnType<typeof callSettings>;

/**
 * A provider's own reader of a text-only stream, in place of the SDK model's doStream (OpenAI's
 * chat model: openai/thin-stream.ts). It yields the same parts `fromDoStream` would, or answers
 * undefined for a call it does not handle, which then keeps the SDK.
 */
export type ThinStream = (prompt: LanguageModelV3Prompt, settings: StreamTextSettings) => AsyncGenerator<ModelPart> | undefined;

/** A system text as `streamText` places it: first, on its own. */
function systemTurn(system: string | undefined): LanguageModelV3Prompt {
  return system === undefined ? [] : [{ role: 'system', content: system }];
}

/**
 * The model prompt `streamText` would build, when the call is text alone: a task's prompt, or a
 * conversation of user and assistant turns whose content is a string, without tools or an output
 * format. Undefined for anything else (images, tool calls and results, structured output), which
 * `streamText` handles.
 */
export function textOnlyPrompt(settings: StreamTextSettings): LanguageModelV3Prompt | undefined {
  if ('prompt' in settings) {
    if (typeof settings.prompt !== 'string' || settings.prompt === '') return undefined;
    return [...systemTurn(settings.system), { role: 'user', content: [{ type: 'text', text: settings.prompt }] }];
  }
  if (settings.tools !== undefined || settings.toolChoice !== undefined || settings.output !== undefined) return undefined;
  // An empty conversation is left to streamText, which refuses it.
  if (settings.messages.length === 0) return undefined;
  const turns: LanguageModelV3Prompt = systemTurn(settings.system);
  for (const message of settings.messages) {
    if ((message.role !== 'user' && message.role !== 'assistant') || typeof message.content !== 'string') return undefined;
    turns.push({ role: message.role, content: [{ type: 'text', text: message.content }] });
  }
  return turns;
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

/** The model's own doStream, read as `streamText` would report it. Exported as the reference the thin readers are tested against. */
export async function* fromDoStream(model: LanguageModelV3, prompt: LanguageModelV3Prompt, settings: StreamTextSettings): AsyncGenerator<ModelPart> {
  const options: LanguageModelV3CallOptions = {
    prompt,
    ...('providerOptions' in settings ? { providerOptions: settings.providerOptions } : {}),
    maxOutputTokens: settings.maxOutputTokens,
    temperature: settings.temperature,
    topP: settings.topP,
    stopSequences: settings.stopSequences,
    abortSignal: settings.abortSignal,
    includeRawChunks: true,
  };
  const { stream } = await model.doStream(options);
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        // A stream that closes without the model's finish part (Anthropic's without `message_stop`)
        // ends as streamText ends it: reason "other", no usage; stream-adapter.ts then takes the
        // reason the provider's own chunks gave, or fails the call as cut short.
        if (!finished) yield { type: 'finish', finishReason: 'other', rawFinishReason: undefined, inputTokens: undefined, outputTokens: undefined };
        return;
      }
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
          finished = true;
          // As streamText reports it: the unified reason, the provider's own, and the totals.
          yield { type: 'finish', finishReason: part.finishReason.unified, rawFinishReason: part.finishReason.raw, inputTokens: part.usage.inputTokens.total, outputTokens: part.usage.outputTokens.total };
          break;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * The answer's parts: for text alone, from the provider's thin reader when it has one and takes
 * the call, else from the model's doStream; through `streamText` otherwise.
 */
export function modelParts(model: LanguageModel, settings: StreamTextSettings, thin?: ThinStream): AsyncGenerator<ModelPart> {
  // The V3 interface is what every provider package here implements; anything else goes through streamText.
  if (typeof model === 'string' || model.specificationVersion !== 'v3') return fromStreamText(model, settings);
  const prompt = textOnlyPrompt(settings);
  if (!prompt) return fromStreamText(model, settings);
  return thin?.(prompt, settings) ?? fromDoStream(model, prompt, settings);
}
