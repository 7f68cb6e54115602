/**
 * HISTORY_RETENTION_DAYS also bounds the conversations /v1/responses keeps for
 * `previous_response_id` (table v1_responses): they are history too, so they expire with it.
 * Deleted in batches, oldest first, by the same maintenance run that expires ai_requests.
 */
import type { RunSql } from './run-sql';

export const RESPONSES_TABLE = 'v1_responses';
const BATCH_ROWS = 5_000;

export async function expireStoredResponses(sql: RunSql, cutoff: Date, batchRows = BATCH_ROWS): Promise<number> {
  let deleted = 0;
  for (;;) {
    const { rowCount } = await sql(
      `DELETE FROM ${RESPONSES_TABLE} WHERE id IN (SELECT id FROM ${RESPONSES_TABLE} WHERE created_at < '${cutoff.toISOString()}'::timestamptz LIMIT ${batchRows})`,
    );
    deleted += rowCount;
    if (rowCount < batchRows) return deleted;
  }
}
