/** shared/metrics.ts and the worker's metrics server, without Redis or a gateway. */
import { createMetrics, processMetrics, type CountableQueue } from '../../../shared/metrics';
import type { TaskOutcome } from '../../../shared/task-schemas';
import { startMetricsServer } from '../../../worker/metrics-server';
import { parseExposition, total } from '../../ops/helpers/prom-text';

const base: TaskOutcome = {
  task_id: '6f1c7d1e-3a47-4a3c-9a55-0d6d8f1b2c3d',
  status: 'success',
  task: 'summarize',
  provider_requested: 'auto',
  provider_used: 'claude',
  model: 'claude-x',
  result: 'ok',
  confidence: 0.9,
  decision: null,
  latency_ms: 1500,
  queue_wait_ms: 250,
  attempts: [],
  usage: { input_tokens: 40, output_tokens: 9 },
  error: null,
  caller: 'anonymous',
  idempotency_key: null,
  created_at: '2026-01-01T00:00:00.000Z',
  started_at: '2026-01-01T00:00:00.250Z',
  finished_at: '2026-01-01T00:00:02.000Z',
};

async function samples(metrics = createMetrics()) {
  return parseExposition(await metrics.registry.metrics());
}

describe('recording a task outcome', () => {
  it('counts a failover only between providers actually called, skipping open circuits', async () => {
    const metrics = createMetrics();
    metrics.recordOutcome({
      ...base,
      attempts: [
        { provider: 'openai', outcome: 'error', error_kind: 'overloaded', status_code: 503, latency_ms: 100 },
        { provider: 'openai', outcome: 'error', error_kind: 'overloaded', status_code: 503, latency_ms: 120 },
        { provider: 'gemini', outcome: 'skipped', error_kind: 'circuit_open', latency_ms: 0 },
        { provider: 'claude', outcome: 'success', latency_ms: 900 },
      ],
    });
    const s = await samples(metrics);
    expect(total(s, 'ai_failovers_total')).toBe(1);
    expect(total(s, 'ai_failovers_total', { from_provider: 'openai', to_provider: 'claude' })).toBe(1);
    expect(total(s, 'ai_provider_errors_total', { provider: 'openai', kind: 'overloaded' })).toBe(2);
    expect(total(s, 'ai_provider_errors_total', { provider: 'gemini', kind: 'circuit_open' })).toBe(1);
    expect(total(s, 'ai_provider_latency_seconds_count', { provider: 'gemini' })).toBe(0);
    expect(total(s, 'ai_provider_latency_seconds_sum', { provider: 'claude' })).toBeCloseTo(0.9);
    expect(total(s, 'ai_tokens_total', { provider: 'claude', direction: 'input' })).toBe(40);
    expect(total(s, 'ai_tokens_total', { provider: 'claude', direction: 'output' })).toBe(9);
    expect(total(s, 'ai_task_duration_seconds_sum', { task: 'summarize', status: 'success' })).toBeCloseTo(2);
    expect(total(s, 'ai_task_queue_wait_seconds_sum', { task: 'summarize' })).toBeCloseTo(0.25);
    expect(total(s, 'ai_requests_total', { task: 'summarize', provider: 'claude', status: 'success' })).toBe(1);
  });

  it('labels a failed task with provider "none" and its error code, and never uses an unknown task name as a label', async () => {
    const metrics = createMetrics();
    const failed = { ...base, status: 'error' as const, provider_used: null, usage: null, result: null };
    metrics.recordOutcome({ ...failed, error: { code: 'all_providers_failed', message: 'x' } });
    metrics.recordOutcome({ ...failed, task: 'a-name-from-a-crafted-job', error: { code: 'unknown_task', message: 'x' } });
    const s = await samples(metrics);
    expect(total(s, 'ai_requests_total', { task: 'summarize', provider: 'none', status: 'error' })).toBe(1);
    expect(total(s, 'ai_task_failures_total', { task: 'summarize', code: 'all_providers_failed' })).toBe(1);
    expect(total(s, 'ai_task_failures_total', { task: 'unknown', code: 'unknown_task' })).toBe(1);
    expect(s.some((x) => Object.values(x.labels).includes('a-name-from-a-crafted-job'))).toBe(false);
  });
});

