/** HISTORY_RETENTION_DAYS: whole old months dropped, the boundary month trimmed in batches, newer rows and API keys untouched. */
import { HistoryQuery } from '../../api/history-query';
import { ApiKeyStore, hashKey } from '../../shared/api-key-store';
import { addMonths, createMonthPartition, monthOf, monthStart, partitionName } from '../../shared/history-partitions';
import { runHistoryMaintenance } from '../../shared/history-maintenance';
import { applyHistoryRetention } from '../../shared/history-retention';
import { testRedisUrl, uniqueName } from '../helpers/env';
import { runNode, waitForOutput } from '../helpers/processes';
import { parseExposition, total } from '../ops/helpers/prom-text';
import { historyPerTest, outcomeAt, partitionNames } from './helpers';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const thisMonth = monthOf(new Date());
const month = (offset: number) => addMonths(thisMonth, offset);

describe('history retention', () => {
  const t = historyPerTest();

  async function seed(at: Date): Promise<string> {
    const o = outcomeAt(at);
    await t.store.saveOutcome(o);
    return o.task_id;
  }

  it('drops exactly the months wholly before the cutoff, deletes older rows of the boundary month and the default partition in batches, and keeps the rest', async () => {
    const cutoff = new Date(monthStart(month(-2)).getTime() + 10 * DAY + 12 * HOUR);
    const now = new Date(cutoff.getTime() + 40 * DAY);
    for (const offset of [-6, -5, -4, -3, -2, -1]) await createMonthPartition(t.h.sql, month(offset));
    const at = (offset: number, plusMs: number) => new Date(monthStart(month(offset)).getTime() + plusMs);

    const inDroppedMonths = [await seed(at(-6, HOUR)), await seed(at(-6, 20 * DAY)), await seed(at(-4, 0)), await seed(at(-4, DAY)), await seed(at(-4, 2 * DAY))];
    inDroppedMonths.push(await seed(at(-3, 0)), await seed(new Date(monthStart(month(-2)).getTime() - 1)));
    const trimmed = [await seed(at(-2, 0)), await seed(new Date(cutoff.getTime() - 2 * HOUR)), await seed(new Date(cutoff.getTime() - HOUR)), await seed(new Date(cutoff.getTime() - 1))];
    trimmed.push(await seed(new Date(monthStart(month(-20)).getTime() + HOUR))); // in the default partition
    const kept = [await seed(cutoff), await seed(new Date(cutoff.getTime() + HOUR)), await seed(at(-1, DAY)), await seed(at(0, HOUR))];
    kept.push(await seed(at(30, HOUR))); // far ahead, in the default partition

    const result = await applyHistoryRetention(t.h.sql, now, 40, 2);

    expect(result.cutoff).toEqual(cutoff);
    expect(result.droppedPartitions).toEqual([-6, -5, -4, -3].map((o) => partitionName(month(o))));
    expect(result.rowsInDroppedPartitions).toBe(inDroppedMonths.length);
    expect(result.rowsDeleted).toBe(trimmed.length);
    const left = (await t.h.db('ai_requests').select('task_id')).map((r: { task_id: string }) => r.task_id);
    expect(left.sort()).toEqual([...kept].sort());
    const partitions = await partitionNames(t.h.sql);
    expect(partitions).toEqual(expect.arrayContaining([-2, -1, 0].map((o) => partitionName(month(o)))));
    for (const o of [-6, -5, -4, -3]) expect(partitions).not.toContain(partitionName(month(o)));

    // What refers to the removed rows still answers: a task lookup finds nothing, history pages what is left.
    expect(await t.store.findById(inDroppedMonths[0] as string)).toBeUndefined();
    expect(await t.store.findById(trimmed[1] as string)).toBeUndefined();
    const page = await new HistoryQuery(t.h.db).page(undefined, { limit: 50 });
    expect(page.rows.map((r) => r.task_id).sort()).toEqual([...kept].sort());
  });

  it('keeps everything when retention is 0 (the default)', async () => {
    const old = await seed(new Date(monthStart(month(-40)).getTime() + HOUR));
    const report = await runHistoryMaintenance({ databaseUrl: t.h.url, retentionDays: 0 });
    expect(report.retention).toBeNull();
    expect(await t.store.findById(old)).toBeDefined();
  });

  it('a worker applies HISTORY_RETENTION_DAYS on its own: logged, counted in its metrics, managed API keys untouched', async () => {
    const { key } = await new ApiKeyStore(t.h.db).create({ name: 'survivor', scopes: ['tasks', 'history'] });
    const oldMonth = month(-14);
    await createMonthPartition(t.h.sql, oldMonth);
    const oldRows = [await seed(new Date(monthStart(oldMonth).getTime() + HOUR)), await seed(new Date(monthStart(oldMonth).getTime() + DAY))];
    const recent = await seed(new Date(Date.now() - DAY));

    const worker = runNode('worker/main.js', {
      DATABASE_URL: t.h.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_NAME: uniqueName('q'),
      HISTORY_RETENTION_DAYS: '90',
      WORKER_METRICS_PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    });
    try {
      await waitForOutput(worker, /history retention applied/);
      const line = worker
        .output()
        .split('\n')
        .find((l) => l.includes('history retention applied')) as string;
      expect(JSON.parse(line)).toMatchObject({ level: 'info', dropped_partitions: [partitionName(oldMonth)], rows_in_dropped_partitions: 2 });
      await waitForOutput(worker, /worker started/);
      const started = JSON.parse(worker.output().split('\n').find((l) => l.includes('worker started')) as string) as { metrics_port: number };
      const samples = parseExposition(await (await fetch(`http://127.0.0.1:${started.metrics_port}/metrics`)).text());
      expect(total(samples, 'ai_history_partitions_dropped_total')).toBe(1);
      expect(total(samples, 'ai_history_rows_expired_total', { how: 'partition_dropped' })).toBe(2);
      expect(total(samples, 'ai_history_rows_expired_total', { how: 'deleted' })).toBe(0);
    } finally {
      worker.child.kill('SIGTERM');
      await worker.exited;
    }
    for (const id of oldRows) expect(await t.store.findById(id)).toBeUndefined();
    expect(await t.store.findById(recent)).toBeDefined();
    expect((await new ApiKeyStore(t.h.db).findActiveByHash(hashKey(key)))?.name).toBe('survivor');
  });
});
