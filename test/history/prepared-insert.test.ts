/**
 * The hot writes as named prepared statements (shared/prepared-insert.ts), against a real, migrated
 * Postgres: the three conflict rules store what Knex's statements stored, a statement is prepared
 * once per connection and row count, and a burst larger than the prepared sizes is still written.
 */
import { randomUUID } from 'node:crypto';
import { createDb, type Db } from '../../shared/db';
import { PreparedInsert } from '../../shared/prepared-insert';
import { migratedDatabase, type HistoryDb } from './helpers';

const TABLE = 'ai_requests';
const KEY = ['task_id', 'created_at'];
const CREATED = '2026-12-04T10:00:00.000Z';

function queuedRow(taskId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { task_id: taskId, created_at: CREATED, task: 'summarize', provider_requested: 'openai', caller: 'anonymous', status: 'queued', notes: null, ...extra };
}

describe('PreparedInsert', () => {
  let h: HistoryDb;
  // One connection, so the statements Postgres keeps are visible to the test's own query on it.
  let db: Db;

  beforeEach(async () => {
    h = await migratedDatabase();
    db = createDb(h.url, 1);
  });
  afterEach(async () => {
    await db.destroy();
    await h.close();
  });

  const row = async (taskId: string) => (await h.client.query(`SELECT status, started_at, provider_used, notes FROM ${TABLE} WHERE task_id = $1`, [taskId])).rows[0] as Record<string, unknown> | undefined;
  const prepared = async () => ((await db.raw("SELECT name FROM pg_prepared_statements WHERE name LIKE 'aigw_%' ORDER BY name")).rows as { name: string }[]).map((r) => r.name);

  it('do nothing: a row already there is left as it is', async () => {
    const insert = new PreparedInsert(db, 'accepted', TABLE, KEY, { kind: 'ignore' });
    const id = randomUUID();
    await insert.run([queuedRow(id, { status: 'success', provider_used: 'openai' })]);
    await insert.run([queuedRow(id)]);
    expect(await row(id)).toMatchObject({ status: 'success', provider_used: 'openai' });
  });

  it('update all: the new row replaces every column it carries, arrays included', async () => {
    const upsert = new PreparedInsert(db, 'outcome', TABLE, KEY, { kind: 'update', columns: 'all' });
    const id = randomUUID();
    await upsert.run([queuedRow(id)]);
    await upsert.run([queuedRow(id, { status: 'success', provider_used: 'backup', notes: ['repaired JSON', 'a "quoted" note'] })]);
    expect(await row(id)).toMatchObject({ status: 'success', provider_used: 'backup', notes: ['repaired JSON', 'a "quoted" note'] });
  });

  it('update some, only while the status allows: a running mark never downgrades a final outcome', async () => {
    const outcome = new PreparedInsert(db, 'outcome', TABLE, KEY, { kind: 'update', columns: 'all' });
    const running = new PreparedInsert(db, 'running', TABLE, KEY, { kind: 'update', columns: ['started_at', 'status'], onlyIfStatusIn: ['queued', 'running'] });
    const queued = randomUUID();
    const done = randomUUID();
    await outcome.run([queuedRow(queued), queuedRow(done, { status: 'success' })]);
    const started = '2026-12-04T10:00:01.000Z';
    await running.run([queuedRow(queued, { status: 'running', started_at: started }), queuedRow(done, { status: 'running', started_at: started })]);
    expect(await row(queued)).toMatchObject({ status: 'running', started_at: new Date(started) });
    expect(await row(done)).toMatchObject({ status: 'success', started_at: null });
  });

  it('prepares one statement per row count on a connection and reuses it', async () => {
    const insert = new PreparedInsert(db, 'accepted', TABLE, KEY, { kind: 'ignore' });
    await insert.run([queuedRow(randomUUID())]);
    await insert.run([queuedRow(randomUUID())]);
    await insert.run([queuedRow(randomUUID()), queuedRow(randomUUID())]);
    const names = await prepared();
    expect(names).toHaveLength(2);
    expect(names.map((name) => name.replace(/_[0-9a-f]+$/, ''))).toEqual(['aigw_accepted_1', 'aigw_accepted_2']);
  });

  it('writes a burst larger than the prepared sizes unnamed, every row of it', async () => {
    const insert = new PreparedInsert(db, 'accepted', TABLE, KEY, { kind: 'ignore' });
    const ids = Array.from({ length: 50 }, () => randomUUID());
    await insert.run(ids.map((id) => queuedRow(id)));
    const { rows } = await h.client.query(`SELECT count(*)::int AS n FROM ${TABLE} WHERE task_id = ANY($1)`, [ids]);
    expect(rows[0]).toEqual({ n: 50 });
    expect(await prepared()).toEqual([]);
  });

  it('passes a Postgres error on with its SQLSTATE (a NUL is a data exception, class 22)', async () => {
    const insert = new PreparedInsert(db, 'accepted', TABLE, KEY, { kind: 'ignore' });
    await expect(insert.run([queuedRow(randomUUID(), { task: 'a\u0000b' })])).rejects.toMatchObject({ code: '22021' });
    // The connection goes back to the pool usable.
    await insert.run([queuedRow(randomUUID())]);
  });
});
