/**
 * OpenTelemetry across the queue (issue 23): a caller's `traceparent` is continued by the API,
 * crosses Redis inside the BullMQ job, and the worker's job and provider-call spans join the same
 * trace, as separate services, with the GenAI attributes. Spans go to in-memory exporters here;
 * test/integration/tracing-otlp.test.ts sends them over OTLP/HTTP to a receiver.
 */
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { SpanKind } from '@opentelemetry/api';
import request from 'supertest';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { inTrace, spansOf } from '../helpers/spans';

const TEXT = 'The council approved the budget on Monday. It adds twelve buses. Residents asked for bike lanes.';
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';
const TRACEPARENT = `00-${TRACE_ID}-${CALLER_SPAN}-01`;

let mock: MockProvider;
let gw: TestGateway;
const apiSpans = new InMemorySpanExporter();
const workerSpans = new InMemorySpanExporter();

beforeAll(async () => {
  mock = await startMockProvider({ port: 0 });
  gw = await startTestGateway({
    env: {
      LOCAL_PROVIDER: 'false',
      MAX_RETRIES: '0',
      RETRY_BASE_MS: '10',
      OPENAI_API_KEY: 'sk-mock-openai',
      OPENAI_BASE_URL: `${mock.url}/v1`,
      OPENAI_MODEL: 'gpt-4o-mini',
      OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([
        { name: 'broken', baseUrl: `${mock.url}/v1`, model: 'mock-status-503' },
        { name: 'backup', baseUrl: `${mock.url}/v1`, model: 'mock-ok' },
      ]),
      // A task that names no provider runs this chain: the first always answers 503.
      PROVIDER_ORDER: 'broken,backup,openai',
    },
    tracing: { api: { exporter: apiSpans }, worker: { exporter: workerSpans } },
  });
}, 60_000);

afterAll(async () => {
  await gw?.stop();
  await mock?.close();
});

beforeEach(() => {
  apiSpans.reset();
  workerSpans.reset();
});

const service = (s: ReadableSpan) => s.resource.attributes['service.name'];
const parentOf = (s: ReadableSpan) => s.parentSpanContext?.spanId;
/** The worker's spans of a trace: the job span ends after the answer has been sent. */
const workerSpansOf = (traceId: string, count: number): Promise<ReadableSpan[]> => spansOf(workerSpans, traceId, count);

