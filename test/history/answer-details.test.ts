/**
 * What the history records of an answer (issue 21): why the model stopped, the model asked for and
 * the one that answered, the parser's notes, tool calls; shown by GET /history and filtered on. Real
 * gateway, real Postgres, the OpenAI SDK against the mock provider.
 */
import { randomUUID } from 'node:crypto';
import { HistoryStore } from '../../shared/history-store';
import type { TaskOutcome } from '../../shared/task-schemas';
import { startOpenAIHarness, userMessage, type OpenAIHarness, type WithFallbacks } from '../openai/helpers';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';

interface Item {
  task_id: string;
  status: string;
  task: string;
  model: string | null;
  requested_model: string | null;
  provider_used: string | null;
  finish_reason?: string;
  notes: string[];
  tool_call_count: number | null;
}

describe('GET /history: finish reason, requested and answering model, notes', () => {
  let h: OpenAIHarness;
  const ids: Record<string, string> = {};

  const create = (body: WithFallbacks<ChatCompletionCreateParamsNonStreaming>) => h.client.chat.completions.create(body);
  const history = async (query = ''): Promise<{ status: number; body: { items: Item[]; error?: { code: string; message: string } } }> => {
    const res = await fetch(`${h.gw.url}/history?limit=200${query}`);
    return { status: res.status, body: (await res.json()) as { items: Item[] } };
  };
  const taskIdOf = (completionId: string) => completionId.replace(/^chatcmpl-/, '');
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${h.gw.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, taskId: res.headers.get('x-task-id') ?? '', body: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    h = await startOpenAIHarness();
    const cut = await create({ model: 'openai/mock-hit-limit', fallbacks: [], messages: userMessage() });
    expect(cut.choices[0]?.finish_reason).toBe('length');
    ids.cut = taskIdOf(cut.id);
    const failedOver = await create({ model: 'openai/mock-status-503', fallbacks: ['claude/mock-ok'], messages: userMessage() });
    expect(failedOver.choices[0]?.message.content).toMatch(/^mock answer/);
    ids.failedOver = taskIdOf(failedOver.id);
    const tools = [{ type: 'function' as const, function: { name: 'weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } }];
    const called = await create({ model: 'openai/mock-ok', fallbacks: [], messages: userMessage(), tools });
    expect(called.choices[0]?.finish_reason).toBe('tool_calls');
    ids.called = taskIdOf(called.id);
    const embedded = await fetch(`${h.gw.url}/v1/embeddings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'openai/mock-ok', input: 'a text' }) });
    expect(embedded.status).toBe(200);
    ids.embedded = embedded.headers.get('x-task-id') ?? '';
    // The other paths that write the history: a gateway task, a chat that fails everywhere, Anthropic Messages, Responses.
    const task = await post('/ai/task', { task: 'summarize', text: 'The buses stop at the square. They run hourly.', provider: 'openai' });
    expect(task.status).toBe(200);
    ids.task = String(task.body.task_id);
    const failed = await post('/v1/chat/completions', { model: 'openai/mock-status-503', fallbacks: [], messages: userMessage() });
    expect(failed.status).toBe(503);
    ids.failed = failed.taskId;
    const messages = await post('/v1/messages', { model: 'claude/mock-hit-limit', max_tokens: 50, messages: [{ role: 'user', content: 'Hello there' }] });
    expect(messages.status).toBe(200);
    expect(messages.body.stop_reason).toBe('max_tokens');
    ids.messages = messages.taskId;
    const responses = await post('/v1/responses', { model: 'openai/mock-ok', input: 'Hello there' });
    expect(responses.status).toBe(200);
    ids.responses = responses.taskId;
    // A task whose parser dropped invented evidence, written the way the worker writes it.
    const now = new Date().toISOString();
    const noted: TaskOutcome = {
      task_id: randomUUID(),
      status: 'success',
      task: 'invoice_check',
      provider_requested: 'auto',
      requested_model: null,
      provider_used: 'openai',
      model: 'mock-ok',
      result: 'PASS',
      confidence: 0.8,
      decision: null,
      notes: ['dropped 1 evidence item(s) not found in the text: "Approved by the CFO"'],
      finish_reason: 'stop',
      latency_ms: 5,
      queue_wait_ms: 1,
      attempts: [],
      usage: null,
      error: null,
      caller: 'anonymous',
      idempotency_key: null,
      created_at: now,
      started_at: now,
      finished_at: now,
    };
    await new HistoryStore(h.gw.db).saveOutcome(noted);
    ids.noted = noted.task_id;
  });
  afterAll(async () => {
    await h.stop();
  });

  it('records a chat answer cut at the output limit with finish_reason length, and filters on it', async () => {
    const { status, body } = await history('&finish_reason=length');
    expect(status).toBe(200);
    // Newest first: the Anthropic Messages answer cut at max_tokens, then the chat completion.
    expect(body.items.map((i) => i.task_id)).toEqual([ids.messages, ids.cut]);
    expect(body.items[1]).toMatchObject({ finish_reason: 'length', requested_model: 'mock-hit-limit', model: 'mock-hit-limit', provider_used: 'openai' });
    expect(body.items[0]).toMatchObject({ finish_reason: 'length', requested_model: 'mock-hit-limit', provider_used: 'claude' });
    const stopped = await history('&finish_reason=stop');
    expect(stopped.body.items.map((i) => i.task_id).sort()).toEqual([ids.failedOver, ids.task, ids.responses, ids.noted].sort());
  });

  it('after a failover, keeps the model asked for apart from the model that answered (the second)', async () => {
    const row = (await history()).body.items.find((i) => i.task_id === ids.failedOver);
    expect(row).toMatchObject({ requested_model: 'mock-status-503', model: 'mock-ok', provider_used: 'claude', finish_reason: 'stop' });
    // `model=` is the answering model: the failed-over task is found by the model that answered, not the one asked for.
    expect((await history('&model=mock-status-503')).body.items).toEqual([]);
    const answeredByOk = (await history('&model=mock-ok')).body.items;
    expect(answeredByOk.map((i) => i.task_id)).toContain(ids.failedOver);
    expect(answeredByOk.every((i) => i.model === 'mock-ok')).toBe(true);
  });

  it('filters on notes and on tool calls, returning only matching rows', async () => {
    const noted = (await history('&has_notes=true')).body.items;
    expect(noted.map((i) => i.task_id)).toEqual([ids.noted]);
    expect(noted[0]?.notes).toEqual(['dropped 1 evidence item(s) not found in the text: "Approved by the CFO"']);
    const unnoted = (await history('&has_notes=false')).body.items;
    expect(unnoted.map((i) => i.task_id).sort()).toEqual(Object.values(ids).filter((id) => id !== ids.noted).sort());
    expect(unnoted.every((i) => i.notes.length === 0)).toBe(true);

    const withCalls = (await history('&tool_calls=true')).body.items;
    expect(withCalls.map((i) => i.task_id)).toEqual([ids.called]);
    expect(withCalls[0]).toMatchObject({ finish_reason: 'tool_calls', tool_call_count: 1 });
    expect((await history('&tool_calls=false')).body.items.map((i) => i.task_id)).not.toContain(ids.called);
  });

  it('records a gateway task (a provider, no model asked for) and a failed chat (no answering model, no finish reason)', async () => {
    const items = (await history()).body.items;
    expect(items.find((i) => i.task_id === ids.task)).toMatchObject({ task: 'summarize', requested_model: null, model: 'mock-ok', provider_used: 'openai', finish_reason: 'stop' });
    const failed = items.find((i) => i.task_id === ids.failed);
    expect(failed).toMatchObject({ status: 'error', requested_model: 'mock-status-503', model: null, provider_used: null });
    expect(failed?.finish_reason).toBeUndefined();
  });

  it('records embeddings with the model asked for and no finish reason', async () => {
    const row = (await history('&task=embeddings')).body.items;
    expect(row.map((i) => i.task_id)).toEqual([ids.embedded]);
    expect(row[0]).toMatchObject({ requested_model: 'mock-ok', model: 'mock-ok' });
    expect(row[0]?.finish_reason).toBeUndefined();
  });

  it('refuses a bad filter value with 400 invalid_query naming the parameter', async () => {
    const reason = await history('&finish_reason=halted');
    expect(reason.status).toBe(400);
    expect(reason.body.error?.code).toBe('invalid_query');
    expect(reason.body.error?.message).toBe('the query parameters are not valid: finish_reason: one of stop, length, tool_calls, content_filter');
    const notes = await history('&has_notes=yes');
    expect(notes.status).toBe(400);
    expect(notes.body.error?.message).toBe('the query parameters are not valid: has_notes: true or false');
    const model = await history(`&model=${encodeURIComponent("x' OR 1=1")}`);
    expect(model.status).toBe(400);
    expect(model.body.error?.message).toMatch(/^the query parameters are not valid: model: a model name/);
  });
});
