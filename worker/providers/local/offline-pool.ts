/**
 * A small worker-thread pool (piscina) for the local provider's CPU-bound work. Under `npm start`
 * the API and the worker share one event loop; a task run inline there held /health (and the job
 * locks' renewals) for as long as the NLP took. Each run is stopped when the call's signal fires
 * (TIMEOUT_SECONDS): piscina terminates the thread, so a runaway input cannot keep a core busy.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Piscina } from 'piscina';
import type { OfflineJob } from './offline-thread';

/**
 * The compiled thread file. Tests run this module from TypeScript sources, where a worker thread
 * cannot load `.ts`; they use the build in dist/ (integration tests build first).
 */
function threadFile(): string {
  const compiled = join(__dirname, 'offline-thread.js');
  if (existsSync(compiled)) return compiled;
  return resolve(__dirname, '..', '..', '..', 'dist', 'worker', 'providers', 'local', 'offline-thread.js');
}

export class OfflinePool {
  private pool: Piscina | undefined;

  constructor(private readonly maxThreads = Math.max(1, Math.min(4, availableParallelism() - 1))) {}

  run(job: OfflineJob, signal: AbortSignal): Promise<string | undefined> {
    // Made on first use: a gateway that never runs a local task starts no threads.
    this.pool ??= new Piscina({ filename: threadFile(), minThreads: 0, maxThreads: this.maxThreads, idleTimeout: 30_000 });
    return this.pool.run(job, { signal }) as Promise<string | undefined>;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}
