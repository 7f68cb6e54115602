/** The benchmark's scenarios (issue "Benchmark"): each returns named figures for one run. */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LoadSummary } from './load';
import { runLoad, type ProcessUsage } from './processes';
import type { Cleanup } from './cleanup';
import { startStack, type Stack } from './stack';
import { firstTokenLoad } from './first-token';
import { machineFigures, sampleMachine } from './machine-cpu';

export interface BenchContext {
  mockUrl: string;
  redisUrl: string;
  postgresUrl: string;
  durationSeconds: number;
  connections: number;
  runs: number;
  /** Extra node flags for every gateway process (e.g. --cpu-prof). */
  nodeArgs: string[];
  /** This run's tag: every queue, key and database it creates is named after it. */
  runTag: string;
  queuePrefix: string;
  cleanup: Cleanup;
}

export type Figures = Record<string, number>;

export interface ScenarioResult {
  name: string;
  figures: Figures[];
  usage: { role: string; cpuSeconds: number; peakRssMb: number }[];
}

const TEXT = 'The gateway benchmark sends this short text. It has two sentences.';
const taskBody = (provider = 'auto') => JSON.stringify({ task: 'summarize', text: TEXT, provider });
const chatBody = (model: string, stream = false) => JSON.stringify({ model, messages: [{ role: 'user', content: TEXT }], ...(stream ? { stream } : {}) });

/** Where a scenario sends its load: the task API, or the OpenAI-compatible /v1 (model `auto`: the PROVIDER_ORDER chain). */
export interface EntryPoint {
  path: string;
  body: string;
}
const TASK_API: EntryPoint = { path: '/ai/task', body: taskBody() };
export const CHAT_API: EntryPoint = { path: '/v1/chat/completions', body: chatBody('auto') };

function openai(mockUrl: string, model: string): Record<string, string> {
  return { OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: `${mockUrl}/v1`, OPENAI_MODEL: model, PROVIDER_ORDER: 'openai' };
}

