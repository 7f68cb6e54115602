/**
 * Image URLs at the adapters: OpenAI and Claude are sent the URL; Gemini and Mistral, which the AI
 * SDK would download for, go through the gateway's own downloader, which refuses a private
 * address before any request leaves (the provider is never called).
 */
import { REQUEST } from '../../providers/helpers/error-cases';
import { startFake, type FakeServer } from '../../providers/helpers/fake-http';
import type { ChatCall } from '../../../worker/providers/chat-request';
import { createGeminiAdapter } from '../../../worker/providers/gemini';
import { createMistralAdapter } from '../../../worker/providers/mistral';
import { createOpenAIAdapter } from '../../../worker/providers/openai';
import type { ProviderAdapter } from '../../../worker/providers/types';

const chat = (url: string): ChatCall => ({ messages: [{ role: 'user', content: [{ type: 'text', text: 'Describe' }, { type: 'image', url }] }] });

describe('image URLs at the adapters', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(async () => {
    await fake.close();
  });

  const adapters: [string, (origin: string) => ProviderAdapter][] = [
    ['gemini', (origin) => createGeminiAdapter({ credential: 'AIza-test', baseUrl: `${origin}/v1beta`, model: 'mock-ok' })],
    ['mistral', (origin) => createMistralAdapter({ credential: 'mistral-test', baseUrl: `${origin}/v1`, model: 'mock-ok' })],
  ];

  it.each(adapters)('%s: a URL to a private address is refused by the gateway downloader, and nothing is sent', async (name, make) => {
    const before = fake.requests.length;
    const err = await make(fake.url)
      .complete({ ...REQUEST, chat: chat('https://169.254.169.254/latest/meta-data') }, AbortSignal.timeout(5_000))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'bad_request', message: expect.stringMatching(new RegExp(`${name}: the image could not be used: 169\\.254\\.169\\.254 is not a public address`)) });
    expect(fake.requests.length).toBe(before);
  });

  it('openai: the URL is passed on as it is, not fetched, with its detail', async () => {
    fake.reply({ status: 200, body: { id: 'x', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'a cat' }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } } });
    const adapter = createOpenAIAdapter({ credential: 'sk-test', baseUrl: `${fake.url}/v1`, model: 'gpt-4o-mini' });
    const withDetail: ChatCall = { messages: [{ role: 'user', content: [{ type: 'text', text: 'Describe' }, { type: 'image', url: 'https://93.184.215.14/cat.png', detail: 'low' }] }] };
    await adapter.complete({ ...REQUEST, chat: withDetail }, AbortSignal.timeout(5_000));
    expect(fake.last().body).toMatchObject({ messages: [{ role: 'user', content: [{ type: 'text', text: 'Describe' }, { type: 'image_url', image_url: { url: 'https://93.184.215.14/cat.png', detail: 'low' } }] }] });
  });
});
