/**
 * A task's plain prompt is streamed from the model's own doStream (worker/providers/model-parts.ts),
 * a conversation through streamText. The same words either way must reach the provider as the same
 * request and come back as the same parts: text, finish reason, usage and model, and the same
 * error for a broken stream.
 */
import type { StreamPart } from '../../worker/providers/stream-types';
import type { CompletionRequest, ProviderAdapter } from '../../worker/providers/types';
import { ADAPTER_NAMES, mockAdaptersPerSuite } from './helpers/mock-adapters';
import { REQUEST } from './helpers/error-cases';

/** The same words as REQUEST, as a conversation: this takes streamText's path. */
function asConversation(request: CompletionRequest): CompletionRequest {
  return { ...request, messages: [{ role: 'system', content: request.system }, { role: 'user', content: request.prompt }] };
}

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
});
