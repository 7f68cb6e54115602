/**
 * HISTORY_RETENTION_DAYS: history older than the cutoff goes. A month partition that lies wholly
 * before the cutoff is dropped at once (no row-by-row delete, no bloat, no vacuum debt); rows older
 * than the cutoff in the partition that straddles it, and in the default partition, are deleted in
 * small batches, each its own transaction, so no lock or transaction is held for long.
 */
import { HISTORY_TABLE, addMonths, listMonthPartitions, monthStart, partitionName } from './history-partitions';
import type { RunSql } from './run-sql';

const DAY_MS = 86_400_000;
export const RETENTION_BATCH_ROWS = 5_000;

export interface RetentionResult {
  cutoff: Date;
  droppedPartitions: string[];
  /** Rows that were in the dropped partitions. */
  rowsInDroppedPartitions: number;
  /** Rows deleted one batch at a time (boundary and default partitions). */
  rowsDeleted: number;
}

export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

export async function applyHistoryRetention(sql: RunSql, now: Date, retentionDays: number, batchRows = RETENTION_BATCH_ROWS): Promise<RetentionResult> {
  const cutoff = retentionCutoff(now, retentionDays);
  const result: RetentionResult = { cutoff, droppedPartitions: [], rowsInDroppedPartitions: 0, rowsDeleted: 0 };
  for (const m of await listMonthPartitions(sql)) {
    if (monthStart(addMonths(m, 1)) > cutoff) continue;
    const name = partitionName(m);
    const { rows } = await sql(`SELECT count(*)::bigint AS n FROM ${name}`);
    await sql(`DROP TABLE IF EXISTS ${name}`);
    result.droppedPartitions.push(name);
    result.rowsInDroppedPartitions += Number(rows[0]?.n ?? 0);
  }
  const older = `created_at < '${cutoff.toISOString()}'::timestamptz`;
  // Through the parent table: partition pruning leaves only the boundary partition and the default one.
  for (;;) {
    const { rowCount } = await sql(
      `DELETE FROM ${HISTORY_TABLE} WHERE (task_id, created_at) IN (SELECT task_id, created_at FROM ${HISTORY_TABLE} WHERE ${older} LIMIT ${batchRows})`,
    );
    result.rowsDeleted += rowCount;
    if (rowCount < batchRows) break;
  }
  return result;
}
