/**
 * Tracing configured the standard way (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL,
 * OTEL_SERVICE_NAME) on the built gateway (`npm start`'s dist/main.js: API and worker in one
 * process) exports over real OTLP/HTTP to a receiver this test starts: JSON decoded and checked
 * span by span, protobuf checked for its content type and the trace id's bytes. The same run's
 * log lines carry the trace id. (A real process, not the in-test gateway: the OTLP exporter loads
 * its HTTP transport with a dynamic import, which jest's module sandbox refuses.)
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { freshDatabase, testRedisUrl, uniqueName } from '../helpers/env';
import { freePort, runNode, waitForOutput } from '../helpers/processes';

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const TRACEPARENT = `00-${TRACE_ID}-b7ad6b7169203331-01`;

interface Received {
  path: string;
  contentType: string;
  body: Buffer;
}

interface OtlpSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  kind: number;
}

interface OtlpJson {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { spans: OtlpSpan[] }[];
  }[];
}

/** Every span the receiver got, with its service's name. */
function receivedSpans(): (OtlpSpan & { service: string })[] {
  return received.flatMap((e) =>
    (JSON.parse(e.body.toString('utf8')) as OtlpJson).resourceSpans.flatMap((rs) => {
      const service = rs.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
      return rs.scopeSpans.flatMap((scope) => scope.spans.map((span) => ({ ...span, service })));
    }),
  );
}

let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
let mock: MockProvider;

