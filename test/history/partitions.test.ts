/** The history is partitioned by month: partitions made ahead and on demand, idempotent writes across months, unchanged paging. */
import { randomUUID } from 'node:crypto';
import { HistoryQuery } from '../../api/history-query';
import { addMonths, monthOf, monthStart, partitionName } from '../../shared/history-partitions';
import { runHistoryMaintenance } from '../../shared/history-maintenance';
import type { JobData } from '../../shared/task-schemas';
import { outcomeBase } from '../../worker/outcome-base';
import { historyPerTest, outcomeAt, partitionNames, partitionsOf } from './helpers';

const now = new Date();
const thisMonth = monthOf(now);
const month = (offset: number) => addMonths(thisMonth, offset);
const HOUR = 3_600_000;

describe('history partitions', () => {
  const t = historyPerTest();

  it('a migrated database has the default partition and this month and the next two', async () => {
    expect(await partitionNames(t.h.sql)).toEqual(['ai_requests_default', ...[0, 1, 2].map((i) => partitionName(month(i)))].sort());
  });

  it('creates each partition once when several processes run maintenance at the same moment', async () => {
    const later = monthStart(month(6));
    const reports = await Promise.all(Array.from({ length: 6 }, () => runHistoryMaintenance({ databaseUrl: t.h.url, retentionDays: 0, now: later })));
    const created = reports.flatMap((r) => r.createdPartitions);
    expect(created.sort()).toEqual([6, 7, 8].map((i) => partitionName(month(i))));
    // Running it again changes nothing.
    expect((await runHistoryMaintenance({ databaseUrl: t.h.url, retentionDays: 0, now: later })).createdPartitions).toEqual([]);
    expect(await partitionNames(t.h.sql)).toEqual(expect.arrayContaining([0, 1, 2, 6, 7, 8].map((i) => partitionName(month(i)))));
  });

  it('takes a row of a month without a partition in the default partition, and moves it when that partition is made on demand', async () => {
    const future = outcomeAt(new Date(monthStart(month(36)).getTime() + HOUR));
    const past = outcomeAt(new Date(monthStart(month(-36)).getTime() + HOUR));
    await t.store.saveOutcome(future);
    await t.store.saveOutcome(past);
    expect(await partitionsOf(t.h.sql)).toEqual(
      new Map([
        [future.task_id, 'ai_requests_default'],
        [past.task_id, 'ai_requests_default'],
      ]),
    );

    const report = await runHistoryMaintenance({ databaseUrl: t.h.url, retentionDays: 0 });
    expect(report.createdPartitions.sort()).toEqual([partitionName(month(-36)), partitionName(month(36))].sort());
    expect(await partitionsOf(t.h.sql)).toEqual(
      new Map([
        [future.task_id, partitionName(month(36))],
        [past.task_id, partitionName(month(-36))],
      ]),
    );
    expect((await t.store.findById(future.task_id))?.result).toBe('ok');
    expect((await t.store.findById(past.task_id))?.created_at).toEqual(new Date(past.created_at));
  });

  it('keeps one row per task when a job queued in the last millisecond of a month runs twice in the next month', async () => {
    const enqueuedAt = monthStart(month(1)).getTime() - 1;
    const data: JobData = { taskId: randomUUID(), task: 'summarize', text: 'One. Two.', provider: 'auto', options: {}, caller: 'tester', enqueuedAt };
    const firstStart = new Date(enqueuedAt + 5);
    await t.store.markRunning(outcomeBase(data, firstStart));
    // The first worker dies; BullMQ hands the job to another, which runs it and writes its outcome (twice: a retried write).
    const secondStart = new Date(enqueuedAt + 60_000);
    await t.store.markRunning(outcomeBase(data, secondStart));
    const outcome = { ...outcomeAt(new Date(enqueuedAt)), ...outcomeBase(data, secondStart), finished_at: new Date(enqueuedAt + 61_000).toISOString() };
    await Promise.all([t.store.saveOutcome(outcome), t.store.saveOutcome(outcome)]);
    // A late "running" write from the first worker must not downgrade the outcome.
    await t.store.markRunning(outcomeBase(data, firstStart));

    const rows = await t.h.db('ai_requests').where({ task_id: data.taskId });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'success', created_at: new Date(enqueuedAt), started_at: secondStart });
    expect((await partitionsOf(t.h.sql)).get(data.taskId)).toBe(partitionName(thisMonth));
  });

  it('pages newest first across partitions and the default partition without repeats or gaps, before and after rows move', async () => {
    const ids: string[] = [];
    // Last month (no partition yet: the default one), this month and next, two rows per timestamp.
    for (const offset of [-1, 0, 1]) {
      for (let i = 0; i < 4; i += 1) {
        const o = outcomeAt(new Date(monthStart(month(offset)).getTime() + Math.floor(i / 2) * HOUR), { caller: 'pager' });
        ids.push(o.task_id);
        await t.store.saveOutcome(o);
      }
    }
    const query = new HistoryQuery(t.h.db);
    const readAll = async () => {
      const seen: { id: string; at: number }[] = [];
      let cursor = null;
      do {
        const page: Awaited<ReturnType<HistoryQuery['page']>> = await query.page('pager', { limit: 5, ...(cursor ? { cursor } : {}) });
        seen.push(...page.rows.map((r) => ({ id: r.task_id, at: r.created_at.getTime() })));
        cursor = page.next;
      } while (cursor);
      return seen;
    };
    const before = await readAll();
    expect(before.map((s) => s.id).sort()).toEqual([...ids].sort());
    for (let i = 1; i < before.length; i += 1) {
      const [a, b] = [before[i - 1], before[i]] as [{ id: string; at: number }, { id: string; at: number }];
      expect(a.at > b.at || (a.at === b.at && a.id > b.id)).toBe(true);
    }
    await runHistoryMaintenance({ databaseUrl: t.h.url, retentionDays: 0 });
    expect(new Set((await partitionsOf(t.h.sql)).values())).toEqual(new Set([-1, 0, 1].map((o) => partitionName(month(o)))));
    expect(await readAll()).toEqual(before);
  });
});
