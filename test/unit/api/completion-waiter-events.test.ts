/**
 * Every job of the queue announces its completion on the event stream the API reads; only a
 * request waiting for that job needs its outcome. The API used to parse every completed job's
 * outcome (JSON and schema), waited for or not: the whole cost of async intake's completions.
 */
import type { Redis } from 'ioredis';
import { CompletionWaiter } from '../../../api/completion-waiter';
import { JobEventsSubscriber } from '../../../api/job-events';
import type { TaskQueue } from '../../../shared/queue';
import { successOutcome } from '../../helpers/outcome';

function waiterWithEvents(): { events: JobEventsSubscriber; waiter: CompletionWaiter } {
  // Never started: the test emits the stream's events itself.
  const events = new JobEventsSubscriber({} as Redis, 'events');
  // The job has not ended when the wait begins (no end fields), so only the event can settle it.
  const queue = { client: Promise.resolve({ hmget: async () => [null, null, null] }), toKey: (id: string) => id } as unknown as TaskQueue;
  return { events, waiter: new CompletionWaiter(events, queue) };
}

afterEach(() => jest.restoreAllMocks());

test('a completion nobody waits for is not parsed', () => {
  const { events } = waiterWithEvents();
  const parse = jest.spyOn(JSON, 'parse');
  events.emit('completed', { jobId: 'nobody-waits', returnvalue: JSON.stringify(successOutcome(new Date())) });
  expect(parse).not.toHaveBeenCalled();
});

test('a waiting request still gets the outcome from the event', async () => {
  const { events, waiter } = waiterWithEvents();
  const outcome = successOutcome(new Date(), { result: 'from the event' });
  const waiting = waiter.wait(outcome.task_id, 2_000);
  await new Promise((r) => setImmediate(r));
  events.emit('completed', { jobId: outcome.task_id, returnvalue: JSON.stringify(outcome) });
  await expect(waiting).resolves.toEqual({ kind: 'done', outcome });
  expect(waiter.pending).toBe(0);
});

test('an unreadable outcome still fails the waiting request', async () => {
  const { events, waiter } = waiterWithEvents();
  const waiting = waiter.wait('job-1', 2_000);
  events.emit('completed', { jobId: 'job-1', returnvalue: '{not json' });
  await expect(waiting).resolves.toEqual({ kind: 'failed', reason: 'the job finished without a readable outcome' });
});
