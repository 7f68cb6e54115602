/**
 * Idempotency-Key on the /v1 endpoints (docs/api.md): the first request claims the key for its
 * task (the route and the parsed request hashed, so whitespace and key order do not matter and
 * the same key on two endpoints conflicts); a repeat enqueues nothing and answers from that task:
 * its filed answer when finished, else by waiting for it, or for `stream: true` by following its
 * Redis Stream from the first event. A failed first request fails its repeats the same way.
 */
import type { Request, Response } from 'express';
import type { Redis } from 'ioredis';
import type { IdempotencyAnswers, JobIdempotency } from '../../shared/idempotency';
import type { TaskOutcome } from '../../shared/task-schemas';
import type { CompletionWaiter } from '../completion-waiter';
import { idempotencyKeyOf, type IdempotencyKeys } from '../idempotency-keys';
import { awaitFinished, awaitOutcome, succeeded } from './await-outcome';
import type { ChatSubmission } from './chat-jobs';
import { answerLostRelay, streamOutcome } from './relay-lost';
import { relayStream, type Finish, type StreamDeps, type SurfaceWriter } from './relay-stream';

export interface V1Claim {
  /** The task the key points at: a new one to enqueue, or the first request's (`replay`). */
  taskId: string;
  /** A repeat of an accepted request: answer from its task and enqueue nothing. */
  replay: boolean;
  /** What a new job carries: the raw key for the history, the hashed record for the worker's answer. */
  job: { idempotencyKey: string; idempotency: JobIdempotency };
}

export interface V1IdempotencyDeps {
  keys: IdempotencyKeys;
  answers: IdempotencyAnswers;
  waiter: CompletionWaiter;
  redis: Redis;
}

export class V1Idempotency {
  constructor(private readonly deps: V1IdempotencyDeps) {}

  /** Undefined without an Idempotency-Key; a repeat is marked `Idempotent-Replayed: true`. */
  async claim(req: Request, res: Response, route: string, request: unknown, candidate: string): Promise<V1Claim | undefined> {
    const key = idempotencyKeyOf(req);
    if (key === undefined) return undefined;
    const claim = await this.deps.keys.claim(req.caller, key, [route, request], candidate);
    if (claim.reused) res.setHeader('Idempotent-Replayed', 'true');
    return { taskId: claim.taskId, replay: claim.reused, job: { idempotencyKey: key, idempotency: { ...claim.scope, ttlSeconds: this.deps.keys.ttlSeconds } } };
  }

  /**
   * A repeat's outcome: the filed one, else the task's own (waited for while it runs, within `waitMs`
   * from `since`); it may be a failure.
   */
  async outcome(claim: V1Claim, waitMs: number, since = Date.now()): Promise<TaskOutcome> {
    return (await this.filed(claim)) ?? awaitFinished(this.deps.waiter, claim.taskId, waitMs, since);
  }

  /** A repeat's answer; a failed first request's error is thrown again. */
  async answer(claim: V1Claim, waitMs: number): Promise<TaskOutcome> {
    return succeeded(await this.outcome(claim, waitMs));
  }

  /**
   * A streamed repeat of a finished task whose Redis Stream has expired: its filed answer, to be
   * written as a stream. Undefined means follow the task's stream (running, or still kept).
   */
  async expiredStream(claim: V1Claim, streamKey: string): Promise<TaskOutcome | undefined> {
    const filed = await this.filed(claim);
    if (!filed) return undefined;
    const kept = await this.deps.redis.exists(streamKey).catch(() => 0);
    return kept ? undefined : succeeded(filed);
  }

  /** An answer that did not come from a job (a response-cache hit) is the key's answer too. */
  async file(claim: V1Claim, outcome: TaskOutcome): Promise<void> {
    await this.deps.answers.put(claim.job.idempotency, outcome).catch(() => undefined);
  }

  private async filed(claim: V1Claim): Promise<TaskOutcome | undefined> {
    // Unreadable or Redis slow: the task's job may still have it.
    const filed = await this.deps.answers.get(claim.job.idempotency).catch(() => undefined);
    // The answer outlives its claim by the task's run time: a claim made since then is not its.
    return filed && (filed.task_id === claim.taskId || filed.cache_hit === true) ? filed : undefined;
  }
}

/**
 * A streamed repeat on a surface (Responses, Messages): the first request's task relayed again from
 * its first event, or, once its relay has expired, its filed answer written as a stream; a relay
 * Redis lost before the answer was filed is answered from the task's outcome (./relay-lost.ts).
 */
export async function replayStream(
  res: Response,
  deps: { idempotency: V1Idempotency; stream: StreamDeps },
  claim: V1Claim,
  submission: ChatSubmission,
  writer: SurfaceWriter,
  waitMs: number,
): Promise<Finish | undefined> {
  const since = Date.now();
  const filed = await deps.idempotency.expiredStream(claim, deps.stream.jobs.streamKeys(claim.taskId).events);
  if (filed) return streamOutcome(writer, filed);
  const lost = answerLostRelay(deps.idempotency, claim, { waitMs, since });
  return relayStream(res, deps.stream, claim.taskId, submission, writer, { follow: true, keepOnClose: true, lost });
}

interface OnceDeps {
  idempotency: V1Idempotency;
  stream: StreamDeps;
  waiter: CompletionWaiter;
}

/**
 * A streamed request on a surface: enqueued and relayed (a keyed one is not cancelled when its
 * client goes: the client may come back with its key), or a repeat replayed from the first task.
 */
export function relayOnce(
  res: Response,
  deps: OnceDeps,
  claim: V1Claim | undefined,
  taskId: string,
  submission: ChatSubmission,
  writer: SurfaceWriter,
  waitMs: number,
): Promise<Finish | undefined> {
  if (claim?.replay) return replayStream(res, deps, claim, submission, writer, waitMs);
  return relayStream(res, deps.stream, taskId, { ...submission, idempotency: claim?.job }, writer, { keepOnClose: claim !== undefined });
}

/** A non-streamed request on a surface: enqueued and waited for, or a repeat answered from the first task. */
export async function answerOnce(res: Response, deps: OnceDeps, claim: V1Claim | undefined, taskId: string, submission: ChatSubmission, waitMs: number): Promise<TaskOutcome> {
  if (claim?.replay) {
    res.setHeader('X-Task-Id', taskId);
    return deps.idempotency.answer(claim, waitMs);
  }
  await deps.stream.jobs.submit(taskId, { ...submission, idempotency: claim?.job });
  res.setHeader('X-Task-Id', taskId);
  return awaitOutcome(deps.waiter, taskId, waitMs);
}
