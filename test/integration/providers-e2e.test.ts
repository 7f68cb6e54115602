/**
 * Each real provider adapter through the whole gateway (API → queue → worker → adapter → HTTP),
 * configured only by its key and base URL, against a local fake answering in that provider's format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startTestGateway } from '../helpers/gateway';
import { startFake, type FakeServer } from '../providers/helpers/fake-http';
import { startMockProvider } from '../../tools/mock-provider/server';
import { streamOf } from './stream-fixture';

const fixture = (path: string): unknown => JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'providers', `${path}.json`), 'utf8'));
const TEXT = 'Invoice INV-7 totals $1,250.00. It is due on 2024-03-31.';
const ANSWER = 'The invoice totals $1,250.00 and is due on 2024-03-31.';

const cases: { provider: string; fixture: string; env: (url: string) => Record<string, string>; model: string; auth: (h: Record<string, unknown>) => boolean }[] = [
  { provider: 'openai', fixture: 'openai/chat-completion', env: (u) => ({ OPENAI_API_KEY: 'sk-test-openai', OPENAI_BASE_URL: `${u}/v1` }), model: 'gpt-4o-mini-2024-07-18', auth: (h) => h.authorization === 'Bearer sk-test-openai' },
  { provider: 'claude', fixture: 'claude/message', env: (u) => ({ CLAUDE_API_KEY: 'sk-ant-test', CLAUDE_BASE_URL: `${u}/v1` }), model: 'claude-sonnet-4-5-20250929', auth: (h) => h['x-api-key'] === 'sk-ant-test' },
  { provider: 'gemini', fixture: 'gemini/generate-content', env: (u) => ({ GEMINI_API_KEY: 'AIza-test', GEMINI_BASE_URL: `${u}/v1beta` }), model: 'gemini-2.5-flash-preview-05-20', auth: (h) => h['x-goog-api-key'] === 'AIza-test' },
  { provider: 'mistral', fixture: 'mistral/chat-completion', env: (u) => ({ MISTRAL_API_KEY: 'mistral-test', MISTRAL_BASE_URL: `${u}/v1` }), model: 'mistral-small-latest', auth: (h) => h.authorization === 'Bearer mistral-test' },
  { provider: 'huggingface', fixture: 'huggingface/chat-completion', env: (u) => ({ HF_API_KEY: 'hf_test', HF_BASE_URL: `${u}/v1` }), model: 'meta-llama/llama-3.1-8b-instruct', auth: (h) => h.authorization === 'Bearer hf_test' },
  { provider: 'nvidia', fixture: 'nvidia/chat-completion', env: (u) => ({ NVIDIA_API_KEY: 'nvapi-test', NVIDIA_BASE_URL: `${u}/v1` }), model: 'meta/llama-3.1-8b-instruct', auth: (h) => h.authorization === 'Bearer nvapi-test' },
];

describe('provider adapters through the gateway', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(async () => {
    await fake.close();
  });

  it.each(cases)('$provider answers with the fake text and the model that answered', async (c) => {
    // Every provider is called through its streaming API: the recorded answer is replayed as its stream.
    const wire = c.provider === 'claude' ? 'anthropic' : c.provider === 'gemini' ? 'gemini' : 'openai';
    fake.reply(streamOf(wire, fixture(c.fixture)));
    const gw = await startTestGateway({ env: { ...c.env(fake.url), PROVIDER_ORDER: c.provider } });
    try {
      const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: TEXT, provider: c.provider });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ provider_used: c.provider, model: c.model, result: ANSWER });
      expect(res.body.usage.input_tokens).toBeGreaterThan(0);
      expect(c.auth(fake.last().headers as Record<string, unknown>)).toBe(true);
      const status = await request(gw.url).get('/provider/status');
      const entry = status.body.providers.find((p: { name: string }) => p.name === c.provider);
      expect(entry).toMatchObject({ configured: true, base_url_host: new URL(fake.url).host });
      expect(JSON.stringify(status.body)).not.toMatch(/test-openai|sk-ant-test|AIza-test|mistral-test|hf_test|nvapi-test/);
    } finally {
      await gw.stop();
    }
  });
});

describe('a configured OpenAI-compatible server, driven by the mock provider', () => {
  it('is usable by name and in PROVIDER_ORDER, and fails over when its model says so', async () => {
    const mock = await startMockProvider({ port: 0 });
    const servers = [
      { name: 'ollama', baseUrl: `${mock.url}/v1`, model: 'mock-status-503' },
      { name: 'vllm', baseUrl: `${mock.url}/v1`, model: 'mock-ok' },
    ];
    const gw = await startTestGateway({
      env: { OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify(servers), PROVIDER_ORDER: 'ollama,vllm', MAX_RETRIES: '0' },
    });
    try {
      const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: TEXT });
      expect(res.status).toBe(200);
      expect(res.body.provider_used).toBe('vllm');
      expect(res.body.model).toBe('mock-ok');
      expect(res.body.attempts.map((a: { provider: string; outcome: string }) => `${a.provider}:${a.outcome}`)).toEqual(['ollama:error', 'vllm:success']);
      expect(res.body.attempts[0]).toMatchObject({ status_code: 503, error_kind: 'overloaded' });
    } finally {
      await gw.stop();
      await mock.close();
    }
  });
});
