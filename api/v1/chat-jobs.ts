/**
 * Puts /v1 jobs (chat completions, embeddings) on the task queue through the one intake (the
 * same queue, lanes, workers, breakers and history as /ai/task) and cancels streamed ones whose
 * client has gone.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { CHAT_COMPLETION_TASK, messageText, type ChatJob } from '../../shared/chat-job';
import type { Lane } from '../../shared/fair/policy';
import type { RedisKeys } from '../../shared/redis-keys';
import type { JobData } from '../../shared/task-schemas';
import type { IdempotencyKeys } from '../idempotency-keys';
import { queueUnavailable } from '../queue-unavailable';
import type { Intake, Placement } from '../intake';

/** A cancel flag outlives any job that could still pick it up. */
const CANCEL_TTL_SECONDS = 3_600;

export interface ChatSubmission {
  /** What the client asked for (`auto`, a route, `provider/model`): recorded as the requested provider. */
  requested: string;
  chat: ChatJob;
  caller: string;
  requestId: string;
  /** Every /v1 request has someone waiting: the interactive lane, unless the key is batch-only. */
  placement: Placement;
  /** The response-cache entry the worker files the answer under. */
  cache?: JobData['cache'];
  /** Sent with an Idempotency-Key (./idempotency.ts): the key, and the record the worker files the answer under. */
  idempotency?: Required<Pick<JobData, 'idempotencyKey' | 'idempotency'>>;
}

export class ChatJobs {
  constructor(
    private readonly intake: Intake,
    private readonly redis: Redis,
    private readonly redisKeys: RedisKeys,
    /** Frees the Idempotency-Key of a job the intake refused. */
    private readonly idempotency?: IdempotencyKeys,
  ) {}

  newTaskId(): string {
    return randomUUID();
  }

  streamKeys(taskId: string): { events: string; cancel: string } {
    return this.redisKeys.chatStream(taskId);
  }

  /** Answers the lane the job went to. */
  async submit(taskId: string, submission: ChatSubmission): Promise<Lane> {
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
      ...(submission.cache ? { cache: submission.cache } : {}),
      ...submission.idempotency,
    };
    return this.enqueue(data, submission.placement);
  }

  /** Any /v1 job (chat, embeddings), recorded and queued under its task id; answers its lane. */
  async enqueue(data: JobData, placement: Placement): Promise<Lane> {
    // While the connection is down, fail at once rather than after the timeout.
    try {
      if (this.redis.status !== 'ready') throw queueUnavailable(new Error(`redis connection is ${this.redis.status}`));
      return await this.intake.enqueue(data, placement);
    } catch (err) {
      // Nothing was enqueued: the client's retry with the same key must be accepted.
      if (data.idempotency) await this.idempotency?.free(data.idempotency);
      throw err;
    }
  }

  /** Best effort: the worker stops the provider call when it sees the flag (or never starts it). */
  async cancel(taskId: string): Promise<void> {
    await this.redis.set(this.redisKeys.chatStream(taskId).cancel, '1', 'EX', CANCEL_TTL_SECONDS).catch(() => undefined);
  }
}
