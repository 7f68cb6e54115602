/**
 * An in-test HTTP fake of a provider: records every request (path, headers, parsed body) so the
 * test can assert what the real API expects, and answers with a recorded fixture, a hang, a reset,
 * or a body written piece by piece (a stream; each piece its own TCP write, so a test controls where
 * reads split).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** A body written piece by piece (an SSE stream, say), then ended, left hanging or reset. */
export interface WrittenReply {
  status?: number;
  headers?: Record<string, string>;
  writes: Array<string | Uint8Array>;
  /** Milliseconds between writes, so that each arrives in its own read. */
  pauseMs?: number;
  after?: 'end' | 'hang' | 'reset';
}

export type Reply =
  | { status: number; body?: unknown; raw?: string; headers?: Record<string, string> }
  | WrittenReply
  | { hang: true }
  | { reset: true };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function writePieces(req: IncomingMessage, res: ServerResponse, reply: WrittenReply): Promise<void> {
  const status = reply.status ?? 200;
  req.socket.setNoDelay(true);
  res.writeHead(status, { 'content-type': status === 200 ? 'text/event-stream' : 'application/json', 'x-request-id': 'req-1', ...reply.headers });
  res.flushHeaders();
  for (const piece of reply.writes) {
    if (reply.pauseMs) await pause(reply.pauseMs);
    if (res.destroyed) return;
    res.write(piece);
  }
  if (reply.pauseMs) await pause(reply.pauseMs);
  if (reply.after === 'hang') return;
  if (reply.after === 'reset') req.socket.destroy();
  else res.end();
}

export interface FakeServer {
  url: string;
  requests: RecordedRequest[];
  /** The last request, failing the test when there was none. */
  last(): RecordedRequest;
  reply(next: Reply): void;
  close(): Promise<void>;
}

export async function startFake(initial: Reply = { status: 200, body: {} }): Promise<FakeServer> {
  let current = initial;
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // keep the raw text: some assertions look at non-JSON bodies
      }
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      const reply = current;
      if ('hang' in reply) return;
      if ('reset' in reply) {
        req.socket.destroy();
        return;
      }
      if ('writes' in reply) {
        void writePieces(req, res, reply);
        return;
      }
      const text = reply.raw ?? JSON.stringify(reply.body ?? {});
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    last() {
      const request = requests[requests.length - 1];
      if (!request) throw new Error('the fake received no request');
      return request;
    },
    reply(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on which nothing listens: a port that was just bound, then released. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'providers');

export function fixture(provider: string, name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, provider, `${name}.json`), 'utf8'));
}
