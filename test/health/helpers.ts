/** Deployments, settings and a log capture for the deployment-health tests. */
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import winston from 'winston';
import { createRootLogger, type Logger } from '../../shared/logger';
import type { DeploymentRef, HealthSettings, HealthStore, TransitionListener } from '../../shared/health/types';

const hex16 = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** A deployment as the configuration will build it: ids hashed from the key and the base URL, labels naming where the key came from. */
export function deployment(provider: string, model: string, key: { secret: string | null; label: string }, baseUrl: string): DeploymentRef {
  const url = new URL(baseUrl);
  return {
    id: `${provider}/${model}#${key.label}`,
    provider,
    model,
    credential: { id: key.secret === null ? 'none' : hex16(key.secret), label: key.label },
    baseUrl: { id: hex16(`${url.origin}${url.pathname}`), host: url.host },
  };
}

export const OPENAI_URL = 'https://api.openai.example/v1';
export const AZURE_URL = 'https://azure-eu.example/openai/v1';
export const KEY_1 = { secret: 'sk-test-one-0000000000', label: 'OPENAI_API_KEYS[0]' };
export const KEY_2 = { secret: 'sk-test-two-0000000000', label: 'OPENAI_API_KEYS[1]' };

/**
 * The settings the shared decision table runs with: open times and cooldowns long enough that a
 * loaded machine never sees one end during a test, each value far from the others so a wait shows
 * which rule set it.
 */
export const RULES: HealthSettings = {
  threshold: 3,
  failureRate: 0.5,
  minCalls: 6,
  windowMs: 600_000,
  resetTimeoutMs: 60_000,
  maxResetTimeoutMs: 600_000,
  halfOpenProbes: 2,
  probeLeaseMs: 120_000,
  defaultCooldownMs: 300_000,
  latencySamples: 5,
};

export const HOLD_MS = 120_000;

export interface Transition {
  scope: string;
  scopeId: string;
  from: string;
  to: string;
  deployment: string;
  why?: string;
  openMs?: number;
}

export function transitionLog(): { list: Transition[]; listener: TransitionListener } {
  const list: Transition[] = [];
  return {
    list,
    listener: (scope, scopeId, from, to, d, details) =>
      list.push({ scope, scopeId, from, to, deployment: d.id, ...(details.why ? { why: details.why } : {}), ...(details.openMs !== undefined ? { openMs: details.openMs } : {}) }),
  };
}

/** Two workers' stores over one state (for the per-process store both are the same object). */
export interface Fleet {
  a: HealthStore;
  b: HealthStore;
  transitions: Transition[];
  close(): Promise<void>;
}

/** Admits a call or fails the test with the refusal. */
export async function admit(store: HealthStore, d: DeploymentRef, holdMs = HOLD_MS) {
  const admission = await store.acquire(d, holdMs);
  if (!admission.allowed) throw new Error(`${d.id} refused: ${JSON.stringify(admission)}`);
  return admission;
}

/** One whole call: admitted, then recorded. */
export async function call(store: HealthStore, d: DeploymentRef, outcome: 'success' | 'fault' | 'neutral', scope: 'deployment' | 'credential' | 'base_url' = 'deployment', latencyMs = 100) {
  const admission = await admit(store, d);
  await store.record(d, admission, { outcome, scope, latencyMs });
}

export function captureLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const logger = createRootLogger({ level: 'debug', silent: true });
  logger.add(
    new winston.transports.Stream({
      stream: new Writable({
        write(chunk: Buffer, _enc, done) {
          chunks.push(chunk.toString());
          done();
        },
      }),
    }),
  );
  return { logger, lines: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}
