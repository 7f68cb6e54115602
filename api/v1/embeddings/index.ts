/**
 * POST /v1/embeddings: OpenAI's embeddings, answered through the task queue like chat (same
 * workers, breakers, history, metrics), with fallback only between the targets named.
 */
import { Router } from 'express';
import { EMBEDDINGS_TASK } from '../../../shared/embedding-job';
import type { TaskOutcome } from '../../../shared/task-schemas';
import { placementFor } from '../../intake';
import { parseRequest } from '../errors';
import { awaitOutcome } from '../await-outcome';
import type { ChatCompletionDeps } from '../chat-completions';
import { embeddingRequestSchema, type EmbeddingList } from './schemas';
import { requestDeadline } from '../deadline';

/** The openai SDKs ask for base64 by default: little-endian float32, which they decode. */
export function toBase64(vector: readonly number[]): string {
  const floats = Float32Array.from(vector);
  return Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength).toString('base64');
}

function listBody(outcome: TaskOutcome, base64: boolean): EmbeddingList {
  const tokens = outcome.usage?.input_tokens ?? 0;
  return {
    object: 'list',
    data: (outcome.embeddings ?? []).map((vector, index) => ({ object: 'embedding', index, embedding: base64 ? toBase64(vector) : vector })),
    model: `${outcome.provider_used ?? 'unknown'}/${outcome.model ?? 'unknown'}`,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  };
}

export function embeddingRoutes(deps: ChatCompletionDeps): Router {
  const router = Router();
  const schema = embeddingRequestSchema(deps.maxTextChars);

  router.post('/v1/embeddings', async (req, res) => {
    const body = parseRequest(schema, req.body);
    const { targets } = deps.routes.resolveEmbedding(body.model, body.fallbacks);
    const input = typeof body.input === 'string' ? [body.input] : body.input;
    const waitMs = requestDeadline(req, deps.deadline, body.model, [targets]).waitMs;
    const idem = await deps.idempotency.claim(req, res, 'v1/embeddings', body, deps.jobs.newTaskId());
    if (idem?.replay) {
      const outcome = await deps.idempotency.answer(idem, waitMs);
      res.setHeader('X-Task-Id', outcome.task_id);
      return void res.json(listBody(outcome, body.encoding_format === 'base64'));
    }
    const taskId = idem?.taskId ?? deps.jobs.newTaskId();
    await deps.jobs.enqueue({
      taskId,
      task: EMBEDDINGS_TASK,
      // The history's input column holds counts, never the texts' meaning-bearing vectors or the texts themselves.
      text: `${input.length} input(s), ${input.reduce((n, t) => n + t.length, 0)} characters`,
      provider: body.model,
      options: {},
      caller: req.caller,
      requestId: req.requestId,
      enqueuedAt: Date.now(),
      embedding: { input, targets, dimensions: body.dimensions ?? undefined },
      ...idem?.job,
    }, placementFor(req.principal, 'interactive'));
    res.setHeader('X-Task-Id', taskId);
    const outcome = await awaitOutcome(deps.waiter, taskId, waitMs);
    res.json(listBody(outcome, body.encoding_format === 'base64'));
  });

  return router;
}
