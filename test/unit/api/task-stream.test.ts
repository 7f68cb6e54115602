/**
 * When a streamed Idempotency-Key repeat (a follower) is told its task ended (api/v1/task-stream.ts):
 * only once Redis no longer holds the stream's end. While it does, the hub will hand the end out,
 * and the repeat must finish on it (tool calls and all) rather than answer from the task's outcome.
 * The hub's reading is real Redis in test/api/stream-hub.test.ts; here its answers are scripted, so
 * that the lag between the task's end and the hub's delivery is exact.
 */
import type { StreamHub, Subscription } from '../../../api/v1/stream-hub';
import { subscribeToTask, type TaskStreamDeps } from '../../../api/v1/task-stream';

const outcome = { task_id: 't', status: 'success', result: 'x' };

/** A hub whose `holdsEnd` answers from `answers` (the last one repeats), and whose subscription records its calls. */
function scripted(answers: Array<boolean | Error>) {
  const calls: string[] = [];
  let checks = 0;
  const subscription: Subscription = {
    next: async () => 'timeout',
    endUnstarted: () => calls.push('endUnstarted'),
    taskEnded: () => calls.push('taskEnded'),
    close: () => calls.push('close'),
  };
  const hub = {
    subscribe: () => subscription,
    holdsEnd: async () => {
      const answer = answers[Math.min(checks, answers.length - 1)] as boolean | Error;
      checks += 1;
      if (answer instanceof Error) throw answer;
      return answer;
    },
  } as unknown as StreamHub;
  const deps = {
    hub,
    jobs: { streamKeys: (id: string) => ({ events: `events:${id}` }) },
    waiter: { wait: async () => ({ kind: 'done', outcome }) },
    startWaitMs: 60_000,
  } as unknown as TaskStreamDeps;
  return { deps, calls, checks: () => checks };
}

const until = async (done: () => boolean, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
};

describe('subscribeToTask: a follower is told its task ended only when the stream\'s end is gone', () => {
  it('while Redis holds the end, the follower is not told; once the end is gone (lost before delivery), it is', async () => {
    const { deps, calls, checks } = scripted([true, true, false]);
    subscribeToTask(deps, 't1', true);
    await until(() => checks() >= 2);
    expect(calls).not.toContain('taskEnded');
    await until(() => calls.includes('taskEnded'));
    expect(checks()).toBe(3);
    expect(calls).toEqual(['taskEnded']);
  });

  it('a stream without its end at the task\'s end: told at the first check', async () => {
    const { deps, calls, checks } = scripted([false]);
    subscribeToTask(deps, 't2', true);
    await until(() => calls.includes('taskEnded'));
    expect(checks()).toBe(1);
  });

  it('a check Redis cannot answer counts as lost: the follower is told (it then answers from the outcome)', async () => {
    const { deps, calls } = scripted([new Error('Connection is closed.')]);
    subscribeToTask(deps, 't3', true);
    await until(() => calls.includes('taskEnded'));
    expect(calls).toEqual(['taskEnded']);
  });

  it('a follower that stopped reading (it finished on the end) is checked no more', async () => {
    const { deps, calls, checks } = scripted([true]);
    const subscription = subscribeToTask(deps, 't4', true);
    await until(() => checks() >= 1);
    subscription.close();
    const after = checks();
    await new Promise((r) => setTimeout(r, 1_200));
    expect(checks()).toBeLessThanOrEqual(after + 1);
    expect(calls.filter((c) => c === 'taskEnded').length).toBeLessThanOrEqual(1);
    expect(calls).toContain('close');
  });

  it('the first reader (no follower) is never told, nor checked', async () => {
    const { deps, calls, checks } = scripted([false]);
    subscribeToTask(deps, 't5', false);
    await new Promise((r) => setTimeout(r, 700));
    expect(checks()).toBe(0);
    expect(calls).toEqual([]);
  });
});
