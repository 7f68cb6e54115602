/**
 * A real gateway (API + worker + deployment health in Redis + Postgres) whose providers are OpenAI-compatible
 * servers declared in OPENAI_COMPATIBLE_PROVIDERS, all served by the mock provider: each
 * provider's model name says how it misbehaves, and every call crosses real HTTP.
 */
import request from 'supertest';
import type { MockProvider } from '../../../tools/mock-provider/server';
import { startTestGateway, type TestGateway } from '../../helpers/gateway';

export const TEXT = 'The council approved the budget on Monday. It adds twelve buses. Residents asked for bike lanes.';

/** Quick settings so a scenario takes well under a second when nothing hangs. */
export const FAST = {
  LOCAL_PROVIDER: 'false',
  MAX_RETRIES: '1',
  RETRY_BASE_MS: '10',
  RETRY_MAX_MS: '50',
  TIMEOUT_SECONDS: '2',
  CIRCUIT_BREAKER_THRESHOLD: '3',
};

/** `providers`: name → mock model, in chain order. */
export function startMockGateway(mock: MockProvider, providers: Record<string, string>, env: Record<string, string> = {}): Promise<TestGateway> {
  // A key each, as separate providers have: a 401 from one then marks that key alone.
  const servers = Object.entries(providers).map(([name, model]) => ({ name, baseUrl: `${mock.url}/v1`, model, apiKey: `sk-${name}-0000` }));
  return startTestGateway({
    env: { ...FAST, OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify(servers), PROVIDER_ORDER: Object.keys(providers).join(','), ...env },
  });
}

export async function runTask(gw: TestGateway, body: Record<string, unknown> = {}) {
  return request(gw.url).post('/ai/task').send({ task: 'summarize', text: TEXT, ...body });
}

export interface AttemptView {
  provider: string;
  outcome: string;
  error_kind?: string;
  status_code?: number;
  failover_to?: string;
  message?: string;
}

/** Attempts of a success or of an error answer, as "provider:outcome[:kind]". */
export function trail(body: { attempts?: AttemptView[]; error?: { details?: { attempts?: AttemptView[] } } }): string[] {
  const attempts = body.attempts ?? body.error?.details?.attempts ?? [];
  return attempts.map((a) => [a.provider, a.outcome, a.error_kind].filter(Boolean).join(':'));
}

export async function circuitOf(gw: TestGateway, provider: string) {
  const res = await request(gw.url).get('/provider/status');
  return (res.body.providers as { name: string; circuit: Record<string, unknown> | null; misconfigured: unknown }[]).find((p) => p.name === provider);
}