async function waitForRows(stack: Stack, expected: number, timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const done = (await stack.countRows('success')) + (await stack.countRows('error'));
    if (done >= expected || Date.now() - started > timeoutMs) return done;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** CPU milliseconds per finished task of the API and of the workers over one load: robust to a machine shared with other work, where req/s is not. */
function cpuPerTask(before: ProcessUsage[], after: ProcessUsage[], tasks: number): Figures {
  const spent = (role: (r: string) => boolean) =>
    after.filter((u) => role(u.role)).reduce((sum, u) => sum + u.cpuSeconds - (before.find((b) => b.role === u.role)?.cpuSeconds ?? 0), 0);
  const perTask = (seconds: number) => (tasks > 0 ? Math.round((seconds * 1000 * 100) / tasks) / 100 : 0);
  return { api_cpu_ms_per_task: perTask(spent((r) => r === 'api')), worker_cpu_ms_per_task: perTask(spent((r) => r.startsWith('worker'))) };
}

/** (b)'s load once on a stack: throughput, latency, and the CPU each task cost. */
async function syncLoad(ctx: BenchContext, stack: Stack, entry: EntryPoint = TASK_API): Promise<Figures> {
  const before = await stack.countRows();
  const cpuBefore = stack.usage();
  const machineBefore = sampleMachine();
  const load = await runLoad({ url: `${stack.apiUrl}${entry.path}`, connections: ctx.connections, durationSeconds: ctx.durationSeconds, body: entry.body });
  const persisted = (await waitForRows(stack, before + load.ok2xx)) - before;
  return { ...throughputFigures(load, persisted), ...cpuPerTask(cpuBefore, stack.usage(), persisted), ...machineFigures(machineBefore, sampleMachine(), persisted) };
}

function throughputFigures(load: LoadSummary, persisted: number): Figures {
  return {
    requests_per_second: load.requestsPerSecond,
    latency_p50_ms: load.latencyP50Ms,
    latency_p99_ms: load.latencyP99Ms,
    errors: load.errors + load.non2xx,
    accepted: load.ok2xx,
    persisted,
    missing_rows: Math.max(0, load.ok2xx - persisted),
  };
}

/**
 * Before the measured runs: ten tasks per connection through the whole path, drained. A fresh
 * process pays once for what it never pays again (modules loaded on first use, such as the OTLP
 * exporter's transport; JIT compilation; connection pools). Measured cold, (f) and (h) charged
 * tracing's start-up to every task of a short run, and the first run of every scenario was slower.
 * One task per connection was not enough: V8 keeps compiling the hot paths on its background
 * threads for the first few thousand requests. The API alone, async submits, measured per thread
 * (2026-12-04): 770 µs of CPU per task after 500 warm-up tasks, 510 µs after 6,000, the threads
 * other than the main one 240 → 80 µs; and the traced API has more code to compile, so a short
 * warm-up charged that compilation to tracing.
 */
async function warmUp(ctx: BenchContext, stack: Stack): Promise<void> {
  const before = await stack.countRows();
  const accepted = await submitTasks(stack.apiUrl, ctx.connections * 10, Math.min(ctx.connections, 50));
  await waitForRows(stack, before + accepted);
}

async function withStack(ctx: BenchContext, name: string, workers: number, env: Record<string, string>, run: (stack: Stack) => Promise<Figures>): Promise<ScenarioResult> {
  const stack = await startStack({
    workers,
    mockUrl: ctx.mockUrl,
    redisUrl: ctx.redisUrl,
    postgresUrl: ctx.postgresUrl,
    env,
    nodeArgs: ctx.nodeArgs,
    id: `${ctx.runTag}_${name}`,
    queuePrefix: ctx.queuePrefix,
    cleanup: ctx.cleanup,
  });
  try {
    await warmUp(ctx, stack);
    const figures: Figures[] = [];
    for (let i = 0; i < ctx.runs; i += 1) figures.push(await run(stack));
    return { name, figures, usage: stack.usage() };
  } finally {
    await stack.stop();
  }
}

/**
 * Tracing off and on, in turns (off, on, off, on...), each run on a fresh, warmed-up stack. Other
 * work on a shared machine drifts over minutes; measuring every run of one variant before the
 * other charged that drift to one side, and it was as large as the effect being measured.
 */
async function offAndOn(
  ctx: BenchContext,
  name: string,
  env: Record<string, string>,
  tracedEnv: Record<string, string>,
  run: (stack: Stack) => Promise<Figures>,
): Promise<{ off: ScenarioResult; on: ScenarioResult }> {
  const once = { ...ctx, runs: 1 };
  const off: ScenarioResult[] = [];
  const on: ScenarioResult[] = [];
  for (let i = 0; i < ctx.runs; i += 1) {
    off.push(await withStack(once, `${name}_off_${i}`, 1, env, run));
    on.push(await withStack(once, `${name}_on_${i}`, 1, tracedEnv, run));
  }
  return { off: mergeRuns(`${name}_off`, off), on: mergeRuns(`${name}_on`, on) };
}

/** One result from several single-run stacks: their figures in order, CPU summed and peak RSS per role. */
function mergeRuns(name: string, results: ScenarioResult[]): ScenarioResult {
  const usage = new Map<string, { role: string; cpuSeconds: number; peakRssMb: number }>();
  for (const u of results.flatMap((r) => r.usage)) {
    const seen = usage.get(u.role);
    usage.set(u.role, seen ? { role: u.role, cpuSeconds: seen.cpuSeconds + u.cpuSeconds, peakRssMb: Math.max(seen.peakRssMb, u.peakRssMb) } : { ...u });
  }
  return { name, figures: results.flatMap((r) => r.figures), usage: [...usage.values()] };
}

/**
 * (a) One connection, the mock answering at once: what the gateway adds to a direct call, on the
 * task API; (i) the same on /v1/chat/completions.
 */
export function overhead(ctx: BenchContext, name = 'a_overhead', entry: EntryPoint = { path: '/ai/task', body: taskBody('openai') }): Promise<ScenarioResult> {
  return withStack(ctx, name, 1, { ...openai(ctx.mockUrl, 'mock-ok'), WORKER_CONCURRENCY: '8' }, async (stack) => {
    const direct = await runLoad({ url: `${ctx.mockUrl}/v1/chat/completions`, connections: 1, durationSeconds: ctx.durationSeconds, body: chatBody('mock-ok') });
    const gateway = await runLoad({ url: `${stack.apiUrl}${entry.path}`, connections: 1, durationSeconds: ctx.durationSeconds, body: entry.body });
    return {
      direct_p50_ms: direct.latencyP50Ms,
      direct_p99_ms: direct.latencyP99Ms,
      gateway_p50_ms: gateway.latencyP50Ms,
      gateway_p99_ms: gateway.latencyP99Ms,
      added_p50_ms: gateway.latencyP50Ms - direct.latencyP50Ms,
      added_p99_ms: gateway.latencyP99Ms - direct.latencyP99Ms,
      errors: gateway.errors + gateway.non2xx,
    };
  });
}

/**
 * (b)/(d) Sync throughput with the mock answering in 200 ms, with `workers` worker processes.
 * Fair queueing is on (the default); (g) runs (b) with FAIR_QUEUEING=false, to show what it costs;
 * (j) runs (b) on /v1/chat/completions.
 */
export function syncThroughput(
  ctx: BenchContext,
  workers: number,
  name = `b_sync_${workers}w`,
  env: Record<string, string> = {},
  entry: EntryPoint = TASK_API,
): Promise<ScenarioResult> {
  const concurrency = String(Math.ceil((ctx.connections * 1.25) / workers));
  return withStack(ctx, name, workers, { ...openai(ctx.mockUrl, 'mock-latency-200'), WORKER_CONCURRENCY: concurrency, ...env }, (stack) => syncLoad(ctx, stack, entry));
}

/**
 * (k) Streaming, one connection, the mock streaming at once: the time to the first token through
 * /v1/chat/completions against the same streamed call made directly (./first-token.ts).
 */
export function firstTokenOverhead(ctx: BenchContext): Promise<ScenarioResult> {
  return withStack(ctx, 'k_first_token', 1, { ...openai(ctx.mockUrl, 'mock-ok'), WORKER_CONCURRENCY: '8' }, async (stack) => {
    const direct = await firstTokenLoad(`${ctx.mockUrl}/v1/chat/completions`, chatBody('mock-ok', true), ctx.durationSeconds);
    const gateway = await firstTokenLoad(`${stack.apiUrl}/v1/chat/completions`, chatBody('auto', true), ctx.durationSeconds);
    return {
      direct_first_token_p50_ms: direct.p50Ms,
      gateway_first_token_p50_ms: gateway.p50Ms,
      gateway_first_token_p99_ms: gateway.p99Ms,
      added_first_token_p50_ms: round2(gateway.p50Ms - direct.p50Ms),
      streams: gateway.streams,
      errors: gateway.errors,
    };
  });
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** (c) Async intake: tasks accepted per second with ?wait=false, then the time to drain them. */
export function asyncIntake(ctx: BenchContext): Promise<ScenarioResult> {
  return withStack(ctx, 'c_async_intake', 1, { ...openai(ctx.mockUrl, 'mock-ok'), WORKER_CONCURRENCY: '200' }, async (stack) => {
    const before = await stack.countRows();
    const machineBefore = sampleMachine();
    const load = await runLoad({ url: `${stack.apiUrl}/ai/task?wait=false`, connections: Math.min(ctx.connections, 100), durationSeconds: ctx.durationSeconds, body: taskBody() });
    // Over the intake only, per accepted task; the worker runs tasks during it too, so this is an upper bound on what accepting one costs.
    const intakeMachine = machineFigures(machineBefore, sampleMachine(), load.ok2xx);
    const started = Date.now();
    const persisted = (await waitForRows(stack, before + load.ok2xx, 300_000)) - before;
    return {
      accepted_per_second: load.requestsPerSecond,
      accept_p99_ms: load.latencyP99Ms,
      errors: load.errors + load.non2xx,
      accepted: load.ok2xx,
      drain_seconds_after_load: (Date.now() - started) / 1000,
      missing_rows: Math.max(0, load.ok2xx - persisted),
      ...intakeMachine,
    };
  });
}

/** (e) (b) with the first provider failing every call; measured once its breaker is open. */
export function failover(ctx: BenchContext): Promise<ScenarioResult> {
  const env = {
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_BASE_URL: `${ctx.mockUrl}/v1`,
    OPENAI_MODEL: 'mock-status-500',
    CLAUDE_API_KEY: 'sk-ant-bench',
    CLAUDE_BASE_URL: `${ctx.mockUrl}/v1`,
    CLAUDE_MODEL: 'mock-latency-200',
    PROVIDER_ORDER: 'openai,claude',
    WORKER_CONCURRENCY: String(Math.ceil(ctx.connections * 1.25)),
    CIRCUIT_BREAKER_RESET_TIMEOUT: '600',
  };
  return withStack(ctx, 'e_failover', 1, env, async (stack) => {
    // Warm up until the first provider's circuit is open.
    await runLoad({ url: `${stack.apiUrl}/ai/task`, connections: 10, durationSeconds: 2, body: taskBody() });
    const before = await stack.countRows();
    const load = await runLoad({ url: `${stack.apiUrl}/ai/task`, connections: ctx.connections, durationSeconds: ctx.durationSeconds, body: taskBody() });
    const persisted = (await waitForRows(stack, before + load.ok2xx)) - before;
    return throughputFigures(load, persisted);
  });
}

/** An OTLP/HTTP receiver that answers 200 and keeps nothing: the collector the traced stack exports to. */
async function startOtlpSink(): Promise<{ url: string; received: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = createHttpServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received: () => received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * (f) What tracing costs: (b)'s load on one worker, once with tracing off and once with every
 * request traced (sampler always on) and exported over OTLP/HTTP to a sink. The issue's target is
 * under 5% of throughput.
 */
export async function tracingCost(ctx: BenchContext): Promise<ScenarioResult> {
  const concurrency = String(Math.ceil(ctx.connections * 1.25));
  const env = { ...openai(ctx.mockUrl, 'mock-latency-200'), WORKER_CONCURRENCY: concurrency };
  const load = (stack: Stack): Promise<Figures> => syncLoad(ctx, stack);
  const sink = await startOtlpSink();
  try {
    const { off, on } = await offAndOn(ctx, 'f_tracing', env, { ...env, OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, OTEL_TRACES_SAMPLER: 'always_on' }, load);
    const figures = off.figures.map((o, i) => {
      const t = on.figures[i] ?? {};
      const offRps = o.requests_per_second ?? 0;
      const onRps = t.requests_per_second ?? 0;
      // The cost as CPU per task (worker and API together), which other load on the machine moves less than req/s.
      const offCpu = (o.worker_cpu_ms_per_task ?? 0) + (o.api_cpu_ms_per_task ?? 0);
      const onCpu = (t.worker_cpu_ms_per_task ?? 0) + (t.api_cpu_ms_per_task ?? 0);
      return {
        off_requests_per_second: offRps,
        on_requests_per_second: onRps,
        throughput_cost_pct: offRps > 0 ? ((offRps - onRps) / offRps) * 100 : 0,
        off_cpu_ms_per_task: offCpu,
        on_cpu_ms_per_task: onCpu,
        cpu_cost_pct: offCpu > 0 ? ((onCpu - offCpu) / offCpu) * 100 : 0,
        off_latency_p99_ms: o.latency_p99_ms ?? 0,
        on_latency_p99_ms: t.latency_p99_ms ?? 0,
        on_errors: t.errors ?? 0,
        otlp_exports: sink.received(),
      };
    });
    return { name: 'f_tracing', figures, usage: [...off.usage.map((u) => ({ ...u, role: `off ${u.role}` })), ...on.usage.map((u) => ({ ...u, role: `on ${u.role}` }))] };
  } finally {
    await sink.close();
  }
}

/** Sends `count` tasks with ?wait=false, `connections` at a time; how many were accepted. */
async function submitTasks(apiUrl: string, count: number, connections: number): Promise<number> {
  let next = 0;
  let accepted = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < count) {
        next += 1;
        const res = await fetch(`${apiUrl}/ai/task?wait=false`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: taskBody() });
        await res.arrayBuffer();
        if (res.status === 202) accepted += 1;
      }
    }),
  );
  return accepted;
}