function read(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

beforeAll(async () => {
  mock = await startMockProvider({ port: 0 });
  receiver = createServer((req, res) => {
    void read(req).then((body) => {
      received.push({ path: req.url ?? '', contentType: req.headers['content-type'] ?? '', body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
}, 30_000);

afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve));
  await mock?.close();
});

beforeEach(() => {
  received.length = 0;
});

/** OTLP's span kinds (SERVER 2, CLIENT 3, PRODUCER 4, CONSUMER 5). */
const KIND = { server: 2, client: 3, producer: 4, consumer: 5 } as const;

/** A gateway on a queue of its own, openai (the mock) its only provider, logging at info. */
function gatewayEnv(databaseUrl: string): Record<string, string> {
  return {
    REDIS_URL: testRedisUrl(),
    DATABASE_URL: databaseUrl,
    QUEUE_NAME: uniqueName('otel_q'),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    LOCAL_PROVIDER: 'false',
    OPENAI_API_KEY: 'sk-mock-openai',
    OPENAI_BASE_URL: `${mock.url}/v1`,
    OPENAI_MODEL: 'gpt-4o-mini',
    PROVIDER_ORDER: 'openai',
  };
}

/** Starts dist/main.js, runs one task with the caller's traceparent, stops it (which flushes the spans); returns its output. */
async function tracedRun(env: Record<string, string>): Promise<string> {
  const database = freshDatabase();
  const port = await freePort();
  const gateway = runNode('main.js', { ...gatewayEnv(database.url), PORT: String(port), ...env });
  try {
    await waitForOutput(gateway, /gateway listening/, 30_000);
    const res = await fetch(`http://127.0.0.1:${port}/ai/task`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: TRACEPARENT },
      body: JSON.stringify({ task: 'summarize', text: 'One sentence to sum up. And another.' }),
    });
    expect(res.status).toBe(200);
  } finally {
    gateway.child.kill('SIGTERM');
    await gateway.exited;
    await database.drop();
  }
  return gateway.output();
}

it('exports both services of one trace as OTLP/HTTP JSON to <endpoint>/v1/traces, and its log lines carry the trace id', async () => {
  const output = await tracedRun({ OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_SERVICE_NAME: 'gw-under-test' });
  expect(received.length).toBeGreaterThan(0);
  expect(new Set(received.map((e) => e.path))).toEqual(new Set(['/v1/traces']));
  expect(received.every((e) => e.contentType.startsWith('application/json'))).toBe(true);

  const byService = new Map<string, string[]>();
  for (const e of received) {
    for (const rs of (JSON.parse(e.body.toString('utf8')) as OtlpJson).resourceSpans) {
      const name = rs.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
      const spans = rs.scopeSpans.flatMap((s) => s.spans).filter((s) => s.traceId === TRACE_ID);
      byService.set(name, [...(byService.get(name) ?? []), ...spans.map((s) => s.name)]);
    }
  }
  expect([...byService.keys()].sort()).toEqual(['gw-under-test-api', 'gw-under-test-worker']);
  expect(byService.get('gw-under-test-api')).toEqual(expect.arrayContaining(['POST /ai/task', expect.stringMatching(/^add /)]));
  expect(byService.get('gw-under-test-worker')).toEqual(expect.arrayContaining([expect.stringMatching(/^process /), 'chat gpt-4o-mini']));

  // The worker's "task finished" line belongs to the trace; no line carries a null field.
  const lines = output.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
  const finished = lines.find((l) => l.message === 'task finished');
  expect(finished).toMatchObject({ trace_id: TRACE_ID, span_id: expect.stringMatching(/^[0-9a-f]{16}$/) });
  expect(lines.filter((l) => Object.values(l).includes(null))).toEqual([]);
});

it('exports OTLP/HTTP protobuf by default', async () => {
  await tracedRun({ OTEL_EXPORTER_OTLP_ENDPOINT: `${receiverUrl}/` });
  expect(received.length).toBeGreaterThan(0);
  expect(received.every((e) => e.path === '/v1/traces' && e.contentType === 'application/x-protobuf')).toBe(true);
  // Protobuf carries the trace id as its 16 raw bytes.
  const traceBytes = Buffer.from(TRACE_ID, 'hex');
  expect(received.some((e) => e.body.includes(traceBytes))).toBe(true);
});

it('sends nothing and writes no trace ids when OTEL_SDK_DISABLED is true, endpoint or not', async () => {
  const output = await tracedRun({ OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl, OTEL_SDK_DISABLED: 'true' });
  expect(received).toEqual([]);
  expect(output).toContain('task finished');
  expect(output).not.toContain('trace_id');
});

it('API and worker in processes of their own (no async context tracking) parent their spans across the queue, and the worker logs under the job span', async () => {
  const database = freshDatabase();
  const port = await freePort();
  // Batches exported every 100 ms, so the test can wait for the job spans before stopping the processes.
  const env = { ...gatewayEnv(database.url), OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '100' };
  const api = runNode('api/main.js', { ...env, PORT: String(port) });
  const worker = runNode('worker/main.js', { ...env, WORKER_METRICS_PORT: String(await freePort()) });
  const streamedTrace = 'c'.repeat(32);
  try {
    await waitForOutput(api, /api listening/, 30_000);
    await waitForOutput(worker, /worker started/, 30_000);
    const url = `http://127.0.0.1:${port}`;
    const task = await fetch(`${url}/ai/task`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: TRACEPARENT },
      body: JSON.stringify({ task: 'summarize', text: 'One sentence to sum up. And another.' }),
    });
    expect(task.status).toBe(200);
    const streamed = await fetch(`${url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: TRACEPARENT.replace(TRACE_ID, streamedTrace) },
      body: JSON.stringify({ model: 'openai', stream: true, messages: [{ role: 'user', content: 'Say hello' }] }),
    });
    expect(await streamed.text()).toContain('[DONE]');
    // A stream's [DONE] reaches the caller before BullMQ has recorded the job as completed and ended its
    // span; a SIGTERM in that gap loses the span (issue 18's note). Stop once both job spans are out.
    const jobSpanOut = (traceId: string) => receivedSpans().some((span) => span.traceId === traceId && span.kind === KIND.consumer);
    for (let waited = 0; waited < 15_000 && !(jobSpanOut(TRACE_ID) && jobSpanOut(streamedTrace)); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    for (const proc of [api, worker]) proc.child.kill('SIGTERM');
    await Promise.all([api.exited, worker.exited]);
    await database.drop();
  }

  for (const traceId of [TRACE_ID, streamedTrace]) {
    const spans = receivedSpans().filter((span) => span.traceId === traceId);
    const one = (service: string, kind: number) => spans.filter((span) => span.service === service && span.kind === kind);
    const [producer] = one('ai-gateway-api', KIND.producer);
    const [consumer] = one('ai-gateway-worker', KIND.consumer);
    const clients = one('ai-gateway-worker', KIND.client);
    // Every span arrived, and the worker flushed its traces on the way out. Asserted first so that a
    // failure names the trace and what did arrive.
    expect({ traceId, spans: spans.map((span) => `${span.service} ${span.kind}`), flushFailed: worker.output().includes('could not flush traces') }).toEqual({
      traceId,
      spans: expect.arrayContaining([`ai-gateway-api ${KIND.producer}`, `ai-gateway-worker ${KIND.consumer}`, `ai-gateway-worker ${KIND.client}`]),
      flushFailed: false,
    });
    // The worker's job span continues the API's enqueue, and the provider call is the job's child.
    expect(consumer?.parentSpanId).toBe(producer?.spanId);
    expect(clients.map((span) => span.parentSpanId)).toEqual([consumer?.spanId]);
    // BullMQ's bookkeeping (fetching the next job, completing it, extending locks) exports nothing.
    expect(spans.filter((span) => span.service === 'ai-gateway-worker').map((span) => span.kind).sort()).toEqual([KIND.client, KIND.consumer]);
  }
  expect(receivedSpans().filter((span) => /^(getNextJob|extendLocks|complete|moveStalledJobsToWait) /.test(span.name))).toEqual([]);
  // The worker's "task finished" line carries the job span's ids.
  const lines = worker
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const jobSpan = receivedSpans().find((span) => span.traceId === TRACE_ID && span.kind === KIND.consumer);
  expect(lines.find((l) => l.message === 'task finished' && l.trace_id === TRACE_ID)).toMatchObject({ span_id: jobSpan?.spanId });
}, 60_000);