describe('deployment health metrics', () => {
  const gpt = { provider: 'openai', model: 'gpt-4o', credential: 'OPENAI_API_KEYS[1]' };

  it('sets the state gauge (0 closed, 1 half-open, 2 open) per deployment and counts each transition by scope', async () => {
    const metrics = createMetrics();
    metrics.setKnownModels(['openai/gpt-4o']);
    metrics.recordCircuitTransition(gpt, 'deployment', 'closed', 'open');
    metrics.recordCircuitTransition(gpt, 'deployment', 'open', 'half_open');
    let s = await samples(metrics);
    expect(total(s, 'ai_circuit_state', gpt)).toBe(1);
    metrics.recordCircuitTransition(gpt, 'deployment', 'half_open', 'open');
    metrics.recordCircuitTransition(gpt, 'credential', 'closed', 'open');
    s = await samples(metrics);
    expect(total(s, 'ai_circuit_state', gpt)).toBe(2);
    expect(total(s, 'ai_circuit_transitions_total', { provider: 'openai', model: 'gpt-4o', scope: 'deployment', to_state: 'open' })).toBe(2);
    expect(total(s, 'ai_circuit_transitions_total', { provider: 'openai', model: 'gpt-4o', scope: 'credential', to_state: 'open' })).toBe(1);
  });

  it('labels a model that is not configured "other", so callers cannot grow the label set', async () => {
    const metrics = createMetrics();
    metrics.setKnownModels(['openai/gpt-4o']);
    metrics.recordCircuitTransition({ ...gpt, model: 'made-up-by-a-caller' }, 'deployment', 'closed', 'open');
    const s = await samples(metrics);
    expect(total(s, 'ai_circuit_transitions_total', { model: 'other' })).toBe(1);
    expect(s.some((x) => Object.values(x.labels).includes('made-up-by-a-caller'))).toBe(false);
  });

  it('refreshes the state from deployment health on scrape, and keeps the last value when health does not answer', async () => {
    const metrics = createMetrics();
    const mistral = { provider: 'mistral', model: 'mistral-small-latest', credential: 'MISTRAL_API_KEY' };
    let answer: Promise<{ labels: typeof mistral; state: 'closed' | 'open' | 'half_open' }[]> = Promise.resolve([{ labels: mistral, state: 'open' }]);
    const untrack = metrics.trackCircuits({ states: () => answer });
    expect(total(await samples(metrics), 'ai_circuit_state', mistral)).toBe(2);
    answer = Promise.reject(new Error('redis away'));
    answer.catch(() => undefined);
    expect(total(await samples(metrics), 'ai_circuit_state', mistral)).toBe(2);
    untrack();
  });
});

describe('queue depth', () => {
  it('exports each tracked queue per state, and nothing once untracked', async () => {
    const metrics = createMetrics();
    const queue: CountableQueue = { getJobCounts: async () => ({ waiting: 4, active: 2, delayed: 1, failed: 3 }) };
    const untrack = metrics.trackQueue('q1', queue);
    const s = await samples(metrics);
    expect(total(s, 'ai_queue_jobs', { queue: 'q1', state: 'waiting' })).toBe(4);
    // Fair queueing gives every job a priority; BullMQ counts those apart, and they are waiting too.
    const untrack2 = metrics.trackQueue('q2', { getJobCounts: async () => ({ waiting: 1, prioritized: 40, active: 2 }) });
    expect(total(await samples(metrics), 'ai_queue_jobs', { queue: 'q2', state: 'waiting' })).toBe(41);
    untrack2();
    expect(total(s, 'ai_queue_jobs', { queue: 'q1', state: 'failed' })).toBe(3);
    untrack();
    expect((await samples(metrics)).some((x) => x.name === 'ai_queue_jobs')).toBe(false);
  });

  it('does not hang a scrape when Redis does not answer', async () => {
    const metrics = createMetrics();
    metrics.trackQueue('stuck', { getJobCounts: () => new Promise<Record<string, number>>(() => undefined) });
    const started = Date.now();
    const s = await samples(metrics);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(s.some((x) => x.name === 'ai_queue_jobs')).toBe(false);
    expect(s.some((x) => x.name === 'process_cpu_seconds_total')).toBe(true);
  });
});

it('gives one process one registry, whatever asks for it', () => {
  expect(processMetrics()).toBe(processMetrics());
  expect(processMetrics().registry).toBe(processMetrics().registry);
});

describe('the worker metrics server', () => {
  it('serves /metrics and /health, and wants METRICS_TOKEN when one is set', async () => {
    const metrics = createMetrics();
    metrics.recordOutcome(base);
    const server = await startMetricsServer({ port: 0, host: '127.0.0.1', token: 'tok-123', metrics });
    const url = `http://127.0.0.1:${server.port}`;
    try {
      expect((await fetch(`${url}/health`)).status).toBe(200);
      const denied = await fetch(`${url}/metrics`);
      expect(denied.status).toBe(401);
      expect(denied.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const ok = await fetch(`${url}/metrics`, { headers: { authorization: 'Bearer tok-123' } });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(total(parseExposition(await ok.text()), 'ai_requests_total')).toBe(1);
      expect((await fetch(`${url}/other`)).status).toBe(404);
      expect((await fetch(`${url}/metrics`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('is open when no token is set', async () => {
    const server = await startMetricsServer({ port: 0, host: '127.0.0.1', token: undefined, metrics: createMetrics() });
    try {
      expect((await fetch(`http://127.0.0.1:${server.port}/metrics`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
