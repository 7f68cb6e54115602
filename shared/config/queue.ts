/** The task queue: its names in Redis, how workers take jobs, how long finished jobs are kept. */
import { z } from 'zod';
import { defineGroup, setting } from './variable';
import { int } from './values';

export const queueGroup = defineGroup('queue', 'Queue and workers', {
  QUEUE_NAME: setting(z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, _ . - only (it becomes part of Redis key names)'), {
    default: 'ai-tasks',
    description: 'The BullMQ queue the API fills and the workers drain.',
    example: 'ai-tasks-staging',
  }),
  QUEUE_PREFIX: setting(z.string().min(1).max(64), {
    default: 'aigw',
    description: 'BullMQ key prefix. Wrap it in braces (`{aigw}`) to keep one queue in one Redis Cluster slot.',
    example: '{aigw}',
  }),
  WORKER_CONCURRENCY: setting(int(1, 1000), { default: '10', description: 'Tasks one worker process runs at once.', example: '25' }),
  SYNC_WAIT_MS: setting(int(0, 600_000), {
    default: '30000',
    description: 'How long POST /ai/task waits for the answer before answering 202 with a status URL (never longer than TASK_DEADLINE_SECONDS).',
    example: '10000',
  }),
  JOB_LOCK_MS: setting(int(1_000, 600_000), {
    default: '9000',
    description:
      "BullMQ job lock, renewed every half of it while a task runs. A killed worker's job is taken over within JOB_LOCK_MS + STALLED_INTERVAL_MS (12 s by default; docs/reliability.md). An event loop blocked longer than this loses the lock and the task runs twice.",
    example: '20000',
  }),
  STALLED_INTERVAL_MS: setting(int(1_000, 600_000), {
    default: '3000',
    description: 'How often the stalled-job check looks for jobs whose worker died (one check per interval for the whole fleet). Keep it at most JOB_LOCK_MS.',
    example: '5000',
  }),
  JOB_RETENTION_SECONDS: setting(int(60, 30 * 86_400), {
    default: '86400',
    description: 'Completed jobs stay in Redis this long so late pollers and idempotent retries find them.',
    example: '3600',
  }),
  IDEMPOTENCY_TTL_SECONDS: setting(int(60, 30 * 86_400), {
    default: '86400',
    description: "How long an Idempotency-Key keeps pointing at its task (and, on /v1, the task's answer is kept in Redis for its repeats).",
    example: '172800',
  }),
});
