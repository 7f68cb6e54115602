/**
 * A fake OpenAI Chat Completions server that answers every request with one script: a status, then
 * the body written piece by piece (each piece its own TCP write, so a test controls where reads
 * split), then an end, a hang or a reset. Records each request's headers and parsed body.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SseScript {
  status?: number;
  headers?: Record<string, string>;
  writes: Array<string | Uint8Array>;
  /** Milliseconds between writes, so that each arrives in its own read. */
  pauseMs?: number;
  after?: 'end' | 'hang' | 'reset';
}

export interface SseFake {
  url: string;
  requests: Array<{ headers: IncomingHttpHeaders; body: unknown }>;
  script(next: SseScript): void;
  close(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One chunk as OpenAI writes it: `data: {json}` and a blank line. */
export const event = (chunk: unknown, eol = '\n'): string => `data: ${typeof chunk === 'string' ? chunk : JSON.stringify(chunk)}${eol}${eol}`;

export async function startSseFake(): Promise<SseFake> {
  let current: SseScript = { writes: [] };
  const requests: SseFake['requests'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      const script = current;
      req.socket.setNoDelay(true);
      void (async () => {
        const status = script.status ?? 200;
        res.writeHead(status, { 'content-type': status === 200 ? 'text/event-stream' : 'application/json', 'x-request-id': 'req-1', ...script.headers });
        res.flushHeaders();
        for (const piece of script.writes) {
          if (script.pauseMs) await pause(script.pauseMs);
          if (res.destroyed) return;
          res.write(piece);
        }
        if (script.pauseMs) await pause(script.pauseMs);
        if (script.after === 'hang') return;
        if (script.after === 'reset') req.socket.destroy();
        else res.end();
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
