/**
 * An in-test HTTP fake of a provider: records every request (path, headers, parsed body) so the
 * test can assert what the real API expects, and answers with a recorded fixture, a hang or a reset.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export type Reply =
  | { status: number; body?: unknown; raw?: string; headers?: Record<string, string> }
  | { hang: true }
  | { reset: true };

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
