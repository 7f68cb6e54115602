/**
 * Every task through the real gateway (API → queue → worker → Postgres) with the offline provider
 * and an in-test model provider, and the task catalogue at GET /ai/tasks.
 */
import request from 'supertest';
import { ProviderError } from '../../shared/provider-error';
import { decisionSchema } from '../../shared/task-schemas';
import type { CompletionRequest, CompletionResult, ProviderAdapter } from '../../worker/providers/types';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

/** A model provider that answers from a queue the test fills; an empty queue is a server error. */
function queuedProvider(name: string): ProviderAdapter & { answers: string[]; calls: CompletionRequest[] } {
  const answers: string[] = [];
  const calls: CompletionRequest[] = [];
  return {
    name,
    model: `${name}-fake`,
    answers,
    calls,
    async complete(req): Promise<CompletionResult> {
      calls.push(req);
      const text = answers.shift();
      if (text === undefined) throw new ProviderError({ provider: name, kind: 'server_error', status: 500, message: 'fake has no answer queued' });
      return { text, model: `${name}-fake`, finishReason: 'stop', usage: { inputTokens: 10, outputTokens: 5 }, latencyMs: 1 };
    },
  };
}

const INVOICE = [
  'Invoice No: INV-1001',
  'Invoice date: 2026-01-05',
  'Due date: 2026-02-04',
  'From: Acme Supplies Ltd',
  'Bill to: Globex Corp',
  'Widgets 2 x 50.00        $100.00',
  'Total: USD 100.00',
].join('\n');

const MODEL_PASS = JSON.stringify({
  decision: 'PASS',
  reasons: ['all required fields are present and consistent'],
  evidence: ['Invoice No: INV-1001', 'Total: USD 100.00'],
  fields: { invoice_number: 'INV-1001', total: 100, currency: 'USD' },
});

