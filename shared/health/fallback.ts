/**
 * Shared state or this process's own: runs each health call on Redis, or at once on the
 * per-process store when the connection is not up or the command fails. It says so once in the
 * log when Redis goes and once when it returns, and tells `onChange` (metrics) both times.
 */
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { waitForReady } from '../redis';

/** Until the connection has been up once, a call waits this long for it rather than report an outage at start-up. */
const STARTUP_WAIT_MS = 1_000;

export class FallbackSwitch {
  private local = false;
  private starting: Promise<boolean> | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
    /** Called after the switch, with true when this process now judges deployments on its own. */
    private readonly onChange: (active: boolean) => void,
  ) {
    this.starting = redis.status === 'ready' ? undefined : waitForReady(redis, STARTUP_WAIT_MS);
  }

  get active(): boolean {
    return this.local;
  }

  private set(active: boolean, cause?: unknown): void {
    if (active === this.local) return;
    this.local = active;
    if (active) {
      this.logger.error('deployment health state in Redis is unreachable: each process now judges deployments on its own until Redis returns', { error: cause });
    } else {
      this.logger.warn('deployment health state is shared through Redis again');
    }
    this.onChange(active);
  }

  /**
   * Runs `shared` (the Redis call alone) and reads its reply with `read`, outside the catch: an
   * error in `shared` means Redis did not answer; an error in `read` is a misread reply, a bug,
   * and is thrown rather than hidden behind the fallback.
   */
  async run<R, T>(shared: () => Promise<R>, read: (reply: R) => T, fallback: () => Promise<T>): Promise<T> {
    if (this.starting) {
      await this.starting;
      this.starting = undefined;
    }
    if (this.redis.status !== 'ready') {
      this.set(true, new Error(`redis connection is ${this.redis.status}`));
      return fallback();
    }
    let reply: R;
    try {
      reply = await shared();
    } catch (err) {
      this.set(true, err);
      return fallback();
    }
    this.set(false);
    return read(reply);
  }
}