describe('one trace per request, across the queue', () => {
  it("continues the caller's traceparent from the API through Redis to the provider call", async () => {
    const res = await request(gw.url).post('/ai/task').set('traceparent', TRACEPARENT).send({ task: 'summarize', text: TEXT, provider: 'openai' });
    expect(res.status).toBe(200);

    const worker = await workerSpansOf(TRACE_ID, 2);
    const api = inTrace(apiSpans.getFinishedSpans(), TRACE_ID);
    const server = api.find((s) => s.kind === SpanKind.SERVER);
    const producer = api.find((s) => s.kind === SpanKind.PRODUCER);
    const consumer = worker.find((s) => s.kind === SpanKind.CONSUMER);
    const client = worker.find((s) => s.kind === SpanKind.CLIENT);

    // The API's request span is a child of the caller's span, named after the route pattern.
    expect(server?.name).toBe('POST /ai/task');
    expect(parentOf(server!)).toBe(CALLER_SPAN);
    expect(server?.attributes).toMatchObject({ 'http.route': '/ai/task', 'http.response.status_code': 200 });
    // Enqueueing is the server span's child; the worker's job span continues it from the job.
    expect(parentOf(producer!)).toBe(server?.spanContext().spanId);
    expect(parentOf(consumer!)).toBe(producer?.spanContext().spanId);
    expect(consumer?.attributes).toMatchObject({ 'aigw.task_id': res.body.task_id, 'aigw.task': 'summarize', 'aigw.status': 'success' });
    // The provider call is the job's child, with the GenAI attributes.
    expect(parentOf(client!)).toBe(consumer?.spanContext().spanId);
    expect(client?.name).toBe('chat gpt-4o-mini');
    expect(client?.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.system': 'openai',
      'gen_ai.request.model': 'gpt-4o-mini',
      'aigw.provider': 'openai',
    });
    expect(client?.attributes['gen_ai.usage.input_tokens']).toEqual(res.body.usage.input_tokens);
    expect(client?.attributes['gen_ai.usage.output_tokens']).toEqual(res.body.usage.output_tokens);
    expect(typeof client?.attributes['gen_ai.response.model']).toBe('string');
    expect(client?.attributes['gen_ai.response.finish_reasons']).toEqual(expect.any(Array));

    // Separate services in one trace; no prompt or answer text on any span.
    expect(new Set(api.map(service))).toEqual(new Set(['ai-gateway-api']));
    expect(new Set(worker.map(service))).toEqual(new Set(['ai-gateway-worker']));
    const everything = JSON.stringify([...api, ...worker].map((s) => ({ a: s.attributes, e: s.events })));
    expect(everything).not.toContain('council');
    expect(everything).not.toContain(res.body.result.slice(0, 20));
  });

  it('starts a trace when the caller sends none', async () => {
    const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: TEXT, provider: 'openai' });
    expect(res.status).toBe(200);
    const server = apiSpans.getFinishedSpans().find((s) => s.kind === SpanKind.SERVER && s.name === 'POST /ai/task');
    expect(server).toBeDefined();
    expect(parentOf(server!)).toBeUndefined();
    const worker = await workerSpansOf(server!.spanContext().traceId, 2);
    expect(worker.map((s) => s.kind)).toEqual(expect.arrayContaining([SpanKind.CLIENT, SpanKind.CONSUMER]));
  });

  it('shows a failover: a failed call span with its error type, then the call that answered, and attempt events on the job', async () => {
    const res = await request(gw.url).post('/ai/task').set('traceparent', TRACEPARENT.replace(TRACE_ID, 'a'.repeat(32))).send({ task: 'summarize', text: TEXT });
    expect(res.status).toBe(200);
    expect(res.body.provider_used).toBe('backup');
    const worker = await workerSpansOf('a'.repeat(32), 3);
    const calls = worker.filter((s) => s.kind === SpanKind.CLIENT).sort((a, b) => Number(a.startTime[1]) - Number(b.startTime[1]));
    const failed = calls.find((s) => s.attributes['aigw.provider'] === 'broken');
    const answered = calls.find((s) => s.attributes['aigw.provider'] === 'backup');
    expect(failed?.attributes).toMatchObject({ 'error.type': 'overloaded', 'http.response.status_code': 503 });
    expect(failed?.status.code).toBe(2); // ERROR
    expect(answered?.status.code).not.toBe(2);
    const consumer = worker.find((s) => s.kind === SpanKind.CONSUMER);
    const attempts = consumer?.events.filter((e) => e.name.startsWith('aigw.attempt')) ?? [];
    expect(attempts.map((e) => [e.attributes?.['aigw.provider'], e.attributes?.['aigw.attempt.outcome']])).toEqual([
      ['broken', 'error'],
      ['backup', 'success'],
    ]);
    expect(attempts[0]?.attributes).toMatchObject({ 'aigw.failover_to': 'backup', 'error.type': 'overloaded' });
  });

  it('traces a streamed /v1 chat completion the same way', async () => {
    const res = await request(gw.url)
      .post('/v1/chat/completions')
      .set('traceparent', TRACEPARENT.replace(TRACE_ID, 'b'.repeat(32)))
      .send({ model: 'openai', stream: true, messages: [{ role: 'user', content: 'Say hello' }] });
    expect(res.status).toBe(200);
    expect(res.text).toContain('[DONE]');
    const worker = await workerSpansOf('b'.repeat(32), 2);
    const client = worker.find((s) => s.kind === SpanKind.CLIENT);
    expect(client?.attributes).toMatchObject({ 'aigw.streamed': true, 'gen_ai.system': 'openai' });
    expect(client?.events.map((e) => e.name)).toContain('gen_ai.first_token');
    const server = inTrace(apiSpans.getFinishedSpans(), 'b'.repeat(32)).find((s) => s.kind === SpanKind.SERVER);
    expect(server?.name).toBe('POST /v1/chat/completions');
  });

  it('shows a stream resumed on another provider: the broken call, then a call marked as the resume', async () => {
    const traceId = 'e'.repeat(32);
    // The mock ends this model's stream cleanly after two chunks and no finish reason: a break.
    const res = await request(gw.url)
      .post('/v1/chat/completions')
      .set('traceparent', TRACEPARENT.replace(TRACE_ID, traceId))
      .send({ model: 'openai/mock-cut-after-2', fallbacks: ['backup'], stream: true, messages: [{ role: 'user', content: 'Say hello' }] });
    expect(res.status).toBe(200);
    expect(res.text).toContain('[DONE]');
    const worker = await workerSpansOf(traceId, 3);
    const calls = worker.filter((s) => s.kind === SpanKind.CLIENT);
    const broken = calls.find((s) => s.attributes['aigw.provider'] === 'openai');
    const resumed = calls.find((s) => s.attributes['aigw.provider'] === 'backup');
    expect(broken?.status.code).toBe(2); // ERROR
    expect(broken?.attributes['aigw.resume.mode']).toBeUndefined();
    expect(resumed?.attributes).toMatchObject({ 'aigw.resume.mode': 'replay', 'aigw.resume.delivered_chars': expect.any(Number) });
    expect(resumed?.attributes['aigw.resume.delivered_chars']).toBeGreaterThan(0);
    const consumer = worker.find((s) => s.kind === SpanKind.CONSUMER);
    const attempts = consumer?.events.filter((e) => e.name.startsWith('aigw.attempt')) ?? [];
    expect(attempts.map((e) => [e.attributes?.['aigw.provider'], e.attributes?.['aigw.attempt.outcome']])).toEqual([
      ['openai', 'error'],
      ['backup', 'success'],
    ]);
  });
});
