/**
 * The built gateway as an operator runs it: the API and a worker as separate processes, providers
 * behind the mock provider (openai always 503, claude healthy). After a burst of tasks with
 * failovers, each /metrics shows what its process did, and every metric the dashboard and the
 * alert rules read is one the gateway really exports.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { freshDatabase, testRedisUrl, uniqueName, type TestDatabase } from '../helpers/env';
import { freePort, runNode, waitForOutput, type RunningProcess } from '../helpers/processes';
import { allExpressions } from './helpers/monitoring-files';
import { familyOf, has, metricNamesIn, parseExposition, total, type Sample } from './helpers/prom-text';

jest.setTimeout(90_000);

const TOKEN = 'metrics-token-for-tests';
const TEXT = 'The council approved the budget on Monday. It adds twelve electric buses. Night service grows on four lines.';
const BURST = 12;


async function scrape(url: string, token = TOKEN): Promise<Sample[]> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`);
  return parseExposition(await res.text());
}

async function postTask(apiUrl: string, body: Record<string, unknown>): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${apiUrl}/ai/task`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('metrics from a running gateway (API and worker processes)', () => {
  let mock: MockProvider;
  let database: TestDatabase;
  let api: RunningProcess;
  let worker: RunningProcess;
  let logDir: string;
  let apiUrl: string;
  let workerUrl: string;
  let apiSamples: Sample[];
  let workerSamples: Sample[];
  const queueName = uniqueName('ops_q');

  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
    database = freshDatabase();
    logDir = mkdtempSync(join(tmpdir(), 'aigw-ops-'));
    const [apiPort, workerPort] = [await freePort(), await freePort()];
    const env = {
      REDIS_URL: testRedisUrl(),
      DATABASE_URL: database.url,
      QUEUE_NAME: queueName,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      METRICS_TOKEN: TOKEN,
      PROVIDER_ORDER: 'openai,claude',
      OPENAI_API_KEY: 'sk-test-openai-key',
      OPENAI_BASE_URL: `${mock.url}/v1`,
      OPENAI_MODEL: 'mock-status-503',
      CLAUDE_API_KEY: 'sk-ant-test-claude-key',
      CLAUDE_BASE_URL: `${mock.url}/v1`,
      CLAUDE_MODEL: 'mock-ok',
      // Priced, so the worker exports the cost counters the dashboard charts (docs/spend.md).
      MODEL_PRICES: '{"claude/mock-ok":{"input":3,"output":15}}',
      MAX_RETRIES: '0',
      CIRCUIT_BREAKER_THRESHOLD: '3',
      CIRCUIT_BREAKER_RESET_TIMEOUT: '600',
      SYNC_WAIT_MS: '20000',
    };
    api = runNode('api/main.js', { ...env, PORT: String(apiPort) });
    await waitForOutput(api, /api listening/);
    worker = runNode('worker/main.js', { ...env, WORKER_METRICS_PORT: String(workerPort), LOG_FILE: join(logDir, 'worker.log') });
    await waitForOutput(worker, /worker started/);
    apiUrl = `http://127.0.0.1:${apiPort}`;
    workerUrl = `http://127.0.0.1:${workerPort}`;

    // The burst: openai answers 503, so the first tasks fail over to claude until openai's circuit
    // opens; later tasks skip openai. One task names openai alone and fails after it.
    const burst = await Promise.all(Array.from({ length: BURST }, () => postTask(apiUrl, { task: 'summarize', text: TEXT })));
    expect(burst.map((r) => r.status)).toEqual(Array(BURST).fill(200));
    for (let i = 0; i < 3; i += 1) expect((await postTask(apiUrl, { task: 'summarize', text: TEXT })).status).toBe(200);
    expect((await postTask(apiUrl, { task: 'summarize', text: TEXT, provider: 'openai' })).status).toBe(503);
    const first = burst[0]?.json.task_id;
    expect((await fetch(`${apiUrl}/ai/task/${String(first)}`)).status).toBe(200);
    expect((await fetch(`${apiUrl}/no/such/route`)).status).toBe(404);

    apiSamples = await scrape(`${apiUrl}/metrics`);
    workerSamples = await scrape(`${workerUrl}/metrics`);
  });

  afterAll(async () => {
    for (const proc of [api, worker]) {
      if (proc && proc.child.exitCode === null) {
        proc.child.kill('SIGTERM');
        await proc.exited;
      }
    }
    await mock?.close();
    await database?.drop();
    if (logDir) rmSync(logDir, { recursive: true, force: true });
  });

  it('protects both /metrics with METRICS_TOKEN', async () => {
    for (const url of [`${apiUrl}/metrics`, `${workerUrl}/metrics`]) {
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    }
    expect((await fetch(`${workerUrl}/health`)).status).toBe(200);
  });

  it('the worker counts tasks, provider errors and latency, failovers, tokens, durations and queue wait', () => {
    const w = workerSamples;
    expect(total(w, 'ai_requests_total', { task: 'summarize', provider: 'claude', status: 'success' })).toBe(BURST + 3);
    expect(total(w, 'ai_requests_total', { provider: 'none', status: 'error' })).toBe(1);
    expect(total(w, 'ai_task_failures_total', { task: 'summarize', code: 'all_providers_failed' })).toBe(1);
    expect(total(w, 'ai_provider_errors_total', { provider: 'openai', kind: 'overloaded' })).toBeGreaterThanOrEqual(3);
    expect(total(w, 'ai_provider_errors_total', { provider: 'openai', kind: 'circuit_open' })).toBeGreaterThanOrEqual(3);
    expect(total(w, 'ai_failovers_total', { from_provider: 'openai', to_provider: 'claude' })).toBeGreaterThanOrEqual(3);
    expect(total(w, 'ai_provider_latency_seconds_count', { provider: 'openai' })).toBeGreaterThanOrEqual(3);
    expect(total(w, 'ai_provider_latency_seconds_count', { provider: 'claude' })).toBe(BURST + 3);
    expect(total(w, 'ai_tokens_total', { provider: 'claude', direction: 'input' })).toBeGreaterThan(0);
    expect(total(w, 'ai_tokens_total', { provider: 'claude', direction: 'output' })).toBeGreaterThan(0);
    expect(total(w, 'ai_cost_usd_total', { provider: 'claude', model: 'mock-ok' })).toBeGreaterThan(0);
    expect(total(w, 'ai_task_duration_seconds_count', { task: 'summarize' })).toBe(BURST + 4);
    expect(total(w, 'ai_task_duration_seconds_sum')).toBeGreaterThan(0);
    expect(total(w, 'ai_task_queue_wait_seconds_count', { task: 'summarize' })).toBe(BURST + 4);
  });

  it('the worker reports the circuit that opened and its transition', () => {
    expect(total(workerSamples, 'ai_circuit_state', { provider: 'openai' })).toBe(2);
    expect(total(workerSamples, 'ai_circuit_state', { provider: 'claude' })).toBe(0);
    expect(total(workerSamples, 'ai_circuit_transitions_total', { provider: 'openai', from_state: 'closed', to_state: 'open' })).toBe(1);
    expect(total(workerSamples, 'ai_circuit_breaker_local_fallback')).toBe(0);
  });

  it('queue depth per state comes from the API only, never once per worker', () => {
    for (const state of ['waiting', 'active', 'delayed', 'failed']) {
      expect(has(apiSamples, 'ai_queue_jobs', { queue: queueName, state })).toBe(true);
    }
    expect(has(workerSamples, 'ai_queue_jobs')).toBe(false);
  });

  it('the API counts HTTP requests by route pattern and status, never by raw path', () => {
    expect(total(apiSamples, 'ai_http_requests_total', { method: 'POST', route: '/ai/task', status: '200' })).toBe(BURST + 3);
    expect(total(apiSamples, 'ai_http_requests_total', { method: 'POST', route: '/ai/task', status: '503' })).toBe(1);
    expect(total(apiSamples, 'ai_http_requests_total', { method: 'GET', route: '/ai/task/:id', status: '200' })).toBe(1);
    expect(total(apiSamples, 'ai_http_requests_total', { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    expect(total(apiSamples, 'ai_http_request_duration_seconds_count', { route: '/ai/task' })).toBe(BURST + 4);
    const routes = new Set(apiSamples.filter((s) => s.labels.route !== undefined).map((s) => s.labels.route));
    for (const route of routes) expect(route).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|\/no\/such/);
  });

  it('both processes export the default process metrics', () => {
    for (const samples of [apiSamples, workerSamples]) {
      expect(total(samples, 'process_cpu_seconds_total')).toBeGreaterThan(0);
      expect(has(samples, 'nodejs_eventloop_lag_p99_seconds')).toBe(true);
    }
  });

  it('every metric the dashboard and the alert rules read is one the gateway exports', () => {
    const exported = new Set([...apiSamples, ...workerSamples].map((s) => s.name));
    exported.add('up'); // Prometheus's own, per scrape target
    const missing = allExpressions().flatMap(({ where, expr }) => metricNamesIn(expr).filter((n) => !exported.has(n)).map((n) => `${where}: ${n}`));
    expect(missing).toEqual([]);
  });

  it('the dashboard has a panel for every gateway metric', () => {
    const exportedFamilies = new Set([...apiSamples, ...workerSamples].map((s) => familyOf(s.name)).filter((n) => n.startsWith('ai_')));
    const charted = new Set(allExpressions().filter((e) => e.where.startsWith('panel')).flatMap((e) => metricNamesIn(e.expr).map(familyOf)));
    expect([...exportedFamilies].filter((f) => !charted.has(f))).toEqual([]);
  });

  it('the worker writes JSON log lines with the standard fields to LOG_FILE, without keys or input texts', () => {
    const lines = readFileSync(join(logDir, 'worker.log'), 'utf8').trim().split('\n');
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const finished = entries.filter((e) => e.message === 'task finished');
    expect(finished.length).toBe(BURST + 4);
    expect(Object.keys(finished[0] ?? {}).slice(0, 9)).toEqual(['timestamp', 'level', 'logger', 'message', 'request_id', 'task_id', 'provider', 'latency_ms', 'status']);
    expect(finished.find((e) => e.status === 'success')).toMatchObject({ provider: 'claude', level: 'info' });
    const raw = lines.join('\n');
    expect(raw).not.toContain('sk-test-openai-key');
    expect(raw).not.toContain('sk-ant-test-claude-key');
    expect(raw).not.toContain('electric buses');
  });
});
