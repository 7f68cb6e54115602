/** The task queue, shared by the API (producer) and the workers (consumers). */
import { Queue, type ConnectionOptions, type Telemetry } from 'bullmq';
import type { Redis } from 'ioredis';
import type { JobData, TaskOutcome } from './task-schemas';

export const JOB_NAME = 'ai-task';
/**
 * Attempts at a whole job. Provider failures end in an outcome and Postgres outages park the job
 * without spending attempts (worker/processor.ts), so only an unexpected crash of the processor
 * spends one.
 */
export const JOB_ATTEMPTS = 3;

export interface QueueSettings {
  queueName: string;
  prefix: string;
  /** How long finished jobs stay in Redis (seconds). */
  retentionSeconds: number;
  /** Attempts at the whole job; a job is retried only when persisting its outcome failed. */
  attempts: number;
  /** Tracing on: `add` runs in a producer span whose context travels in the job (shared/tracing/bullmq.ts). */
  telemetry?: Telemetry;
}

export type TaskQueue = Queue<JobData, TaskOutcome, typeof JOB_NAME>;

export function createTaskQueue(connection: Redis, settings: QueueSettings): TaskQueue {
  return new Queue<JobData, TaskOutcome, typeof JOB_NAME>(settings.queueName, {
    connection: connection as ConnectionOptions,
    prefix: settings.prefix,
    telemetry: settings.telemetry,
    defaultJobOptions: {
      attempts: settings.attempts,
      backoff: { type: 'exponential', delay: 1_000 },
      removeOnComplete: { age: settings.retentionSeconds },
      removeOnFail: { age: settings.retentionSeconds },
    },
  });
}


/**
 * The longest a killed worker's job waits before another worker takes it over: its lock lapses at
 * most `lockMs` after the last renewal, and the stalled-job check, which only moves a job it already
 * saw unlocked-and-active once, runs every `stalledMs` (docs/reliability.md).
 */
export function takeoverBoundMs(lockMs: number, stalledMs: number): number {
  return Math.max(lockMs, stalledMs) + stalledMs;
}