/**
 * (h) CPU per task for a fixed amount of work, tracing off and on: the same number of tasks
 * (200 ms mock, (b)'s worker concurrency) sent without waiting and drained, the CPU of the API and
 * the worker read before and after. Unlike req/s this hardly moves when other work shares the
 * machine; the idle worker's CPU over the same time is subtracted, so timers do not count as work.
 */
export async function cpuPerTaskCost(ctx: BenchContext): Promise<ScenarioResult> {
  const tasks = ctx.connections * 5;
  const env = { ...openai(ctx.mockUrl, 'mock-latency-200'), WORKER_CONCURRENCY: String(Math.ceil(ctx.connections * 1.25)) };
  const measure = async (stack: Stack): Promise<Figures> => {
    const idleStart = stack.usage();
    const idleStarted = Date.now();
    await new Promise((r) => setTimeout(r, 3_000));
    const idleWorkerPerSecond = (cpuPerTask(idleStart, stack.usage(), 1).worker_cpu_ms_per_task ?? 0) / ((Date.now() - idleStarted) / 1000);
    const before = await stack.countRows();
    const succeededBefore = await stack.countRows('success');
    const cpuBefore = stack.usage();
    const started = Date.now();
    const accepted = await submitTasks(stack.apiUrl, tasks, Math.min(ctx.connections, 100));
    const done = (await waitForRows(stack, before + accepted, 300_000)) - before;
    const seconds = (Date.now() - started) / 1000;
    const cpu = cpuPerTask(cpuBefore, stack.usage(), done);
    const idleShare = done > 0 ? (idleWorkerPerSecond * seconds) / done : 0;
    return { tasks: done, succeeded: (await stack.countRows('success')) - succeededBefore, seconds, api_cpu_ms_per_task: cpu.api_cpu_ms_per_task ?? 0, worker_cpu_ms_per_task: Math.round(((cpu.worker_cpu_ms_per_task ?? 0) - idleShare) * 100) / 100, idle_worker_cpu_ms_per_second: Math.round(idleWorkerPerSecond * 100) / 100 };
  };
  const sink = await startOtlpSink();
  try {
    const { off, on } = await offAndOn(ctx, 'h_cpu', env, { ...env, OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, OTEL_TRACES_SAMPLER: 'always_on' }, measure);
    const figures = off.figures.map((o, i) => {
      const t = on.figures[i] ?? {};
      const offCpu = (o.worker_cpu_ms_per_task ?? 0) + (o.api_cpu_ms_per_task ?? 0);
      const onCpu = (t.worker_cpu_ms_per_task ?? 0) + (t.api_cpu_ms_per_task ?? 0);
      return {
        tasks: o.tasks ?? 0,
        off_succeeded: o.succeeded ?? 0,
        on_succeeded: t.succeeded ?? 0,
        off_api_cpu_ms_per_task: o.api_cpu_ms_per_task ?? 0,
        off_worker_cpu_ms_per_task: o.worker_cpu_ms_per_task ?? 0,
        on_api_cpu_ms_per_task: t.api_cpu_ms_per_task ?? 0,
        on_worker_cpu_ms_per_task: t.worker_cpu_ms_per_task ?? 0,
        tracing_cpu_cost_pct: offCpu > 0 ? ((onCpu - offCpu) / offCpu) * 100 : 0,
        idle_worker_cpu_ms_per_second: o.idle_worker_cpu_ms_per_second ?? 0,
      };
    });
    return { name: 'h_cpu_per_task', figures, usage: [...off.usage.map((u) => ({ ...u, role: `off ${u.role}` })), ...on.usage.map((u) => ({ ...u, role: `on ${u.role}` }))] };
  } finally {
    await sink.close();
  }
}
