/**
 * A fault-injecting mock LLM provider on plain node:http. Behaviour is chosen per request by the
 * model name (grammar in ./behaviour.ts and README.md), so the gateway, the fault tests and the
 * benchmark drive it with ordinary provider configuration.
 *
 *   POST /v1/chat/completions, /chat/completions        OpenAI Chat Completions
 *   POST /v1/messages, /anthropic/v1/messages           Anthropic Messages
 *   GET  /v1/models, /models                            model list
 *   GET  /__mock/counts                                 requests seen, per model and per path
 *   GET  /__mock/streams                                streams started, completed, aborted by the client
 *   POST /__mock/reset                                  zero the counts and the fail-first counters
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decideCall, latencyMs, parseBehaviour, type Failure } from './behaviour';
import { answer, contentFilterBody, contextLengthBody, errorBody, newRequestId, prefillOf, successBody, type WireFormat } from './formats';
import { writeStream, type StreamStats } from './stream';

export interface MockProviderOptions {
  port: number;
  host?: string;
  /** Injected in tests so `fail-rate` and random latency are predictable. */
  random?: () => number;
}

export interface MockCounts {
  total: number;
  byModel: Record<string, number>;
  byPath: Record<string, number>;
}

export interface MockProvider {
  url: string;
  port: number;
  /** A snapshot of what the mock has received since start or the last reset. */
  readonly counts: MockCounts;
  /** Streams started, completed, and aborted by the client, since start or the last reset. */
  readonly streams: StreamStats;
  reset(): void;
  close(): Promise<void>;
}

const ROUTES: Readonly<Record<string, WireFormat>> = {
  '/v1/chat/completions': 'openai',
  '/chat/completions': 'openai',
  '/v1/messages': 'anthropic',
  '/anthropic/v1/messages': 'anthropic',
};
const MAX_BODY_BYTES = 10 * 1024 * 1024;

type Json = Record<string, unknown>;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed || res.writableEnded) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function readJson(req: IncomingMessage): Promise<Json | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      try {
        const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        resolve(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Json) : undefined);
      } catch {
        resolve(undefined);
      }
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function fail(res: ServerResponse, format: WireFormat, failure: Failure, model: string, requestId: string): void {
  const idHeader = format === 'anthropic' ? 'request-id' : 'x-request-id';
  const headers = { [idHeader]: requestId };
  switch (failure.kind) {
    case 'hang':
      return; // the socket stays open until the client gives up or the server closes
    case 'reset':
      res.socket?.destroy();
      return;
    case 'truncated': {
      const full = JSON.stringify(successBody(format, answer(format, {}, model)));
      send(res, 200, full.slice(0, Math.floor(full.length / 2)), headers);
      return;
    }
    case 'invalid-json':
      send(res, 200, 'mock: this body is not JSON', headers);
      return;
    case 'context-length':
      send(res, 400, contextLengthBody(format), headers);
      return;
    case 'content-filter':
      send(res, 400, contentFilterBody(format), headers);
      return;
    case 'status': {
      if (failure.retryAfterSeconds !== undefined) headers['retry-after'] = String(failure.retryAfterSeconds);
      if (failure.retryAfterMs !== undefined) headers['retry-after-ms'] = String(failure.retryAfterMs);
      send(res, failure.status, errorBody(format, failure.status, model), headers);
    }
  }
}

export async function startMockProvider(options: MockProviderOptions): Promise<MockProvider> {
  const random = options.random ?? Math.random;
  const host = options.host ?? '127.0.0.1';
  let counts: MockCounts = { total: 0, byModel: {}, byPath: {} };
  let callsPerModel = new Map<string, number>();
  let streams: StreamStats = { started: 0, completed: 0, aborted: 0 };
  const reset = (): void => {
    counts = { total: 0, byModel: {}, byPath: {} };
    callsPerModel = new Map();
    streams = { started: 0, completed: 0, aborted: 0 };
  };

  async function complete(req: IncomingMessage, res: ServerResponse, format: WireFormat): Promise<void> {
    const body = await readJson(req);
    const model = typeof body?.model === 'string' ? body.model : undefined;
    if (!body || model === undefined) {
      send(res, 400, errorBody(format, 400, 'unknown'));
      return;
    }
    counts.byModel[model] = (counts.byModel[model] ?? 0) + 1;
    const callNumber = (callsPerModel.get(model) ?? 0) + 1;
    callsPerModel.set(model, callNumber);
    const parsed = parseBehaviour(model);
    if (!parsed.ok) {
      const err = errorBody(format, 400, model);
      const inner = err.error as Json;
      inner.message = parsed.error;
      send(res, 400, err);
      return;
    }
    const delay = latencyMs(parsed.behaviour, random);
    if (delay > 0) await sleep(delay);
    const requestId = newRequestId();
    const b = parsed.behaviour;
    if (b.noPrefill && prefillOf(body) !== undefined) {
      const err = errorBody(format, 400, model);
      (err.error as Json).message = 'assistant prefill is not supported: the last message must be the user\'s (mock)';
      return send(res, 400, err, { [format === 'anthropic' ? 'request-id' : 'x-request-id']: requestId });
    }
    const plan = decideCall(b, callNumber, random);
    if (plan.failure) return fail(res, format, plan.failure, model, requestId);
    const completion = answer(format, body, model, { randomAnswer: b.randomAnswer });
    const idHeader = format === 'anthropic' ? 'request-id' : 'x-request-id';
    if (body.stream === true) {
      const streamPlan = { firstTokenMs: b.firstTokenMs, chunkDelayMs: b.chunkDelayMs, fault: plan.streamFault, requestIdHeader: { [idHeader]: requestId } };
      return writeStream(req, res, format, completion, streamPlan, streams);
    }
    send(res, 200, successBody(format, completion), { [idHeader]: requestId });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://mock').pathname;
    if (path === '/__mock/counts' && req.method === 'GET') return send(res, 200, counts);
    if (path === '/__mock/streams' && req.method === 'GET') return send(res, 200, streams);
    if (path === '/__mock/reset' && req.method === 'POST') {
      reset();
      return send(res, 200, { reset: true });
    }
    counts.total += 1;
    counts.byPath[path] = (counts.byPath[path] ?? 0) + 1;
    const format = ROUTES[path];
    if (format && req.method === 'POST') return complete(req, res, format);
    if ((path === '/v1/models' || path === '/models') && req.method === 'GET') {
      const created = Math.floor(Date.now() / 1000);
      const ids = ['mock-ok', 'mock-latency-200', 'mock-status-503', 'mock-fail-first-3'];
      return send(res, 200, { object: 'list', data: ids.map((id) => ({ id, object: 'model', created, owned_by: 'mock-provider' })) });
    }
    send(res, 404, { error: { message: `no route for ${req.method ?? 'GET'} ${path} (mock)`, type: 'invalid_request_error', param: null, code: 'not_found' } });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => send(res, 500, { error: { message: err instanceof Error ? err.message : String(err), type: 'server_error' } }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    get counts(): MockCounts {
      return structuredClone(counts);
    },
    get streams(): StreamStats {
      return { ...streams };
    },
    reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Hanging requests would otherwise keep the server open forever.
        server.closeAllConnections();
      }),
  };
}
