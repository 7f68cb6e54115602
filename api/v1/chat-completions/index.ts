/** POST /v1/chat/completions: OpenAI's Chat Completions, answered through the task queue. */
import { Router } from 'express';
import type { ChatJob } from '../../../shared/chat-job';
import type { CompletionWaiter } from '../../completion-waiter';
import { HttpError } from '../../http-error';
import { fieldErrors } from '../../schemas';
import type { ChatJobs, ChatSubmission } from '../chat-jobs';
import type { ModelRoutes } from '../routing';
import { completionBody } from './completion';
import { setCostHeader } from '../../spend/cost-header';
import type { ApiCache } from '../../spend/cache';
import { replayAsStream } from '../../spend/replay';
import { toChatMessages } from './messages';
import { chatCompletionRequestSchema, type ChatCompletionRequest } from './schemas';
import { streamChatCompletion, type StreamDeps } from './stream';

export interface ChatCompletionDeps {
  routes: ModelRoutes;
  jobs: ChatJobs;
  waiter: CompletionWaiter;
  stream: StreamDeps;
  /** How long a non-streamed request waits for its answer. */
  waitMs: number;
  maxTextChars: number;
  /** The response cache (CACHE_TTL_SECONDS > 0); absent, nothing is cached. */
  cache?: ApiCache;
}

function chatJob(body: ChatCompletionRequest, targets: ChatJob['targets']): ChatJob {
  return {
    messages: toChatMessages(body.messages),
    targets,
    stream: body.stream === true,
    maxOutputTokens: body.max_completion_tokens ?? body.max_tokens ?? undefined,
    temperature: body.temperature ?? undefined,
    topP: body.top_p ?? undefined,
    stop: typeof body.stop === 'string' ? [body.stop] : (body.stop ?? undefined),
  };
}

export function chatCompletionRoutes(deps: ChatCompletionDeps): Router {
  const router = Router();
  const schema = chatCompletionRequestSchema(deps.maxTextChars);

  router.post('/v1/chat/completions', async (req, res) => {
    const parsed = schema.safeParse(req.body);
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      throw new HttpError('invalid_request', fields.map((f) => `${f.field}: ${f.message}`).join('; '), { details: fields });
    }
    const body = parsed.data;
    const { targets } = deps.routes.resolve(body.model, body.fallbacks);
    const submission: ChatSubmission = { requested: body.model, chat: chatJob(body, targets), caller: req.caller, requestId: req.requestId };
    // Streamed or not, the same question has the same answer: `stream` is not part of the key.
    const cached = await deps.cache?.lookup(req, res, 'v1/chat/completions', [body.model, body.fallbacks ?? null, { ...submission.chat, stream: false }]);
    if (cached?.hit) {
      if (submission.chat.stream) return replayAsStream(res, cached.hit, body.stream_options?.include_usage === true);
      res.setHeader('X-Task-Id', cached.hit.task_id);
      setCostHeader(res, cached.hit);
      res.json(completionBody(cached.hit));
      return;
    }
    submission.cache = cached?.entry;
    if (submission.chat.stream) {
      await streamChatCompletion(res, deps.stream, submission, body.stream_options?.include_usage === true);
      return;
    }

    const taskId = deps.jobs.newTaskId();
    await deps.jobs.submit(taskId, submission);
    res.setHeader('X-Task-Id', taskId);
    const result = await deps.waiter.wait(taskId, deps.waitMs);
    if (result.kind === 'timeout') {
      throw new HttpError('timeout', `no answer within ${Math.round(deps.waitMs / 1000)} s; the task goes on at GET /ai/task/${taskId}`);
    }
    if (result.kind === 'failed') throw new HttpError('task_failed', `the task could not be completed: ${result.reason}`);
    const outcome = result.outcome;
    if (outcome.status !== 'success') {
      throw HttpError.fromTask(outcome.error?.code ?? 'task_failed', outcome.error?.message ?? 'the task failed');
    }
    setCostHeader(res, outcome);
    res.json(completionBody(outcome));
  });

  return router;
}
