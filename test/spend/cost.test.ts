/**
 * Cost on every task, end to end: the openai adapter answers through the mock provider, priced by
 * MODEL_PRICES; the cost shows on POST /ai/task, GET /ai/task/:id, /history, the /v1 header and the
 * Prometheus counters. A model without a price has cost null and is counted, never guessed.
 */
import request from 'supertest';
import { startOpenAIHarness, userMessage, type OpenAIHarness } from '../openai/helpers';

const PRICES = { 'openai/mock-ok': { input: 1.5, output: 4 } };
const TEXT = 'The council approved the transport budget on Monday. It adds twelve electric buses. Night service grows on four lines.';

let h: OpenAIHarness;
beforeAll(async () => {
  h = await startOpenAIHarness({ env: { MODEL_PRICES: JSON.stringify(PRICES) } });
});
afterAll(async () => {
  await h.stop();
});

const expectedCost = (usage: { input_tokens: number; output_tokens: number }) => Math.round(((usage.input_tokens * 1.5 + usage.output_tokens * 4) / 1e6) * 1e9) / 1e9;

describe('cost per task', () => {
  it('prices the answering attempt and shows the cost on the answer, the task and the history', async () => {
    const res = await request(h.gw.url).post('/ai/task').send({ task: 'summarize', text: TEXT, provider: 'openai' }).expect(200);
    const body = res.body as { task_id: string; cost_usd: number; usage: { input_tokens: number; output_tokens: number }; attempts: Record<string, unknown>[] };
    expect(body.usage.input_tokens).toBeGreaterThan(0);
    expect(body.cost_usd).toBeGreaterThan(0);
    expect(body.cost_usd).toBe(expectedCost(body.usage));
    expect(body.attempts).toEqual([
      expect.objectContaining({ provider: 'openai', outcome: 'success', input_tokens: body.usage.input_tokens, output_tokens: body.usage.output_tokens, cost_usd: body.cost_usd }),
    ]);

    const task = await request(h.gw.url).get(`/ai/task/${body.task_id}`).expect(200);
    expect(task.body).toMatchObject({ cost_usd: body.cost_usd, cache_hit: false });
    const history = await request(h.gw.url).get('/history').expect(200);
    const item = (history.body.items as { task_id: string; cost_usd: number }[]).find((i) => i.task_id === body.task_id);
    expect(item).toMatchObject({ cost_usd: body.cost_usd });
  });

  it('adds x-aigw-cost-usd to a /v1 answer, which keeps OpenAI shape', async () => {
    const { data, response } = await h.client.chat.completions.create({ model: 'openai/mock-ok', messages: userMessage() }).withResponse();
    const usage = { input_tokens: data.usage?.prompt_tokens ?? 0, output_tokens: data.usage?.completion_tokens ?? 0 };
    expect(response.headers.get('x-aigw-cost-usd')).toBe(String(expectedCost(usage)));
    expect(Object.keys(data).sort()).toEqual(['choices', 'created', 'id', 'model', 'object', 'system_fingerprint', 'usage']);
  });

  it('gives a model without a price cost null (header "unknown") and counts it in ai_unpriced_calls_total', async () => {
    const { data, response } = await h.client.chat.completions.create({ model: 'compat/mock-ok', messages: userMessage() }).withResponse();
    expect(response.headers.get('x-aigw-cost-usd')).toBe('unknown');
    const taskId = data.id.replace(/^chatcmpl-/, '');
    const task = await request(h.gw.url).get(`/ai/task/${taskId}`).expect(200);
    expect(task.body).toMatchObject({ provider_used: 'compat', cost_usd: null });

    const metrics = await request(h.gw.url).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/ai_unpriced_calls_total\{provider="compat",model="mock-ok"\} [1-9]/);
    expect(metrics.text).toMatch(/ai_cost_usd_total\{provider="openai",model="mock-ok"\} 0\.0\d+/);
    expect(metrics.text).toMatch(/ai_model_tokens_total\{provider="openai",model="mock-ok",direction="input"\} [1-9]/);
  });
});
