/** The migration that partitions an existing history table keeps every row, puts each in its month, and can be undone. */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { migrationSource } from '../../migrations';
import { createDb, ensureDatabase, migrateLatest, type Db } from '../../shared/db';
import { addMonths, monthOf, monthStart, partitionName } from '../../shared/history-partitions';
import { pgRunSql } from '../../shared/run-sql';
import { freshDatabase } from '../helpers/env';
import { partitionsOf } from './helpers';

const HOUR = 3_600_000;
const thisMonth = monthOf(new Date());

async function relkind(db: Db): Promise<string> {
  const res = (await db.raw(`SELECT relkind FROM pg_class WHERE oid = 'ai_requests'::regclass`)) as { rows: { relkind: string }[] };
  return res.rows[0]?.relkind ?? '';
}

const snapshot = async (db: Db) => db('ai_requests').select('*').orderBy('task_id');

describe('partitioning an existing history table', () => {
  it('keeps every row, field for field, each in the partition of its month; the way back keeps them too', async () => {
    const database = freshDatabase();
    await ensureDatabase(database.url);
    const db = createDb(database.url, 2);
    const client = new Client({ connectionString: database.url });
    try {
      // The schema as it was before partitioning: the first three migrations.
      for (let i = 0; i < 3; i += 1) await db.migrate.up({ migrationSource });
      expect(await relkind(db)).toBe('r');
      const offsets = [-37, -3, -3, -1, 0, 0, 0];
      const rows = offsets.map((offset, i) => ({
        task_id: randomUUID(),
        created_at: new Date(monthStart(addMonths(thisMonth, offset)).getTime() + (i + 1) * HOUR),
        started_at: new Date(monthStart(addMonths(thisMonth, offset)).getTime() + (i + 1) * HOUR + 5),
        finished_at: null,
        task: i % 2 ? 'summarize' : 'invoice_check',
        provider_requested: 'auto',
        provider_used: i % 3 ? 'openai' : null,
        model: 'gpt',
        status: i === 6 ? 'running' : i % 3 ? 'success' : 'error',
        result: i % 3 ? `result ${i}` : null,
        confidence: 0.25 * (i % 4),
        decision: i === 1 ? JSON.stringify({ decision: 'PASS', engine: 'rules', reasons: ['ok'] }) : null,
        latency_ms: 10 * i,
        queue_wait_ms: i,
        attempts: JSON.stringify([{ provider: 'openai', outcome: 'success', latency_ms: 9 }]),
        input_tokens: i,
        output_tokens: 2 * i,
        caller: i < 4 ? 'alice' : 'bob',
        error_code: i % 3 ? null : 'all_providers_failed',
        error_message: i % 3 ? null : 'every provider failed',
        idempotency_key: i === 2 ? 'order-42' : null,
      }));
      await db('ai_requests').insert(rows);
      const before = await snapshot(db);
      expect(before).toHaveLength(offsets.length);

      const applied = await migrateLatest(db);
      // Later migrations (other tables, later columns) may follow the two under test.
      expect(applied.slice(0, 2)).toEqual(['20261130120001_partition_history_by_month', '20261130120002_index_history_filters']);
      expect(await relkind(db)).toBe('p');
      // Rows from before intake was recorded have no job payload to re-enqueue from, none counted tool calls,
      // and none was priced or answered from the cache (spend control's columns).
      const after = await snapshot(db);
      // nor recorded a finish reason, a requested model or notes (the answer-details columns).
      const later = ({ job_payload, requeue_count, tool_call_count, cost_usd, cache_hit, finish_reason, requested_model, notes }: Record<string, unknown>) =>
        ({ job_payload, requeue_count, tool_call_count, cost_usd, cache_hit, finish_reason, requested_model, notes });
      expect(after.map(later)).toEqual(
        before.map(() => ({ job_payload: null, requeue_count: 0, tool_call_count: null, cost_usd: null, cache_hit: false, finish_reason: null, requested_model: null, notes: null })),
      );
      const earlier = Object.keys(before[0] as object);
      expect(after.map((row) => Object.fromEntries(earlier.map((k) => [k, (row as Record<string, unknown>)[k]])))).toEqual(before);
      expect(Object.keys(after[0] as object).sort()).toEqual([...earlier, ...Object.keys(later({}))].sort());
      await client.connect();
      const where = await partitionsOf(pgRunSql(client));
      for (const [i, row] of rows.entries()) expect(where.get(row.task_id)).toBe(partitionName(addMonths(thisMonth, offsets[i] as number)));
      const pk = (await db.raw(`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'ai_requests_pkey'`)) as { rows: { def: string }[] };
      expect(pk.rows[0]?.def).toBe('PRIMARY KEY (task_id, created_at)');

      for (let i = 2; i < applied.length; i += 1) await db.migrate.down({ migrationSource });
      expect(await snapshot(db)).toEqual(before);
      await db.migrate.down({ migrationSource }); // the filter indexes
      await db.migrate.down({ migrationSource }); // the partitioning
      expect(await relkind(db)).toBe('r');
      expect(await snapshot(db)).toEqual(before);
    } finally {
      await client.end().catch(() => undefined);
      await db.destroy();
      await database.drop();
    }
  });
});
