/**
 * Logging a dependency (Redis, Postgres) that went away: one line when it goes, one when it
 * returns, and while it stays away one summary per interval (failures folded in, the last error).
 * Without it every failed command, job and request logged its own warning: ~220 lines in 11 s of a
 * Redis outage, ~1,900 in 20 s of a Postgres one.
 */
import type { Logger } from './logger';

export type Dependency = 'redis' | 'postgres';

const LABEL: Record<Dependency, string> = { redis: 'Redis', postgres: 'Postgres' };

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class OutageLog {
  private downSince: number | undefined;
  private failures = 0;
  private failuresSinceSummary = 0;
  private lastError = '';
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly dependency: Dependency,
    private readonly summaryEveryMs: number,
  ) {}

  get isDown(): boolean {
    return this.downSince !== undefined;
  }

  /** A failure the dependency being away explains: logged when it is the first, folded into the summary after. */
  down(err: unknown, context: Record<string, unknown> = {}): void {
    this.failures += 1;
    this.failuresSinceSummary += 1;
    this.lastError = describe(err);
    if (this.downSince !== undefined) return;
    this.downSince = Date.now();
    this.logger.warn(`${LABEL[this.dependency]} is unreachable; further failures are summarised until it returns`, { dependency: this.dependency, error: err, ...context });
    this.timer = setInterval(() => this.summarise(), this.summaryEveryMs);
    this.timer.unref();
  }

  /** The dependency answered again. */
  up(): void {
    if (this.downSince === undefined) return;
    this.logger.info(`${LABEL[this.dependency]} is reachable again`, {
      dependency: this.dependency,
      down_for_s: Math.round((Date.now() - this.downSince) / 1000),
      failures: this.failures,
    });
    this.reset();
  }

  close(): void {
    this.reset();
  }

  private summarise(): void {
    if (this.downSince === undefined) return;
    this.logger.warn(`${LABEL[this.dependency]} is still unreachable`, {
      dependency: this.dependency,
      down_for_s: Math.round((Date.now() - this.downSince) / 1000),
      failures_since_last_summary: this.failuresSinceSummary,
      last_error: this.lastError,
    });
    this.failuresSinceSummary = 0;
  }

  private reset(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.downSince = undefined;
    this.failures = 0;
    this.failuresSinceSummary = 0;
  }
}

/**
 * A failure known to come from one dependency, for callers that reach both (a spend check reads
 * Redis counters and rebuilds a missing one from Postgres) and must log the right outage.
 */
export class DependencyError extends Error {
  constructor(
    readonly dependency: Dependency,
    cause: unknown,
  ) {
    super(describe(cause), { cause });
    this.name = 'DependencyError';
  }
}

/** The dependency behind `err`: the one a DependencyError names, else `otherwise`. */
export function dependencyOf(err: unknown, otherwise: Dependency): Dependency {
  return err instanceof DependencyError ? err.dependency : otherwise;
}

/** A process's two dependencies, each with its own outage log (the API's request paths share them). */
export interface Outages {
  redis: OutageLog;
  postgres: OutageLog;
}

export function createOutages(logger: Logger, summaryEveryMs: number): Outages {
  return { redis: new OutageLog(logger, 'redis', summaryEveryMs), postgres: new OutageLog(logger, 'postgres', summaryEveryMs) };
}
