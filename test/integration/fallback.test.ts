/** The provider chain through the real queue and worker, with in-test fake providers. */
import request from 'supertest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { scriptedProvider } from '../helpers/fake-providers';

const TEXT = 'The quarterly report shows revenue grew. Costs fell slightly. The board approved a dividend.';

describe('fallback chain', () => {
  let gw: TestGateway;
  const broken = scriptedProvider('mistral', [{ fail: 'server_error', status: 500 }]);
  const limited = scriptedProvider('gemini', [{ fail: 'rate_limited', status: 429, retryAfterMs: 60_000 }]);
  const healthy = scriptedProvider('openai', [{ ok: 'A short summary.' }]);
  const refusing = scriptedProvider('claude', [{ fail: 'content_filter', status: 400 }]);
  const flaky = scriptedProvider('huggingface', [{ fail: 'server_error', status: 503 }, { ok: 'second time lucky' }]);

  beforeAll(async () => {
    gw = await startTestGateway({
      providers: [broken, limited, healthy, refusing, flaky],
      env: { PROVIDER_ORDER: 'mistral,gemini,openai,claude', MAX_RETRIES: '1', RETRY_BASE_MS: '10', RETRY_MAX_MS: '20', CIRCUIT_BREAKER_THRESHOLD: '100' },
    });
  });
  afterAll(async () => {
    await gw.stop();
  });
  beforeEach(() => {
    for (const p of [broken, limited, healthy, refusing, flaky]) p.calls.length = 0;
  });

  it('tries providers in PROVIDER_ORDER, retrying each retryable failure MAX_RETRIES times, and answers from the first healthy one', async () => {
    const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: TEXT });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ provider_used: 'openai', model: 'openai-model', result: 'A short summary.' });
    expect(res.body.usage).toEqual({ input_tokens: 11, output_tokens: 7 });
    expect(broken.calls).toHaveLength(2); // first try + MAX_RETRIES
    expect(limited.calls).toHaveLength(1); // Retry-After 60 s exceeds what the gateway waits: fail over
    expect(refusing.calls).toHaveLength(0);
    expect(res.body.attempts.map((a: { provider: string; outcome: string }) => `${a.provider}:${a.outcome}`)).toEqual([
      'mistral:error',
      'mistral:error',
      'gemini:error',
      'openai:success',
    ]);
    expect(res.body.attempts[0]).toMatchObject({ status_code: 500, error_kind: 'server_error' });
  });

  it('sends the rendered prompt and the caller text to the provider', async () => {
    await request(gw.url).post('/ai/task').send({ task: 'summarize', text: TEXT, options: { max_sentences: 2 } });
    const call = healthy.calls[0];
    expect(call?.prompt).toBe(TEXT);
    expect(call?.system).toContain('at most 2 sentences');
  });

  it('tries a named provider alone, with no silent fallback', async () => {
    const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: TEXT, provider: 'mistral' });
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('all_providers_failed');
    expect(res.body.error.details.attempts).toHaveLength(2);
    expect(res.body.error.details.attempts.every((a: { provider: string }) => a.provider === 'mistral')).toBe(true);
    expect(healthy.calls).toHaveLength(0);
  });

  it('retries a retryable error on the same provider and succeeds', async () => {
    const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: TEXT, provider: 'huggingface' });
    expect(res.status).toBe(200);
    expect(res.body.result).toBe('second time lucky');
    expect(res.body.attempts.map((a: { outcome: string }) => a.outcome)).toEqual(['error', 'success']);
  });

  it('ends the task on a content-filter refusal with 422 instead of asking another provider', async () => {
    const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: TEXT, provider: 'claude' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('content_filtered');
    expect(refusing.calls).toHaveLength(1);
  });

  it('persists the failed task with every attempt', async () => {
    const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: TEXT, provider: 'mistral' });
    const row = await gw.db('ai_requests').where({ task_id: res.body.error.details.task_id }).first();
    expect(row).toMatchObject({ status: 'error', error_code: 'all_providers_failed', provider_used: null });
    expect(row.attempts).toHaveLength(2);
  });
});

describe('chain with local disabled and no providers', () => {
  it('answers 503 no_provider_available when nothing can serve auto', async () => {
    const gw = await startTestGateway({ env: { LOCAL_PROVIDER: 'false' } });
    try {
      const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: TEXT });
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('no_provider_available');
    } finally {
      await gw.stop();
    }
  });
});
