/**
 * POST /v1/messages (Anthropic's Messages API) and POST /v1/messages/count_tokens: translated onto
 * the ordinary chat job, so whatever provider the model names (Claude or any other) answers, with
 * the same queue, failover, history and metrics as /v1/chat/completions. Errors are in
 * Anthropic's shape (./errors.ts, mounted in app.ts).
 */
import { Router } from 'express';
import { parseRequest } from '../errors';
import type { ChatCompletionDeps } from '../chat-completions';
import { answerOnce, relayOnce } from '../idempotency';
import { assertSomeTargetCan } from '../chat-completions/capabilities';
import { toChatMessages } from './content';
import { countTokensSchema, messagesRequestSchema, type AnthropicMessage } from './schemas';
import { MessagesStreamWriter } from './stream-writer';
import { toolsOf } from './tools';
import { chatJobOf, contentOf, estimateTokens, stopReason } from './translate';
import { placementFor } from '../../intake';
import { requestDeadline } from '../deadline';

export function messagesRoutes(deps: ChatCompletionDeps): Router {
  const router = Router();
  const schema = messagesRequestSchema(deps.maxTextChars);

  router.post('/v1/messages', async (req, res) => {
    const body = parseRequest(schema, req.body);
    const chat = await chatJobOf(body, deps.images);
    const { tiers } = deps.routes.resolve(body.model, body.fallbacks);
    const deadline = requestDeadline(req, deps.deadline, body.model, tiers);
    const submission = { requested: body.model, chat: { ...chat, tiers, deadlineAt: deadline.deadlineAt }, caller: req.caller, requestId: req.requestId, placement: placementFor(req.principal, 'interactive') };
    assertSomeTargetCan(submission.chat, deps.providers);
    const idem = await deps.idempotency.claim(req, res, 'v1/messages', body, deps.jobs.newTaskId());
    const taskId = idem?.taskId ?? deps.jobs.newTaskId();
    const id = `msg_${taskId.replace(/-/g, '')}`;
    if (chat.stream) {
      await relayOnce(res, deps, idem, taskId, submission, new MessagesStreamWriter(res, id, { 'X-Task-Id': taskId }), deadline.waitMs);
      return;
    }
    const outcome = await answerOnce(res, deps, idem, taskId, submission, deadline.waitMs);
    const message: AnthropicMessage = {
      id,
      type: 'message',
      role: 'assistant',
      model: `${outcome.provider_used ?? 'unknown'}/${outcome.model ?? 'unknown'}`,
      content: contentOf(outcome),
      stop_reason: stopReason(outcome.finish_reason, (outcome.tool_calls?.length ?? 0) > 0),
      stop_sequence: null,
      usage: { input_tokens: outcome.usage?.input_tokens ?? 0, output_tokens: outcome.usage?.output_tokens ?? 0 },
    };
    res.json(message);
  });

  // An estimate (about four characters a token), without calling a provider: enough for budgeting.
  // The conversation and tools are checked as /v1/messages would check them.
  router.post('/v1/messages/count_tokens', async (req, res) => {
    const body = parseRequest(countTokensSchema, req.body);
    await toChatMessages(body, deps.images);
    toolsOf(body);
    deps.routes.resolve(body.model, []);
    res.json({ input_tokens: estimateTokens(body) });
  });

  return router;
}
