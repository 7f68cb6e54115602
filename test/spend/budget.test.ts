/**
 * Budgets over HTTP: a managed key created with the keys CLI (--budget-usd, --budget-period) is
 * refused with 429 budget_exceeded once its spend reaches the budget, before anything is queued,
 * in the gateway's shape on /ai/task and OpenAI's on /v1 (with x-should-retry: false; embeddings,
 * responses and messages too); raising
 * the budget with `keys -- update` lets it through again.
 */
import OpenAI from 'openai';
import request from 'supertest';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { keysCli } from '../api/helpers';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { mockProviderEnv, userMessage } from '../openai/helpers';

const TEXT = 'The council approved the transport budget on Monday. It adds twelve electric buses.';

let mock: MockProvider;
let gw: TestGateway;
beforeAll(async () => {
  mock = await startMockProvider({ port: 0 });
  gw = await startTestGateway({ env: mockProviderEnv(mock, { AUTH_CACHE_SECONDS: '0', MODEL_PRICES: JSON.stringify({ 'openai/mock-ok': { input: 1, output: 1 } }) }) });
});
afterAll(async () => {
  await gw.stop();
  await mock.close();
});

const cli = (...args: string[]) => keysCli(gw.config.DATABASE_URL, args);
const jobCount = async () => Object.values(await gw.api.queue.getJobCounts()).reduce((a, b) => a + b, 0);

describe('budgets on managed keys', () => {
  it('refuses a key whose spend reached its budget before queueing, on /ai/task and /v1, until the budget is raised', async () => {
    const created = await cli('create', '--name', 'tiny', '--scopes', 'tasks,history', '--budget-usd', '0.000001', '--budget-period', 'day', '--tpm', '1000000', '--json');
    expect(created.code).toBe(0);
    const key = JSON.parse(created.stdout) as { key: string; budget_usd: number; budget_period: string; tokens_per_minute: number };
    expect(key).toMatchObject({ budget_usd: 0.000001, budget_period: 'day', tokens_per_minute: 1000000 });

    // Nothing spent yet: admitted, and this one task costs more than the whole budget.
    const first = await request(gw.url).post('/ai/task').set('X-API-Key', key.key).send({ task: 'summarize', text: TEXT, provider: 'openai' }).expect(200);
    expect(first.body.cost_usd).toBeGreaterThan(0.000001);

    const before = await jobCount();
    const refused = await request(gw.url).post('/ai/task').set('X-API-Key', key.key).send({ task: 'summarize', text: TEXT, provider: 'openai' });
    expect(refused.status).toBe(429);
    expect(refused.headers['x-should-retry']).toBe('false');
    expect(refused.body.error).toMatchObject({ code: 'budget_exceeded', details: { scope: 'key', budget_usd: 0.000001, period: 'day', spent_usd: first.body.cost_usd } });
    expect(refused.body.error.message).toMatch(/this key's per-day budget of 0.000001 USD is spent; it resets at \d{4}-\d{2}-\d{2}T00:00:00\.000Z/);
    expect(await jobCount()).toBe(before);

    const client = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: key.key, maxRetries: 2 });
    const error = (await client.chat.completions.create({ model: 'openai/mock-ok', messages: userMessage() }).catch((e: unknown) => e)) as InstanceType<typeof OpenAI.APIError>;
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error.status).toBe(429);
    expect(error.error).toMatchObject({ type: 'rate_limit_error', code: 'budget_exceeded' });
    expect(error.headers?.get('x-should-retry')).toBe('false');
    expect(await jobCount()).toBe(before);

    // The other paid /v1 endpoints are refused the same way, before anything is queued.
    for (const path of ['/v1/embeddings', '/v1/responses', '/v1/messages']) {
      const other = await request(gw.url).post(path).set('Authorization', `Bearer ${key.key}`).send({ model: 'openai/mock-ok', input: 'hi', max_tokens: 5, messages: userMessage() });
      expect(other.status).toBe(429);
      // OpenAI's shape on the first two (code budget_exceeded), Anthropic's on /v1/messages (no code field).
      expect(other.body.error).toMatchObject({ type: 'rate_limit_error', message: expect.stringContaining("this key's per-day budget of 0.000001 USD is spent") });
      if (path !== '/v1/messages') expect(other.body.error.code).toBe('budget_exceeded');
    }
    expect(await jobCount()).toBe(before);

    const updated = await cli('update', 'tiny', '--budget-usd', '50');
    expect(updated.code).toBe(0);
    expect(updated.stdout).toMatch(/updated key "tiny" .*budget 50 USD\/day/);
    await request(gw.url).post('/ai/task').set('X-API-Key', key.key).send({ task: 'summarize', text: TEXT, provider: 'openai' }).expect(200);
  });

  it('rejects bad budget options with a message naming them', async () => {
    const bad = await cli('create', '--name', 'x', '--scopes', 'tasks', '--budget-usd', 'lots');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--budget-usd is an amount of US dollars above 0/);
    const period = await cli('update', 'tiny', '--budget-period', 'week');
    expect(period.code).toBe(2);
    expect(period.stderr).toMatch(/--budget-period is one of day, month, total/);
    const nothing = await cli('update', 'tiny');
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/update needs something to change/);
  });
});
