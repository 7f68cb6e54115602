/**
 * Two real worker processes sharing one circuit breaker through Redis: what one worker learns
 * about a provider, the other acts on, and a half-open circuit lets exactly the configured number
 * of probes through across both.
 */
import request from 'supertest';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import type { RunningProcess } from '../helpers/processes';
import { circuitOf, TEXT, trail } from './helpers/mock-gateway';
import { waitFor } from './helpers/wait';
import { finishedBy, startWorker, stopWorker } from './helpers/worker-process';

describe('two worker processes sharing one breaker', () => {
  let mock: MockProvider;
  let gw: TestGateway;
  const workers: RunningProcess[] = [];
  let env: Record<string, string>;

  const spawn = async () => {
    const proc = await startWorker(gw, env);
    workers.push(proc);
    return proc;
  };
  const task = () => request(gw.url).post('/ai/task').send({ task: 'summarize', text: TEXT });
  const failingCalls = () => mock.counts.byModel['mock-status-503'] ?? 0;

  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
    env = {
      OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([
        { name: 'failing', baseUrl: `${mock.url}/v1`, model: 'mock-status-503' },
        { name: 'backup', baseUrl: `${mock.url}/v1`, model: 'mock-latency-100' },
      ]),
      PROVIDER_ORDER: 'failing,backup',
      LOCAL_PROVIDER: 'false',
      MAX_RETRIES: '0',
      CIRCUIT_BREAKER_THRESHOLD: '3',
      CIRCUIT_BREAKER_RESET_TIMEOUT: '8',
      CIRCUIT_BREAKER_HALF_OPEN_PROBES: '1',
      WORKER_CONCURRENCY: '4',
    };
    gw = await startTestGateway({ withWorker: false, env });
  });
  afterAll(async () => {
    await Promise.all(workers.map(stopWorker));
    await gw.stop();
    await mock.close();
  });

  it('failures seen by worker A open the circuit for worker B, which never calls the provider', async () => {
    const a = await spawn();
    for (let i = 0; i < 3; i += 1) expect(trail((await task()).body)).toEqual(['failing:error:overloaded', 'backup:success']);
    expect(failingCalls()).toBe(3);
    expect(a.output().split('\n').filter((l) => l.includes('circuit opened'))).toHaveLength(1);
    a.child.kill('SIGTERM');
    await a.exited;

    const b = await spawn();
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const res = await task();
      expect(trail(res.body)).toEqual(['failing:skipped:circuit_open', 'backup:success']);
      ids.push(res.body.task_id);
    }
    // The answer can come back before the worker's log line has come through its stdout pipe.
    await waitFor('worker B to log its tasks finished', () => finishedBy(b).length >= ids.length);
    expect(finishedBy(b)).toEqual(ids);
    expect(failingCalls()).toBe(3);
    expect((await circuitOf(gw, 'failing'))?.circuit).toMatchObject({ state: 'open', consecutive_failures: 3 });
  });

  it('once the reset timeout passes, a burst across both workers sends exactly one probe, whose failure re-opens the circuit', async () => {
    const a = await spawn(); // worker B from the first test is still running
    await waitFor('the circuit to be due a probe', async () => (await circuitOf(gw, 'failing'))?.circuit?.next_probe_in_ms === 0, 15_000, 200);
    const before = failingCalls();
    const burst = await Promise.all(Array.from({ length: 12 }, () => task()));
    expect(burst.every((r) => r.status === 200 && r.body.provider_used === 'backup')).toBe(true);
    expect(failingCalls() - before).toBe(1);
    const firsts = burst.map((r) => trail(r.body)[0]);
    expect(firsts.filter((t) => t === 'failing:error:overloaded')).toHaveLength(1);
    expect(firsts.filter((t) => t === 'failing:skipped:circuit_open')).toHaveLength(11);
    // Both workers took part in the burst.
    const ids = burst.map((r) => r.body.task_id as string);
    const b = workers[1] as RunningProcess;
    // The answers can come back before the workers' log lines have come through their stdout pipes.
    await waitFor('both workers to log burst tasks finished', () => finishedBy(a).some((id) => ids.includes(id)) && finishedBy(b).some((id) => ids.includes(id)), 5_000);
    const circuit = (await circuitOf(gw, 'failing'))?.circuit;
    expect(circuit).toMatchObject({ state: 'open' });
    expect(circuit?.next_probe_in_ms).toBeGreaterThan(8_000); // re-opened for twice as long
  });
});
