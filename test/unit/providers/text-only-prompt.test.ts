/**
 * Which calls skip streamText (worker/providers/model-parts.ts): text alone. Anything with images,
 * tool calls or results, tools, or an output format must keep streamText's path, which handles them.
 */
import { callSettings } from '../../../worker/providers/chat-prompt';
import { textOnlyPrompt } from '../../../worker/providers/model-parts';
import { DEFAULT_IMAGE_FETCH } from '../../../worker/providers/image-download';
import type { CompletionRequest } from '../../../worker/providers/types';

const context = { provider: 'openai', dialect: 'openai' as const, schemaLessJson: true, images: DEFAULT_IMAGE_FETCH };
const settingsOf = (request: CompletionRequest) => callSettings(request, context, new AbortController().signal);
const base: CompletionRequest = { task: 'chat_completion', text: 'Hello', options: {}, system: 'Be brief.', prompt: 'Hello', responseFormat: 'text' };
const user = (content: string) => ({ role: 'user' as const, content });

describe('textOnlyPrompt', () => {
  it("builds streamText's prompt for a task and for a text conversation", () => {
    expect(textOnlyPrompt(settingsOf(base))).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: [{ type: 'text', text: 'Hello' }] },
    ]);
    const chat = { ...base, messages: [{ role: 'system' as const, content: 'Short.' }, user('Hi'), { role: 'assistant' as const, content: 'Hello!' }, user('Bye')] };
    expect(textOnlyPrompt(settingsOf(chat))).toEqual([
      { role: 'system', content: 'Short.' },
      { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
      { role: 'assistant', content: [{ type: 'text', text: 'Hello!' }] },
      { role: 'user', content: [{ type: 'text', text: 'Bye' }] },
    ]);
  });

  it.each<[string, CompletionRequest]>([
    ['an image', { ...base, messages: [{ role: 'user', content: [{ type: 'image', url: 'https://example.com/a.png' }] }] }],
    ['text as content parts', { ...base, messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }] }],
    ['an assistant tool call', { ...base, messages: [user('Hi'), { role: 'assistant', content: '', toolCalls: [{ id: 'c1', name: 'f', arguments: '{}' }] }] }],
    ['a tool result', { ...base, messages: [user('Hi'), { role: 'tool', toolCallId: 'c1', toolName: 'f', content: '42' }] }],
    ['tools offered', { ...base, chat: { messages: [user('Hi')], tools: [{ name: 'f', parameters: { type: 'object' } }] } as never }],
    ['a JSON output format', { ...base, chat: { messages: [user('Hi')], responseFormat: { type: 'json_object' } } as never }],
    ['no turn at all', { ...base, messages: [{ role: 'system', content: 'Only a system text.' }] }],
    ['an empty task prompt', { ...base, prompt: '' }],
  ])('leaves %s to streamText', (_what, request) => {
    expect(textOnlyPrompt(settingsOf(request))).toBeUndefined();
  });
});
