/** POST /v1/chat/completions: OpenAI's Chat Completions, answered through the task queue. */
import { Router, type Request, type Response } from 'express';
import type { TaskOutcome } from '../../../shared/task-schemas';
import type { ChatJob } from '../../../shared/chat-job';
import type { CompletionWaiter } from '../../completion-waiter';
import { HttpError } from '../../http-error';
import { placementFor } from '../../intake';
import { isAdmin } from '../../middleware/auth';
import { errorFor } from '../../tenant-view';
import { parseRequest } from '../errors';
import { awaitFinished } from '../await-outcome';
import type { ChatJobs, ChatSubmission } from '../chat-jobs';
import { requestDeadline, type DeadlineSettings } from '../deadline';
import type { V1Claim, V1Idempotency } from '../idempotency';
import { answerLostRelay } from '../relay-lost';
import type { ModelRoutes } from '../routing';
import { completionBody, type CallStyle } from './completion';
import type { ProviderInfo } from '../../../shared/providers/status';
import { assertSomeTargetCan } from './capabilities';
import type { ImageRules } from './image-url';
import { COST_HEADER, setCostHeader } from '../../spend/cost-header';
import type { ApiCache } from '../../spend/cache';
import { replayAsStream } from '../../spend/replay';
import { toChatMessages } from './messages';
import { responseFormatOf } from './response-format';
import { chatCompletionRequestSchema, type ChatCompletionRequest } from './schemas';
import type { StreamDeps } from '../relay-stream';
import { streamChatCompletion } from './stream';
import { toolsOf } from './tools';

export interface ChatCompletionDeps {
  routes: ModelRoutes;
  jobs: ChatJobs;
  waiter: CompletionWaiter;
  stream: StreamDeps;
  /** V1_REQUEST_TIMEOUT_SECONDS and TIMEOUT_OVERRIDES: each request's deadline (and the wait for its answer). */
  deadline: DeadlineSettings;
  maxTextChars: number;
  /** IMAGE_MAX_BYTES; `lookup` resolves image hosts (the system resolver unless a test names one). */
  images: ImageRules;
  /** What each provider is, for the capability check. */
  providers: ReadonlyMap<string, ProviderInfo>;
  /** The response cache (CACHE_TTL_SECONDS > 0); absent, nothing is cached. */
  cache?: ApiCache;
  /** Idempotency-Key: a repeat is answered from the first request's task. */
  idempotency: V1Idempotency;
}

async function chatJob(body: ChatCompletionRequest, tiers: ChatJob['tiers'], deadlineAt: number, images: ImageRules): Promise<ChatJob> {
  return {
    ...toolsOf(body),
    responseFormat: responseFormatOf(body.response_format),
    messages: await toChatMessages(body.messages, images),
    tiers,
    deadlineAt,
    stream: body.stream === true,
    maxOutputTokens: body.max_completion_tokens ?? body.max_tokens ?? undefined,
    temperature: body.temperature ?? undefined,
    topP: body.top_p ?? undefined,
    stop: typeof body.stop === 'string' ? [body.stop] : (body.stop ?? undefined),
  };
}

/** A repeat of an accepted request (Idempotency-Key): the first request's answer, enqueueing nothing. */
async function replay(req: Request, res: Response, deps: ChatCompletionDeps, idem: V1Claim, submission: ChatSubmission, how: { includeUsage: boolean; callStyle: CallStyle; waitMs: number }): Promise<void> {
  if (submission.chat.stream) {
    const since = Date.now();
    const filed = await deps.idempotency.expiredStream(idem, deps.jobs.streamKeys(idem.taskId).events);
    if (filed) return replayAsStream(res, filed, how.includeUsage);
    // A relay Redis lost before the answer was filed: the outcome, as the expired relay's repeat writes it.
    const lost = answerLostRelay(deps.idempotency, idem, { waitMs: how.waitMs, since }, (outcome) => replayAsStream(res, outcome, how.includeUsage));
    return streamChatCompletion(res, deps.stream, submission, how.includeUsage, how.callStyle, { taskId: idem.taskId, follow: true, keepOnClose: true, lost });
  }
  const outcome = await deps.idempotency.outcome(idem, how.waitMs);
  res.setHeader('X-Task-Id', outcome.task_id);
  sendCompletion(req, res, outcome, how.callStyle, true);
}

/** A replayed answer cost nothing this time. */
function sendCompletion(req: Request, res: Response, outcome: TaskOutcome, callStyle: CallStyle, replayed = false): void {
  if (outcome.status !== 'success') {
    const error = errorFor(outcome.error ?? { code: 'task_failed', message: 'the task failed' }, outcome.attempts, isAdmin(req));
    throw HttpError.fromTask(error.code, error.message);
  }
  if (replayed) res.setHeader(COST_HEADER, '0');
  else setCostHeader(res, outcome);
  res.json(completionBody(outcome, callStyle));
}

export function chatCompletionRoutes(deps: ChatCompletionDeps): Router {
  const router = Router();
  const schema = chatCompletionRequestSchema(deps.maxTextChars);

  router.post('/v1/chat/completions', async (req, res) => {
    const body = parseRequest(schema, req.body);
    const { tiers } = deps.routes.resolve(body.model, body.fallbacks);
    const deadline = requestDeadline(req, deps.deadline, body.model, tiers);
    const submission: ChatSubmission = {
      requested: body.model,
      chat: await chatJob(body, tiers, deadline.deadlineAt, deps.images),
      caller: req.caller,
      requestId: req.requestId,
      placement: placementFor(req.principal, 'interactive'),
    };
    assertSomeTargetCan(submission.chat, deps.providers);
    const callStyle: CallStyle = body.functions ? 'functions' : 'tools';
    const includeUsage = body.stream_options?.include_usage === true;
    const idem = await deps.idempotency.claim(req, res, 'v1/chat/completions', body, deps.jobs.newTaskId());
    if (idem?.replay) return replay(req, res, deps, idem, submission, { includeUsage, callStyle, waitMs: deadline.waitMs });
    // Streamed or not, the same question has the same answer: `stream` is not part of the key, nor is
    // this request's own deadline.
    const cached = await deps.cache?.lookup(req, res, 'v1/chat/completions', [
      body.model,
      body.fallbacks ?? null,
      callStyle,
      { ...submission.chat, stream: false, deadlineAt: undefined },
    ]);
    if (cached?.hit) {
      if (idem) await deps.idempotency.file(idem, cached.hit);
      if (submission.chat.stream) return replayAsStream(res, cached.hit, includeUsage);
      res.setHeader('X-Task-Id', cached.hit.task_id);
      setCostHeader(res, cached.hit);
      res.json(completionBody(cached.hit, callStyle));
      return;
    }
    submission.cache = cached?.entry;
    submission.idempotency = idem?.job;
    const taskId = idem?.taskId ?? deps.jobs.newTaskId();
    if (submission.chat.stream) {
      await streamChatCompletion(res, deps.stream, submission, includeUsage, callStyle, { taskId, keepOnClose: idem !== undefined });
      return;
    }

    res.setHeader('X-Queue-Lane', await deps.jobs.submit(taskId, submission));
    res.setHeader('X-Task-Id', taskId);
    sendCompletion(req, res, await awaitFinished(deps.waiter, taskId, deadline.waitMs), callStyle);
  });

  return router;
}
