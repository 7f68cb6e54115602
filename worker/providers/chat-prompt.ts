/**
 * How a request becomes the AI SDK's call settings: a task's single prompt, or a chat job (built
 * by chat-request.ts: conversation, tools, JSON output, image downloads). The gateway owns retries.
 */
import type { ChatRequestContext } from './chat-request';
import { chatRequestFields } from './chat-request';
import { DEFAULT_IMAGE_FETCH } from './image-download';
import type { SdkAdapterOptions } from './sdk-adapter';
import type { CompletionRequest } from './types';

export type SettingsContext = ChatRequestContext & { defaultMaxOutputTokens?: number };

function promptFields(request: CompletionRequest, ctx: ChatRequestContext) {
  if (request.chat) {
    // `messages` may extend the job's conversation (an assistant prefill when a stream resumes).
    return chatRequestFields({ ...request.chat, messages: request.messages ?? request.chat.messages }, ctx);
  }
  if (request.messages) return chatRequestFields({ messages: request.messages }, ctx);
  return { system: request.system === '' ? undefined : request.system, prompt: request.prompt };
}

/** The call settings `generateText` and `streamText` share. */
export function callSettings(request: CompletionRequest, ctx: SettingsContext, signal: AbortSignal) {
  return {
    ...promptFields(request, ctx),
    maxRetries: 0,
    abortSignal: signal,
    maxOutputTokens: request.maxOutputTokens ?? ctx.defaultMaxOutputTokens,
    temperature: request.temperature,
    topP: request.topP,
    stopSequences: request.stop,
  };
}

/** What chat-request.ts needs to know about the adapter. */
export function settingsContext(options: SdkAdapterOptions): SettingsContext {
  return {
    provider: options.name,
    dialect: options.dialect,
    schemaLessJson: options.jsonMode,
    images: options.images ?? DEFAULT_IMAGE_FETCH,
    defaultMaxOutputTokens: options.defaultMaxOutputTokens,
  };
}