describe('tasks through the gateway', () => {
  let gw: TestGateway;
  const model = queuedProvider('claude');

  beforeAll(async () => {
    gw = await startTestGateway({ env: { PROVIDER_ORDER: 'claude' }, providers: [model] });
  });
  afterAll(async () => {
    await gw.stop();
  });
  beforeEach(() => {
    model.answers.length = 0;
    model.calls.length = 0;
  });

  const post = (body: object) => request(gw.url).post('/ai/task').send(body);

  describe('GET /ai/tasks', () => {
    it('lists every task with its description, offline support and options as JSON Schema', async () => {
      const res = await request(gw.url).get('/ai/tasks');
      expect(res.status).toBe(200);
      const names = res.body.tasks.map((task: { name: string }) => task.name);
      expect(names).toEqual(['summarize', 'invoice_check', 'document_review', 'classify', 'extract', 'translate', 'chat']);
      const byName = new Map(res.body.tasks.map((task: { name: string }) => [task.name, task]));
      expect(byName.get('classify')).toMatchObject({
        offline: true,
        options_schema: { type: 'object', required: ['labels'], properties: { labels: { type: 'array', minItems: 2 } }, additionalProperties: false },
      });
      expect(byName.get('translate')).toMatchObject({ offline: false, options_schema: { required: ['target_language'] } });
      for (const task of res.body.tasks) expect(task.description.length).toBeGreaterThan(20);
    });

    it('shows one task, and answers 404 listing the known tasks for an unknown one', async () => {
      expect((await request(gw.url).get('/ai/tasks/extract')).body).toMatchObject({ name: 'extract', options_schema: { required: ['fields'] } });
      const res = await request(gw.url).get('/ai/tasks/poem');
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'unknown_task', details: { known_tasks: expect.arrayContaining(['classify', 'chat']) } });
    });
  });

  describe('POST /ai/task validation', () => {
    it('answers 400 unknown_task listing every known task', async () => {
      const res = await post({ task: 'poem', text: 'roses' });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('unknown_task');
      expect(res.body.error.details.known_tasks).toEqual(['summarize', 'invoice_check', 'document_review', 'classify', 'extract', 'translate', 'chat']);
    });

    it.each([
      ['classify', {}, 'labels'],
      ['extract', { fields: [] }, 'fields'],
      ['translate', { target_language: 'x' }, 'target_language'],
      ['chat', { temperature: 2 }, '(body)'],
      ['document_review', { require_signature: 'yes' }, 'require_signature'],
    ])('answers 400 invalid_options for %s with %j, naming %s', async (task, options, field) => {
      const res = await post({ task, text: 'some text', options });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_options');
      expect(res.body.error.details.map((detail: { field: string }) => detail.field)).toContain(field);
    });
  });

  describe('with no model provider (local)', () => {
    it('invoice_check returns a rules decision whose evidence all occurs in the text', async () => {
      const res = await post({ task: 'invoice_check', text: INVOICE, provider: 'local' });
      expect(res.status).toBe(200);
      const decision = decisionSchema.parse(res.body.decision);
      expect(decision).toMatchObject({ decision: 'PASS', engine: 'rules' });
      expect(decision.evidence.length).toBeGreaterThanOrEqual(6);
      for (const item of decision.evidence) expect(INVOICE).toContain(item);
      expect(decision.fields).toMatchObject({ invoice_number: 'INV-1001', total: 100, currency: 'USD' });
      expect(res.body).toMatchObject({ provider_used: 'local', confidence: 0.6, notes: [] });
    });

    it('document_review applies the required sections from the options', async () => {
      const text = '1. Scope\nHosting.\n2. Term\nOne year.\nSigned: Jane Doe';
      const res = await post({ task: 'document_review', text, provider: 'local', options: { required_sections: ['Scope', 'Term', 'Liability'] } });
      expect(res.body.decision).toMatchObject({ decision: 'NEEDS_INFO', engine: 'rules', reasons: ['missing required section "Liability"'] });
    });

    it('summarize, classify and extract answer offline; classify admits it is a heuristic', async () => {
      const summary = await post({ task: 'summarize', text: 'One sentence here. Another one there. A third one.', provider: 'local', options: { max_sentences: 1 } });
      expect(summary.body.result.split('.').filter(Boolean)).toHaveLength(1);

      const classify = await post({ task: 'classify', text: 'My invoice charged me twice, fix the billing.', provider: 'local', options: { labels: ['billing', 'sales'] } });
      expect(classify.body).toMatchObject({ result: 'billing', confidence: 0.3, notes: ['offline keyword-overlap heuristic, not a model'] });

      const extract = await post({ task: 'extract', text: INVOICE, provider: 'local', options: { fields: ['invoice_number', 'total'] } });
      expect(JSON.parse(extract.body.result)).toEqual({ invoice_number: 'INV-1001', total: 100 });
    });

    it('translate and chat fail clearly: the local provider cannot do them', async () => {
      for (const body of [
        { task: 'translate', text: 'Hallo', provider: 'local', options: { target_language: 'English' } },
        { task: 'chat', text: 'Hello?', provider: 'local' },
      ]) {
        const res = await post(body);
        expect(res.status).toBe(503);
        expect(res.body.error.code).toBe('all_providers_failed');
        expect(res.body.error.details.attempts).toEqual([expect.objectContaining({ provider: 'local', error_kind: 'unsupported' })]);
        expect(res.body.error.message).toMatch(/cannot do the task "(translate|chat)" offline/);
      }
    });
  });

  describe('with a model provider', () => {
    it('invoice_check returns the model decision, validated against the schema, in JSON mode', async () => {
      model.answers.push(MODEL_PASS);
      const res = await post({ task: 'invoice_check', text: INVOICE });
      expect(res.status).toBe(200);
      expect(decisionSchema.parse(res.body.decision)).toMatchObject({ decision: 'PASS', engine: 'model', evidence: ['Invoice No: INV-1001', 'Total: USD 100.00'] });
      expect(res.body).toMatchObject({ provider_used: 'claude', confidence: 0.9, notes: [] });
      expect(model.calls[0]).toMatchObject({ task: 'invoice_check', responseFormat: 'json', prompt: INVOICE });
    });

    it('repairs an invalid answer once through the same provider, with a lower confidence', async () => {
      model.answers.push('{"decision": "OK"}', MODEL_PASS);
      const res = await post({ task: 'invoice_check', text: INVOICE });
      expect(res.body.decision).toMatchObject({ decision: 'PASS', engine: 'model' });
      expect(model.calls).toHaveLength(2);
      expect(model.calls[1]?.prompt).toMatch(/could not be used \(decision: /);
      expect(res.body.confidence).toBe(0.8);
      expect(res.body.notes).toHaveLength(1);
      expect(res.body.usage).toEqual({ input_tokens: 20, output_tokens: 10 });
    });

    it('lets the rule engine decide when the repair is invalid too, and says so', async () => {
      model.answers.push('PASS', 'still PASS');
      const res = await post({ task: 'invoice_check', text: INVOICE });
      expect(res.body.decision).toMatchObject({ decision: 'PASS', engine: 'rules' });
      expect(res.body.provider_used).toBe('claude');
      expect(res.body.confidence).toBe(0.5);
      expect(res.body.notes[0]).toMatch(/rule engine decided/);
    });

    it('drops invented evidence and notes it', async () => {
      model.answers.push(JSON.stringify({ decision: 'PASS', reasons: ['fine'], evidence: ['Total: USD 100.00', 'Approved by the CFO'] }));
      const res = await post({ task: 'invoice_check', text: INVOICE });
      expect(res.body.decision.evidence).toEqual(['Total: USD 100.00']);
      expect(res.body.notes).toEqual(['dropped 1 evidence item(s) not found in the text: "Approved by the CFO"']);
      expect(res.body.confidence).toBe(0.8);
    });

    it('classify, extract, translate and chat answer from the model', async () => {
      model.answers.push('Sales', '{"total": 100, "due_date": "2026-02-04"}', 'Hello', 'Four.');
      const classify = await post({ task: 'classify', text: 'I want to buy 40 seats.', options: { labels: ['Billing', 'Sales'] } });
      expect(classify.body).toMatchObject({ result: 'Sales', confidence: 0.9 });
      const extract = await post({ task: 'extract', text: INVOICE, options: { fields: ['total', 'due_date'] } });
      expect(JSON.parse(extract.body.result)).toEqual({ total: 100, due_date: '2026-02-04' });
      const translate = await post({ task: 'translate', text: 'Hallo', options: { target_language: 'English' } });
      expect(translate.body).toMatchObject({ result: 'Hello', provider_used: 'claude' });
      const chat = await post({ task: 'chat', text: 'What is 2 + 2?', options: { system: 'Be terse.' } });
      expect(chat.body.result).toBe('Four.');
      expect(model.calls[3]).toMatchObject({ system: 'Be terse.', prompt: 'What is 2 + 2?' });
    });

    it('moves on to the next provider when classify stays unusable after its repair', async () => {
      model.answers.push('no idea', 'still no idea');
      const res = await post({ task: 'classify', text: 'Please fix the billing on my invoice.', options: { labels: ['billing', 'sales'] } });
      expect(res.body).toMatchObject({ status: 'success', provider_used: 'local', result: 'billing' });
      expect(res.body.attempts[0]).toMatchObject({ provider: 'claude', outcome: 'error', error_kind: 'malformed_response' });
    });
  });
});

describe('gateway settings for tasks', () => {
  it('takes CONFIDENCE_OVERRIDES as a provider’s base confidence', async () => {
    const model = queuedProvider('claude');
    const gw = await startTestGateway({ env: { PROVIDER_ORDER: 'claude', CONFIDENCE_OVERRIDES: '{"claude":0.7}' }, providers: [model] });
    try {
      model.answers.push(MODEL_PASS);
      const res = await request(gw.url).post('/ai/task').send({ task: 'invoice_check', text: INVOICE });
      expect(res.body).toMatchObject({ confidence: 0.7, decision: { engine: 'model' } });
    } finally {
      await gw.stop();
    }
  });

  it('keeps GET /ai/tasks behind the API key, like POST /ai/task', async () => {
    const gw = await startTestGateway({ env: { API_KEY: 'test-key-123' }, withWorker: false });
    try {
      expect((await request(gw.url).get('/ai/tasks')).status).toBe(401);
      expect((await request(gw.url).get('/ai/tasks').set('X-API-Key', 'test-key-123')).status).toBe(200);
    } finally {
      await gw.stop();
    }
  });
});
