/**
 * History maintenance: create the coming months' partitions (and partitions for rows stranded in
 * the default one), then apply HISTORY_RETENTION_DAYS. Every process runs it at start-up (partitions
 * only) and every worker runs it periodically; a Postgres advisory lock makes one process at a time
 * do the work while the others skip their turn.
 */
import { Client } from 'pg';
import { ensureHistoryPartitions } from './history-partitions';
import { applyHistoryRetention, retentionCutoff, type RetentionResult } from './history-retention';
import { expireStoredResponses } from './responses-retention';
import type { Logger } from './logger';
import { pgRunSql } from './run-sql';

/** Arbitrary but fixed: `pg_try_advisory_lock` key of history maintenance (bigint). */
export const HISTORY_MAINTENANCE_LOCK = 7_364_220_001;
export const HISTORY_MAINTENANCE_INTERVAL_MS = 3_600_000;
/** DDL waits at most this long for a table lock, so a long query never queues every insert behind it. */
const LOCK_TIMEOUT = '5s';
/** One statement (a batch delete, a count of an old month) never takes longer than this. */
const QUERY_TIMEOUT_MS = 120_000;
/** Shutdown waits this long for a run in progress; the run's own timeouts end it after that. */
const STOP_WAIT_MS = 5_000;

export interface MaintenanceOptions {
  databaseUrl: string;
  /** 0 keeps history forever. */
  retentionDays: number;
  now?: Date;
}

export interface MaintenanceReport {
  /** False when another process held the lock, so this one did nothing. */
  ran: boolean;
  createdPartitions: string[];
  retention: RetentionResult | null;
}

export interface MaintenanceMetrics {
  historyRowsExpired: { inc(labels: { how: 'partition_dropped' | 'deleted' }, value: number): void };
  historyPartitionsDropped: { inc(value: number): void };
  historyMaintenanceFailures: { inc(): void };
}

export async function runHistoryMaintenance(options: MaintenanceOptions): Promise<MaintenanceReport> {
  const now = options.now ?? new Date();
  const client = new Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: 5_000, query_timeout: QUERY_TIMEOUT_MS });
  // A connection cut mid-run (Postgres restarting) rejects the query in progress; without a listener it would crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const sql = pgRunSql(client);
    await sql(`SET lock_timeout = '${LOCK_TIMEOUT}'`);
    const { rows } = await sql(`SELECT pg_try_advisory_lock(${HISTORY_MAINTENANCE_LOCK}) AS locked`);
    if (rows[0]?.locked !== true) return { ran: false, createdPartitions: [], retention: null };
    // The session lock ends with the connection, so a process that dies mid-run frees it.
    const keepFrom = options.retentionDays > 0 ? retentionCutoff(now, options.retentionDays) : undefined;
    const createdPartitions = await ensureHistoryPartitions(sql, { now, keepFrom });
    const retention = options.retentionDays > 0 ? await applyHistoryRetention(sql, now, options.retentionDays) : null;
    if (retention) await expireStoredResponses(sql, retention.cutoff);
    return { ran: true, createdPartitions, retention };
  } finally {
    await client.end().catch(() => undefined);
  }
}

function report(logger: Logger, result: MaintenanceReport, metrics?: MaintenanceMetrics): void {
  if (result.createdPartitions.length) logger.info('history partitions created', { partitions: result.createdPartitions });
  const retention = result.retention;
  if (!retention) return;
  metrics?.historyPartitionsDropped.inc(retention.droppedPartitions.length);
  metrics?.historyRowsExpired.inc({ how: 'partition_dropped' }, retention.rowsInDroppedPartitions);
  metrics?.historyRowsExpired.inc({ how: 'deleted' }, retention.rowsDeleted);
  if (retention.droppedPartitions.length || retention.rowsDeleted) {
    logger.info('history retention applied', {
      cutoff: retention.cutoff.toISOString(),
      dropped_partitions: retention.droppedPartitions,
      rows_in_dropped_partitions: retention.rowsInDroppedPartitions,
      rows_deleted: retention.rowsDeleted,
    });
  }
}

/** Start-up: make sure this month's and the coming months' partitions exist. Never stops start-up: the default partition takes rows meanwhile. */
export async function preparePartitions(databaseUrl: string, logger: Logger): Promise<void> {
  try {
    report(logger, await runHistoryMaintenance({ databaseUrl, retentionDays: 0 }));
  } catch (err) {
    logger.warn('could not create history partitions at start-up; rows go to the default partition until a worker does', { error: err });
  }
}

export interface ScheduleOptions {
  databaseUrl: string;
  retentionDays: number;
  logger: Logger;
  metrics?: MaintenanceMetrics;
  intervalMs?: number;
}

export interface MaintenanceSchedule {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/** Runs maintenance now and then every `intervalMs` (an hour) in the background. */
export function scheduleHistoryMaintenance(options: ScheduleOptions): MaintenanceSchedule {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = runHistoryMaintenance({ databaseUrl: options.databaseUrl, retentionDays: options.retentionDays }).then(
      (result) => report(options.logger, result, options.metrics),
      (err: unknown) => {
        options.metrics?.historyMaintenanceFailures.inc();
        options.logger.warn('history maintenance failed; trying again at the next interval', { error: err });
      },
    );
  };
  const timer = setInterval(tick, options.intervalMs ?? HISTORY_MAINTENANCE_INTERVAL_MS);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      let wait: NodeJS.Timeout | undefined;
      await Promise.race([running, new Promise<void>((resolve) => (wait = setTimeout(resolve, STOP_WAIT_MS)))]);
      clearTimeout(wait);
    },
  };
}
