/**
 * The migration that adds finish_reason, requested_model and notes to the partitioned history:
 * every partition (a month's, the default one, one created later) gets the columns and the filter
 * indexes; rows written before keep their fields and read null; the way back removes exactly that.
 */
import { migrationSource } from '../../migrations';
import { HistoryStore } from '../../shared/history-store';
import { DEFAULT_PARTITION, addMonths, createMonthPartition, monthOf, monthStart, partitionName } from '../../shared/history-partitions';
import { migratedDatabase, outcomeAt, partitionsOf, type HistoryDb } from './helpers';

const MIGRATION = '20261203150001_history_answer_details';
const NEW_COLUMNS = ['finish_reason', 'notes', 'requested_model'];

async function columnsOf(h: HistoryDb, table: string): Promise<string[]> {
  const { rows } = await h.client.query(`SELECT column_name AS name FROM information_schema.columns WHERE table_name = $1 AND column_name = ANY($2) ORDER BY 1`, [table, NEW_COLUMNS]);
  return rows.map((r: { name: string }) => r.name);
}

async function filterIndexesOf(h: HistoryDb, table: string): Promise<number> {
  const { rows } = await h.client.query(
    `SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = $1 AND (indexdef LIKE '%(model, created_at)%' OR indexdef LIKE '%WHERE%finish_reason%' OR indexdef LIKE '%WHERE (notes IS NOT NULL)%' OR indexdef LIKE '%WHERE (tool_call_count > 0)%')`,
    [table],
  );
  return Number(rows[0]?.n);
}

describe(`migration ${MIGRATION}`, () => {
  let h: HistoryDb;
  beforeAll(async () => {
    h = await migratedDatabase();
  });
  afterAll(async () => {
    await h.close();
  });

  it('is the last migration, adds the columns and indexes to every partition, and goes down again keeping the rows', async () => {
    const sorted = await migrationSource.getMigrations([]);
    expect(sorted[sorted.length - 1]).toBe(MIGRATION);
    await h.db.migrate.down({ migrationSource });
    const thisMonth = partitionName(monthOf(new Date()));
    expect(await columnsOf(h, 'ai_requests')).toEqual([]);

    // Rows from before the migration: one in this month's partition, one far in the past (the default partition).
    const old = [new Date(), new Date('2001-05-05T00:00:00Z')].map((d) => outcomeAt(d));
    for (const o of old) {
      await h.db('ai_requests').insert({ task_id: o.task_id, created_at: o.created_at, task: o.task, provider_requested: 'auto', model: 'm', status: 'success', caller: 'tester' });
    }
    await h.db.migrate.up({ migrationSource });
    for (const table of ['ai_requests', thisMonth, DEFAULT_PARTITION]) expect(await columnsOf(h, table)).toEqual(NEW_COLUMNS);
    for (const table of [thisMonth, DEFAULT_PARTITION]) expect(await filterIndexesOf(h, table)).toBe(4);
    const before = await h.db('ai_requests').whereIn('task_id', old.map((o) => o.task_id)).select('task_id', ...NEW_COLUMNS);
    expect(before.map(({ task_id: _id, ...rest }) => rest)).toEqual([0, 1].map(() => ({ finish_reason: null, notes: null, requested_model: null })));

    // A partition created after the migration (retention's monthly job) has them too, and the store writes them there.
    const later = addMonths(monthOf(new Date()), 14);
    await createMonthPartition(h.sql, later);
    expect(await columnsOf(h, partitionName(later))).toEqual(NEW_COLUMNS);
    expect(await filterIndexesOf(h, partitionName(later))).toBe(4);
    const written = outcomeAt(new Date(monthStart(later).getTime() + 1_000), { finish_reason: 'length', requested_model: 'asked', model: 'answered', notes: ['a', 'b "quoted", {braced}', 'quoting a model: c\u0000d'] });
    await new HistoryStore(h.db).saveOutcome(written);
    expect((await partitionsOf(h.sql)).get(written.task_id)).toBe(partitionName(later));
    expect(await h.db('ai_requests').where({ task_id: written.task_id }).first('finish_reason', 'requested_model', 'model', 'notes')).toEqual({
      finish_reason: 'length',
      requested_model: 'asked',
      model: 'answered',
      // Array syntax survives; a NUL a note quoted is stored as U+FFFD rather than failing the record.
      notes: ['a', 'b "quoted", {braced}', 'quoting a model: c\ufffdd'],
    });

    await h.db.migrate.down({ migrationSource });
    for (const table of ['ai_requests', thisMonth, DEFAULT_PARTITION, partitionName(later)]) {
      expect(await columnsOf(h, table)).toEqual([]);
      expect(await filterIndexesOf(h, table)).toBe(0);
    }
    expect(await h.db('ai_requests').count<{ count: string }[]>('* as count')).toEqual([{ count: '3' }]);
    await h.db.migrate.up({ migrationSource });
  });
});
