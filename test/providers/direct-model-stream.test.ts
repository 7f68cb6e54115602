/**
 * Text alone (a task's plain prompt, or a conversation whose turns are strings) is streamed from the
 * model's own doStream (worker/providers/model-parts.ts); anything else through streamText. The
 * same words either way must reach the provider as the same request and come back as the same
 * parts: text, finish reason, usage and model, and the same error for a broken stream. A user turn
 * written as content parts takes streamText's path with the same words, which is what each case
 * compares against.
 */
import type { StreamPart } from '../../worker/providers/stream-types';
import type { CompletionRequest, ProviderAdapter } from '../../worker/providers/types';
import { ADAPTER_NAMES, mockAdaptersPerSuite } from './helpers/mock-adapters';
import { REQUEST } from './helpers/error-cases';

/** The same words as REQUEST, as a conversation whose user turn is content parts: this takes streamText's path. */
function asConversation(request: CompletionRequest): CompletionRequest {
  return { ...request, messages: [{ role: 'system', content: request.system }, { role: 'user', content: [{ type: 'text', text: request.prompt }] }] };
}

/** A text conversation of several turns, and the same with its user turns as content parts (streamText's path). */
const TURNS = ['Summarise the meeting notes.', 'The notes say the launch moves to May.', 'And the budget?'];
const textChat: CompletionRequest = {
  ...REQUEST,
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: TURNS[0] as string },
    { role: 'assistant', content: TURNS[1] as string },
    { role: 'user', content: TURNS[2] as string },
  ],
};
const partsChat: CompletionRequest = {
  ...textChat,
  messages: textChat.messages?.map((m) => (m.role === 'user' && typeof m.content === 'string' ? { ...m, content: [{ type: 'text' as const, text: m.content }] } : m)),
};

async function streamed(adapter: ProviderAdapter, request: CompletionRequest): Promise<{ parts: StreamPart[]; error?: string }> {
  const parts: StreamPart[] = [];
  try {
    for await (const part of adapter.stream!(request, AbortSignal.timeout(10_000))) parts.push(part);
    return { parts };
  } catch (err) {
    return { parts, error: `${(err as { kind?: string }).kind}: ${(err as Error).message}` };
  }
}

describe('a plain prompt streamed from the model directly, against streamText', () => {
  const suite = mockAdaptersPerSuite();

  it.each(ADAPTER_NAMES)('%s: the same request body and the same parts', async (name) => {
    const request = { ...REQUEST, maxOutputTokens: 200, temperature: 0.2, topP: 0.9, stop: ['END'] };
    const direct = await streamed(suite.adapters[name], request);
    const [directBody] = suite.mock.requests(1).map((r) => r.body);
    const viaSdk = await streamed(suite.adapters[name], asConversation(request));
    const [sdkBody] = suite.mock.requests(1).map((r) => r.body);

    expect(direct.error).toBeUndefined();
    expect(directBody).toEqual(sdkBody);
    expect(direct.parts).toEqual(viaSdk.parts);
    expect(direct.parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop', model: 'mock-ok' });
    const text = direct.parts.map((p) => (p.type === 'text' ? p.text : '')).join('');
    expect(text).toBe(`mock answer: ${REQUEST.prompt.slice(0, 40)}`);
  });

  it.each(ADAPTER_NAMES)('%s: a text conversation of several turns, the same request body and the same parts', async (name) => {
    const direct = await streamed(suite.adapters[name], textChat);
    const [directBody] = suite.mock.requests(1).map((r) => r.body);
    const viaSdk = await streamed(suite.adapters[name], partsChat);
    const [sdkBody] = suite.mock.requests(1).map((r) => r.body);

    expect(direct.error).toBeUndefined();
    expect(directBody).toEqual(sdkBody);
    expect(JSON.stringify(directBody)).toContain(TURNS[1]);
    expect(direct.parts).toEqual(viaSdk.parts);
    expect(direct.parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop' });
  });

  it('claude with a stream that closes without message_stop: finished the same way, from the stop reason its chunks gave', async () => {
    const direct = await streamed(suite.adapters.claude, { ...REQUEST, model: 'mock-no-terminator' });
    const viaSdk = await streamed(suite.adapters.claude, asConversation({ ...REQUEST, model: 'mock-no-terminator' }));
    expect(direct.error).toBeUndefined();
    expect(direct).toEqual(viaSdk);
    expect(direct.parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop' });
  });

  it.each([
    ['openai', 'mock-truncated'],
    ['openai', 'mock-status-503'],
    ['compatible', 'mock-invalid-json'],
    ['claude', 'mock-status-529'],
    ['gemini', 'mock-status-429-retry-2'],
  ] as const)('%s with %s: the same parts and the same error', async (name, model) => {
    const direct = await streamed(suite.adapters[name], { ...REQUEST, model });
    const viaSdk = await streamed(suite.adapters[name], asConversation({ ...REQUEST, model }));
    expect(direct.error).toBeDefined();
    expect(direct).toEqual(viaSdk);
  });

  // OpenAI's direct path is its thin reader (worker/providers/openai/thin-stream.ts): the mock's
  // stream faults and error answers must reach the gateway as they do through streamText.
  it.each([
    'mock-invalid-chunk',
    'mock-cut-after-2',
    'mock-reset-after-2',
    'mock-no-terminator',
    'mock-hit-limit',
    'mock-words-40',
    'mock-status-429-retry-2',
    'mock-status-401',
    'mock-context-length',
    'mock-content-filter',
    'mock-truncated',
    'mock-invalid-json',
  ])('openai with %s: the same outcome as through streamText', async (model) => {
    const direct = await streamed(suite.adapters.openai, { ...REQUEST, model });
    const viaSdk = await streamed(suite.adapters.openai, asConversation({ ...REQUEST, model }));
    expect(direct).toEqual(viaSdk);
  });
});
