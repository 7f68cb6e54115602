/**
 * A fault-injecting mock LLM provider on plain node:http. Behaviour is chosen per request by the
 * model name (grammar in ./behaviour.ts and README.md), so the gateway, the fault tests and the
 * benchmark drive it with ordinary provider configuration.
 *
 *   POST /v1/chat/completions, /chat/completions        OpenAI Chat Completions (Mistral, OpenAI-compatible)
 *   POST /v1/messages, /anthropic/v1/messages           Anthropic Messages
 *   POST …/models/{model}:generateContent               Gemini (and :streamGenerateContent?alt=sse)
 *   POST /v1/embeddings, /embeddings                    OpenAI embeddings
 *   POST …/models/{model}:embedContent                  Gemini embeddings (and :batchEmbedContents)
 *   GET  /v1/models, /models                            model list
 *   GET  /__mock/counts                                 requests seen, per model and per path
 *   GET  /__mock/streams                                streams started, completed, aborted by the client
 *   GET  /__mock/requests?limit=N                       the last N requests, credentials redacted
 *   POST /__mock/reset                                  zero the counts, the fail-first counters and the request log
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { send, type MockCounts, type MockState } from './call';
import { handleChat } from './chat';
import { isRecord, type Json } from './conversation';
import { handleGeminiEmbeddings, handleOpenAIEmbeddings } from './embedding-calls';
import { WIRES, type WireFormat } from './formats';
import { redactHeaders, RequestLog, type LoggedRequest } from './request-log';
import type { StreamStats } from './stream';

export type { MockCounts } from './call';
export type { LoggedRequest } from './request-log';

export interface MockProviderOptions {
  port: number;
  host?: string;
  /** Injected in tests so `fail-rate` and random latency are predictable. */
  random?: () => number;
}

export interface MockProvider {
  url: string;
  port: number;
  /** A snapshot of what the mock has received since start or the last reset. */
  readonly counts: MockCounts;
  /** Streams started, completed, and aborted by the client, since start or the last reset. */
  readonly streams: StreamStats;
  /** The last `limit` requests received (all kept ones without a limit), oldest first. */
  requests(limit?: number): LoggedRequest[];
  reset(): void;
  close(): Promise<void>;
}

const CHAT_ROUTES: Readonly<Record<string, WireFormat>> = {
  '/v1/chat/completions': 'openai',
  '/chat/completions': 'openai',
  '/v1/messages': 'anthropic',
  '/anthropic/v1/messages': 'anthropic',
};
const EMBEDDING_ROUTES = new Set(['/v1/embeddings', '/embeddings']);
/** Gemini names the model and the method in the path: `/v1beta/models/{model}:{method}`. */
const GEMINI_ROUTE = /(?:^|\/)models\/([^/:]+):(generateContent|streamGenerateContent|embedContent|batchEmbedContents)$/;
const MAX_BODY_BYTES = 10 * 1024 * 1024;

interface ReadBody {
  raw: string;
  /** The body when it is a JSON object. */
  json: Json | undefined;
  /** The body when it is any JSON value. */
  parsed: unknown;
}

function readBody(req: IncomingMessage): Promise<ReadBody> {
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
      const raw = Buffer.concat(chunks).toString('utf8');
      let parsed: unknown;
      try {
        parsed = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        parsed = undefined;
      }
      resolve({ raw, parsed, json: isRecord(parsed) ? parsed : undefined });
    });
  });
}

function freshState(random: () => number): MockState {
  return { counts: { total: 0, byModel: {}, byPath: {} }, callsPerModel: new Map(), streams: { started: 0, completed: 0, aborted: 0 }, random };
}

export async function startMockProvider(options: MockProviderOptions): Promise<MockProvider> {
  const random = options.random ?? Math.random;
  const host = options.host ?? '127.0.0.1';
  let state = freshState(random);
  const log = new RequestLog();
  const reset = (): void => {
    state = freshState(random);
    log.clear();
  };

  function control(path: string, url: URL, req: IncomingMessage, res: ServerResponse): boolean {
    if (path === '/__mock/counts' && req.method === 'GET') send(res, 200, state.counts);
    else if (path === '/__mock/streams' && req.method === 'GET') send(res, 200, state.streams);
    else if (path === '/__mock/requests' && req.method === 'GET') {
      const raw = url.searchParams.get('limit');
      const limit = raw === null ? undefined : Number(raw);
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) send(res, 400, { error: { message: `limit must be a whole number, got "${raw}" (mock)` } });
      else send(res, 200, { requests: log.last(limit) });
    } else if (path === '/__mock/reset' && req.method === 'POST') {
      reset();
      send(res, 200, { reset: true });
    } else return false;
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://mock');
    const path = url.pathname;
    if (control(path, url, req, res)) return;
    state.counts.total += 1;
    state.counts.byPath[path] = (state.counts.byPath[path] ?? 0) + 1;
    const body = req.method === 'POST' ? await readBody(req) : undefined;
    log.record({ method: req.method ?? 'GET', path, query: Object.fromEntries(url.searchParams), body: body?.parsed, rawBody: body?.raw, headers: redactHeaders(req.headers) });

    const chatFormat = CHAT_ROUTES[path];
    const gemini = path.match(GEMINI_ROUTE);
    if (req.method === 'POST' && chatFormat) {
      const json = body?.json;
      const model = typeof json?.model === 'string' ? json.model : undefined;
      return handleChat(state, req, res, { wire: WIRES[chatFormat], body: json, model, delivery: json?.stream === true ? 'sse' : 'whole' });
    }
    if (req.method === 'POST' && EMBEDDING_ROUTES.has(path)) return handleOpenAIEmbeddings(state, req, res, body?.json);
    if (req.method === 'POST' && gemini?.[1] && gemini[2]) {
      const model = decodeURIComponent(gemini[1]);
      const method = gemini[2];
      if (method === 'embedContent' || method === 'batchEmbedContents') return handleGeminiEmbeddings(state, req, res, body?.json, model, method === 'batchEmbedContents');
      const delivery = method === 'generateContent' ? 'whole' : url.searchParams.get('alt') === 'sse' ? 'sse' : 'json-array';
      return handleChat(state, req, res, { wire: WIRES.gemini, body: body?.json, model, delivery });
    }
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
      return structuredClone(state.counts);
    },
    get streams(): StreamStats {
      return { ...state.streams };
    },
    requests: (limit) => log.last(limit),
    reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Hanging requests would otherwise keep the server open forever.
        server.closeAllConnections();
      }),
  };
}
