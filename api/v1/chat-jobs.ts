/**
 * Puts chat completions on the task queue (the same queue, workers, breakers and history as
 * /ai/task) and cancels streamed ones whose client has gone.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { CHAT_COMPLETION_TASK, type ChatJob } from '../../shared/chat-job';
import type { RedisKeys } from '../../shared/redis-keys';
import { JOB_NAME, type TaskQueue } from '../../shared/queue';
import { withTimeout } from '../../shared/redis';
import type { JobData } from '../../shared/task-schemas';
import { HttpError } from '../http-error';

const REDIS_TIMEOUT_MS = 1_000;
/** A cancel flag outlives any job that could still pick it up. */
const CANCEL_TTL_SECONDS = 3_600;

export interface ChatSubmission {
  /** What the client asked for (`auto`, a route, `provider/model`): recorded as the requested provider. */
  requested: string;
  chat: ChatJob;
  caller: string;
  requestId: string;
  /** The response-cache entry the worker files the answer under. */
  cache?: JobData['cache'];
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
  ) {}

  newTaskId(): string {
    return randomUUID();
  }

  streamKeys(taskId: string): { events: string; cancel: string } {
    return this.redisKeys.chatStream(taskId);
  }

  async submit(taskId: string, submission: ChatSubmission): Promise<void> {
    if (this.redis.status !== 'ready') throw unavailable(new Error(`redis connection is ${this.redis.status}`));
    const lastUser = [...submission.chat.messages].reverse().find((m) => m.role === 'user');
    const data: JobData = {
      taskId,
      task: CHAT_COMPLETION_TASK,
      // The history's input column: the question being answered.
      text: lastUser?.content ?? '',
      provider: submission.requested,
      options: {},
      caller: submission.caller,
      requestId: submission.requestId,
      enqueuedAt: Date.now(),
      chat: submission.chat,
      ...(submission.cache ? { cache: submission.cache } : {}),
    };
    try {
      await withTimeout(this.queue.add(JOB_NAME, data, { jobId: taskId }), REDIS_TIMEOUT_MS, 'enqueue');
    } catch (err) {
      throw unavailable(err);
    }
  }

  /** Best effort: the worker stops the provider call when it sees the flag (or never starts it). */
  async cancel(taskId: string): Promise<void> {
    await this.redis.set(this.redisKeys.chatStream(taskId).cancel, '1', 'EX', CANCEL_TTL_SECONDS).catch(() => undefined);
  }
}
