/**
 * The bench's clean-up order: newest first, each step once, a failing step does not stop the rest,
 * and Ctrl-C during a scenario's own clean-up waits for it (CI once saw a run exit 130 with its
 * queue half-removed: the stopping step had already left the list when the signal came).
 */
import { Cleanup } from '../../../bench/cleanup';

/** A step the test finishes by hand, recording when it started and ended. */
function gate(log: string[], name: string): { run: () => Promise<void>; finish: () => void } {
  let finish = () => undefined as void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  return {
    run: async () => {
      log.push(`${name} started`);
      await finished;
      log.push(`${name} done`);
    },
    finish: () => finish(),
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('bench clean-up', () => {
  it('runAll, called while a step is already stopping itself, resolves only after that step has finished', async () => {
    const log: string[] = [];
    const cleanup = new Cleanup();
    cleanup.add('processes', async () => void log.push('processes'));
    const stack = gate(log, 'stack');
    const stopStack = cleanup.add('stack', stack.run);

    const stopping = stopStack(); // the scenario ended and is removing its stack
    await tick();
    let allDone = false;
    const all = cleanup.runAll().then(() => (allDone = true)); // Ctrl-C arrives now
    await tick();
    expect(allDone).toBe(false);
    expect(log).toEqual(['stack started']);

    stack.finish();
    await Promise.all([stopping, all]);
    expect(log).toEqual(['stack started', 'stack done', 'processes']);
  });

  it('runs each step once, newest first, and a step that throws does not stop the ones after it', async () => {
    const log: string[] = [];
    const cleanup = new Cleanup();
    const written: string[] = [];
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    try {
      cleanup.add('first', async () => void log.push('first'));
      const stopSecond = cleanup.add('second', async () => {
        log.push('second');
        throw new Error('Redis went away');
      });
      cleanup.add('third', async () => void log.push('third'));
      await cleanup.runAll();
      await stopSecond();
      await cleanup.runAll();
    } finally {
      stderr.mockRestore();
    }
    expect(log).toEqual(['third', 'second', 'first']);
    expect(written).toEqual(['clean-up of second failed: Redis went away\n']);
  });
});
