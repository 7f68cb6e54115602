/**
 * Puts chat completions on the task queue (the same queue, workers, breakers and history as
 * /ai/task) and cancels streamed ones whose client has gone.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { CHAT_COMPLETION_TASK, messageText, type ChatJob } from '../../shared/chat-job';
import type { RedisKeys } from '../../shared/redis-keys';
import { JOB_NAME, type TaskQueue } from '../../shared/queue';
import { withTimeout } from '../../shared/redis';
import type { JobData } from '../../shared/task-schemas';
import { HttpError } from '../http-error';
import type { IntakeRecorder } from '../intake-record';

const REDIS_TIMEOUT_MS = 1_000;
/** A cancel flag outlives any job that could still pick it up. */
const CANCEL_TTL_SECONDS = 3_600;

export interface ChatSubmission {
  /** What the client asked for (`auto`, a route, `provider/model`): recorded as the requested provider. */
  requested: string;
  chat: ChatJob;
  caller: string;
  requestId: string;
}

function unavailable(err: unknown): HttpError {
  const reason = err instanceof Error ? err.message : String(err);
  return new HttpError('queue_unavailable', 'the task queue (Redis) is unreachable; try again shortly', { details: { reason }, headers: { 'Retry-After': '1' } });
}

export class ChatJobs {
  constructor(
    private readonly queue: TaskQueue,
    private readonly redis: Redis,
    private readonly redisKeys: RedisKeys,
    private readonly intake: IntakeRecorder,
  ) {}

  newTaskId(): string {
    return randomUUID();
  }

  streamKeys(taskId: string): { events: string; cancel: string } {
    return this.redisKeys.chatStream(taskId);
  }

  async submit(taskId: string, submission: ChatSubmission): Promise<void> {
    const lastUser = [...submission.chat.messages].reverse().find((m) => m.role === 'user');
    const data: JobData = {
      taskId,
      task: CHAT_COMPLETION_TASK,
      // The history's input column: the question being answered.
      text: lastUser ? messageText(lastUser) : '',
      provider: submission.requested,
      options: {},
      caller: submission.caller,
      requestId: submission.requestId,
      enqueuedAt: Date.now(),
      chat: submission.chat,
    };
    await this.enqueue(data);
  }

  /** Any /v1 job (chat, embeddings): on the task queue under its task id. */
  async enqueue(data: JobData): Promise<void> {
    const taskId = data.taskId;
    if (this.redis.status !== 'ready') throw unavailable(new Error(`redis connection is ${this.redis.status}`));
    // Recorded in Postgres first, so the job survives Redis losing its data (api/intake-record.ts).
    await this.intake.record(data);
    try {
      await withTimeout(this.queue.add(JOB_NAME, data, { jobId: taskId }), REDIS_TIMEOUT_MS, 'enqueue');
    } catch (err) {
      await this.intake.withdraw(data);
      throw unavailable(err);
    }
  }

  /** Best effort: the worker stops the provider call when it sees the flag (or never starts it). */
  async cancel(taskId: string): Promise<void> {
    await this.redis.set(this.redisKeys.chatStream(taskId).cancel, '1', 'EX', CANCEL_TTL_SECONDS).catch(() => undefined);
  }
}
