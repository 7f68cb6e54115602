/**
 * A provider call sent on a pooled connection the server is closing is sent again on a new one
 * (worker/providers/closed-connection-fetch.ts); refused connections, streams and resets that
 * never stop are not hidden. Real HTTP throughout: the mock provider, and a TCP relay in front of
 * it that plays the server closing an idle connection just as the client reuses it.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { closedConnectionFetch, MAX_RESENDS, onConnectionResend } from '../../worker/providers/closed-connection-fetch';
import { createOpenAIAdapter } from '../../worker/providers/openai';
import type { MockProvider } from '../../tools/mock-provider/server';
import { REQUEST, rejection } from './helpers/error-cases';
import { mockAdaptersPerSuite } from './helpers/mock-adapters';

interface Relay {
  url: string;
  connections: number;
  /** Connections closed by the relay when the client sent a second request on them. */
  closedOnReuse: number;
  close(): Promise<void>;
}

/** Relays each connection to the mock, and closes it, unanswered, the moment the client reuses it after a first answer. */
async function startClosingRelay(mockPort: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  const relay: Relay = { url: '', connections: 0, closedOnReuse: 0, close: async () => undefined };
  const server: Server = createServer((client) => {
    relay.connections += 1;
    const upstream = connect(mockPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    let answered = false;
    client.on('data', (chunk) => {
      if (answered) {
        relay.closedOnReuse += 1;
        client.destroy();
        upstream.destroy();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      answered = true;
      client.write(chunk);
    });
    for (const s of [client, upstream]) s.on('error', () => undefined).on('close', () => sockets.delete(s));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  relay.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  relay.close = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  };
  return relay;
}

describe('a provider connection closed before it answered', () => {
  const suite = mockAdaptersPerSuite();
  let mock: MockProvider;
  beforeEach(() => {
    mock = suite.mock;
    mock.reset();
  });

  it('is sent again on a new connection when the server closes the reused one', async () => {
    const relay = await startClosingRelay(mock.port);
    const resends: string[] = [];
    const untrack = onConnectionResend((host) => resends.push(host));
    try {
      const adapter = createOpenAIAdapter({ credential: 'sk-mock', baseUrl: `${relay.url}/v1`, model: 'mock-ok' });
      const first = await adapter.complete(REQUEST, AbortSignal.timeout(5_000));
      // fetch puts the connection back in its pool a moment after the answer is read.
      await new Promise((r) => setTimeout(r, 50));
      // The second call takes the pooled connection, which the relay closes unanswered.
      const second = await adapter.complete(REQUEST, AbortSignal.timeout(5_000));
      expect(second.text).toBe(first.text);
      expect(relay.closedOnReuse).toBe(1);
      expect(relay.connections).toBe(2);
      // The closed request never reached the provider: it answered exactly two calls.
      expect(mock.counts.total).toBe(2);
      // Counted for the worker's ai_provider_connection_resends_total, by the provider's host.
      expect(resends).toEqual([new URL(relay.url).host]);
    } finally {
      untrack();
      await relay.close();
    }
  });

  it('still fails as a network error when every connection is reset, after at most MAX_RESENDS more tries', async () => {
    const adapter = createOpenAIAdapter({ credential: 'sk-mock', baseUrl: `${mock.url}/v1`, model: 'mock-reset' });
    const err = await rejection(adapter, AbortSignal.timeout(5_000), { ...REQUEST, model: 'mock-reset' });
    expect(err).toMatchObject({ kind: 'network', retryable: true });
    expect(mock.counts.total).toBe(1 + MAX_RESENDS);
  });

  it('does not repeat a refused connection: nobody listening is an outage the chain must see at once', async () => {
    const unused = createServer();
    await new Promise<void>((r) => unused.listen(0, '127.0.0.1', r));
    const { port } = unused.address() as AddressInfo;
    await new Promise<void>((r) => unused.close(() => r()));
    let calls = 0;
    const counted = closedConnectionFetch((input, init) => {
      calls += 1;
      return fetch(input, init);
    });
    await expect(counted(`http://127.0.0.1:${port}/v1/chat/completions`, { method: 'POST', body: '{}' })).rejects.toThrow(/fetch failed/);
    expect(calls).toBe(1);
  });

  it('does not repeat a body that cannot be sent twice (a stream)', async () => {
    let calls = 0;
    const counted = closedConnectionFetch((input, init) => {
      calls += 1;
      return fetch(input, init);
    });
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify({ model: 'mock-reset', messages: [{ role: 'user', content: 'hi' }] })));
        controller.close();
      },
    });
    const init = { method: 'POST', body, duplex: 'half', headers: { 'content-type': 'application/json' } } as RequestInit;
    await expect(counted(`${mock.url}/v1/chat/completions`, init)).rejects.toThrow(/fetch failed/);
    expect(calls).toBe(1);
    expect(mock.counts.total).toBe(1);
  });

  it('does not repeat a call its caller has aborted', async () => {
    let calls = 0;
    const controller = new AbortController();
    const counted = closedConnectionFetch(async (input, init) => {
      calls += 1;
      try {
        return await fetch(input, { ...init, signal: undefined });
      } finally {
        // The caller gave up while the reset was under way.
        controller.abort();
      }
    });
    const body = JSON.stringify({ model: 'mock-reset', messages: [{ role: 'user', content: 'hi' }] });
    await expect(counted(`${mock.url}/v1/chat/completions`, { method: 'POST', body, signal: controller.signal })).rejects.toThrow(/fetch failed/);
    expect(calls).toBe(1);
  });
});
