/**
 * The error table every wire format is held to: each case makes the fake answer as the real API
 * does on that failure, and asserts the one error type the gateway sees, with no key in it.
 */
import { ProviderError } from '../../../shared/provider-error';
import type { ErrorKind } from '../../../shared/task-schemas';
import type { CompletionRequest, ProviderAdapter } from '../../../worker/providers/types';
import { refusedUrl, startFake, type FakeServer, type Reply } from './fake-http';

export interface ErrorCase {
  name: string;
  /** What the fake answers; `refused` points the adapter at a port nothing listens on. */
  reply: Reply | 'refused';
  kind: ErrorKind;
  retryable: boolean;
  status?: number;
  retryAfterMs?: number;
  code?: string;
  /** The caller's deadline; short for the hang case. */
  timeoutMs?: number;
}

export const REQUEST: CompletionRequest = {
  task: 'summarize',
  text: 'Invoice INV-1 total $1,250.00',
  options: {},
  system: 'You are a careful assistant.',
  prompt: 'Summarise: Invoice INV-1 total $1,250.00',
  responseFormat: 'text',
};

/** Calls the adapter and returns what it rejected with, failing the test if it resolved or threw something else. */
export async function rejection(adapter: ProviderAdapter, signal: AbortSignal, request: CompletionRequest = REQUEST): Promise<ProviderError> {
  try {
    await adapter.complete(request, signal);
  } catch (err: unknown) {
    if (err instanceof ProviderError) return err;
    throw new Error(`expected a ProviderError, got ${String(err)}`);
  }
  throw new Error('expected the call to fail');
}

export function expectNoKey(err: ProviderError, key: string): void {
  expect(err.message).not.toContain(key);
  expect(JSON.stringify(err)).not.toContain(key);
  expect(JSON.stringify(err.headers)).not.toContain(key);
  expect(String(err.stack)).not.toContain(key);
}

export function describeErrorCases(
  title: string,
  setup: { key: string; makeAdapter(origin: string): ProviderAdapter },
  cases: ErrorCase[],
): void {
  describe(title, () => {
    let fake: FakeServer;
    beforeAll(async () => {
      fake = await startFake();
    });
    afterAll(async () => {
      await fake.close();
    });

    it.each(cases)('$name → $kind', async (c) => {
      const origin = c.reply === 'refused' ? await refusedUrl() : fake.url;
      if (c.reply !== 'refused') fake.reply(c.reply);
      const started = Date.now();
      const err = await rejection(setup.makeAdapter(origin), AbortSignal.timeout(c.timeoutMs ?? 5_000));
      expect(err.kind).toBe(c.kind);
      expect(err.retryable).toBe(c.retryable);
      expect(err.status).toBe(c.status);
      expect(err.retryAfterMs).toBe(c.retryAfterMs);
      if (c.code !== undefined) expect(err.code).toBe(c.code);
      expect(err.provider).toBeTruthy();
      expectNoKey(err, setup.key);
      if (c.timeoutMs !== undefined) expect(Date.now() - started).toBeLessThan(c.timeoutMs + 1_000);
    });
  });
}
