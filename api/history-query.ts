/**
 * Reads and cleans the request history (the `ai_requests` table that workers write through
 * HistoryStore). Pages are keyset-paged on (created_at, task_id), newest first, so a page never
 * repeats or skips a row while new tasks arrive.
 */
import type { Db } from '../shared/db';
import type { HistoryRow } from '../shared/history-store';
import type { HistoryCursor, HistoryQueryParams } from './history-schemas';

const TABLE = 'ai_requests';
const QUERY_TIMEOUT_MS = 5_000;
/** Microsecond UTC text: a JS Date would drop Postgres's microseconds and break the keyset. */
const CURSOR_TS = `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export interface HistoryPage {
  rows: HistoryRow[];
  next: HistoryCursor | null;
}

export class HistoryQuery {
  constructor(private readonly db: Db) {}

  /** `caller` undefined reads every caller's rows (admins); otherwise only that caller's. */
  async page(caller: string | undefined, params: HistoryQueryParams): Promise<HistoryPage> {
    const query = this.db<HistoryRow>(TABLE).select('*', this.db.raw(`${CURSOR_TS} AS cursor_ts`));
    if (caller !== undefined) query.where('caller', caller);
    if (params.status) query.where('status', params.status);
    if (params.task) query.where('task', params.task);
    const provider = params.provider;
    if (provider) query.where((q) => q.where('provider_used', provider).orWhere('provider_requested', provider));
    if (params.model) query.where('model', params.model);
    if (params.finish_reason) query.where('finish_reason', params.finish_reason);
    if (params.has_notes !== undefined) query.where(params.has_notes ? (q) => q.whereNotNull('notes') : (q) => q.whereNull('notes'));
    // Matches the partial index (tool_call_count > 0); no count (an /ai/task, an older row) is no tool call.
    if (params.tool_calls !== undefined) query.where(params.tool_calls ? (q) => q.where('tool_call_count', '>', 0) : (q) => q.whereNull('tool_call_count').orWhere('tool_call_count', 0));
    if (params.since) query.where('created_at', '>=', params.since);
    if (params.cursor) query.whereRaw('(created_at, task_id) < (?::timestamptz, ?::uuid)', [params.cursor.createdAt, params.cursor.taskId]);
    const found = (await query
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'task_id', order: 'desc' },
      ])
      .limit(params.limit + 1)
      .timeout(QUERY_TIMEOUT_MS, { cancel: true })) as (HistoryRow & { cursor_ts: string })[];
    const rows = found.slice(0, params.limit);
    const last = rows[rows.length - 1];
    const next = found.length > params.limit && last ? { createdAt: last.cursor_ts, taskId: last.task_id } : null;
    return { rows: rows.map(({ cursor_ts: _ts, ...row }) => row), next };
  }

  /** Deletes error rows (older than `olderThanMinutes` when given); answers how many went. */
  async deleteErrors(caller: string | undefined, olderThanMinutes: number | undefined): Promise<number> {
    const query = this.db(TABLE).where('status', 'error');
    if (caller !== undefined) query.where('caller', caller);
    if (olderThanMinutes !== undefined) query.where('created_at', '<', this.db.raw(`now() - make_interval(mins => ?)`, [olderThanMinutes]));
    return query.delete().timeout(QUERY_TIMEOUT_MS, { cancel: true });
  }
}
