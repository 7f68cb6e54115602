/**
 * How a request becomes the AI SDK's prompt: a task's single prompt, or a chat conversation.
 * System messages are joined into the system prompt, because several providers (Anthropic,
 * Gemini) take one system prompt and refuse system messages between the turns.
 */
import type { ModelMessage } from 'ai';
import type { CompletionRequest } from './types';

export type PromptSettings = { system?: string; prompt: string } | { system?: string; messages: ModelMessage[] };

export function promptOf(request: CompletionRequest): PromptSettings {
  if (!request.messages) return { system: request.system === '' ? undefined : request.system, prompt: request.prompt };
  const system = [request.system, ...request.messages.filter((m) => m.role === 'system').map((m) => m.content)]
    .filter((text) => text.trim() !== '')
    .join('\n\n');
  const messages = request.messages.flatMap((m): ModelMessage[] =>
    m.role === 'user' ? [{ role: 'user', content: m.content }] : m.role === 'assistant' ? [{ role: 'assistant', content: m.content }] : [],
  );
  return { system: system === '' ? undefined : system, messages };
}

/** The call settings `generateText` and `streamText` share: prompt, limits, and the gateway owning retries. */
export function callSettings(request: CompletionRequest, defaultMaxOutputTokens: number | undefined, signal: AbortSignal) {
  return {
    ...promptOf(request),
    maxRetries: 0,
    abortSignal: signal,
    maxOutputTokens: request.maxOutputTokens ?? defaultMaxOutputTokens,
    temperature: request.temperature,
    topP: request.topP,
    stopSequences: request.stop,
  };
}
