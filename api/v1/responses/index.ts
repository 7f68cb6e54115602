/**
 * POST /v1/responses: OpenAI's Responses API (the AI SDK's default for `createOpenAI()(id)`),
 * translated onto the ordinary chat job, so any configured provider answers with the same queue,
 * failover, history and metrics: input items (./input.ts), function tools and text.format
 * (./tools.ts) through the chat path's own checks. Each answered response, its function calls
 * included, is stored per caller key (./store.ts) so that `previous_response_id` (and an
 * `item_reference` to one of its items) is answered from the gateway's own records.
 */
import { Router, type Request } from 'express';
import type { ChatJob, ChatMessage, ToolCall } from '../../../shared/chat-job';
import type { Outages } from '../../../shared/outage-log';
import type { ChatCompletionDeps } from '../chat-completions';
import { invalidRequest, parseRequest } from '../errors';
import { answerOnce, relayOnce } from '../idempotency';
import { responsesRequestSchema, type ResponsesRequest } from './schemas';
import type { ResponseStore } from './store';
import { ResponsesStreamWriter } from './stream-writer';
import { responseObject } from './translate';
import { inputMessages } from './input';
import { referencedItems } from './item-reference';
import { responsesToolsOf, textFormatOf } from './tools';
import { assertSomeTargetCan } from '../chat-completions/capabilities';
import { placementFor } from '../../intake';
import { requestDeadline } from '../deadline';

export interface ResponsesDeps extends ChatCompletionDeps {
  responses: ResponseStore;
  /** Postgres being away is logged once, not per stored response. */
  outages: Pick<Outages, 'postgres'>;
}

const hex = (taskId: string): string => taskId.replace(/-/g, '');

async function conversationOf(body: ResponsesRequest, deps: ResponsesDeps, caller: string): Promise<ChatMessage[]> {
  const earlier = body.previous_response_id ? await deps.responses.conversation(body.previous_response_id, caller) : [];
  if (!earlier) {
    throw invalidRequest('previous_response_id', `no stored response "${body.previous_response_id}" was made with this API key`, 'previous_response_not_found');
  }
  // Read after the stored turns, whose function calls this input's outputs may answer.
  const referenced = await referencedItems(body.input, deps.responses, caller);
  return [...earlier, ...(await inputMessages(body.input, earlier, referenced, deps.images))];
}

export function responsesRoutes(deps: ResponsesDeps): Router {
  const router = Router();
  const schema = responsesRequestSchema(deps.maxTextChars);

  /** Best effort: the answer is already the client's; only a later follow-up would miss it. */
  async function remember(req: Request, body: ResponsesRequest, id: string, taskId: string, model: string, conversation: ChatMessage[], answer: { text: string; calls: ToolCall[] }): Promise<void> {
    if (body.store === false) return;
    const turn: ChatMessage = { role: 'assistant', content: answer.text, ...(answer.calls.length > 0 ? { toolCalls: answer.calls } : {}) };
    await deps.responses
      .save({ id, caller: req.caller, taskId, model, conversation: [...conversation, turn] })
      .then(
        () => deps.outages.postgres.up(),
        (err: unknown) => deps.outages.postgres.down(err, { request_id: req.requestId, during: 'storing a response for previous_response_id' }),
      );
  }

  router.post('/v1/responses', async (req, res) => {
    const body = parseRequest(schema, req.body);
    const conversation = await conversationOf(body, deps, req.caller);
    if (!conversation.some((m) => m.role === 'user')) throw invalidRequest('input', 'the input must include at least one user message');
    const { tiers } = deps.routes.resolve(body.model, body.fallbacks);
    const deadline = requestDeadline(req, deps.deadline, body.model, tiers);
    const chat: ChatJob = {
      ...responsesToolsOf(body),
      responseFormat: textFormatOf(body),
      messages: body.instructions ? [{ role: 'system', content: body.instructions }, ...conversation] : conversation,
      tiers,
      deadlineAt: deadline.deadlineAt,
      stream: body.stream === true,
      maxOutputTokens: body.max_output_tokens ?? undefined,
      temperature: body.temperature ?? undefined,
      topP: body.top_p ?? undefined,
    };
    assertSomeTargetCan(chat, deps.providers);
    const idem = await deps.idempotency.claim(req, res, 'v1/responses', body, deps.jobs.newTaskId());
    const submission = { requested: body.model, chat, caller: req.caller, requestId: req.requestId, placement: placementFor(req.principal, 'interactive') };
    const taskId = idem?.taskId ?? deps.jobs.newTaskId();
    const view = { id: `resp_${hex(taskId)}`, messageId: `msg_${hex(taskId)}`, createdAt: Math.floor(Date.now() / 1000), request: body };

    if (chat.stream) {
      const writer = new ResponsesStreamWriter(res, view, { 'X-Task-Id': taskId });
      const finished = await relayOnce(res, deps, idem, taskId, submission, writer, deadline.waitMs);
      if (finished) await remember(req, body, view.id, taskId, finished.model, conversation, writer.answer);
      return;
    }
    const outcome = await answerOnce(res, deps, idem, taskId, submission, deadline.waitMs);
    const model = `${outcome.provider_used ?? 'unknown'}/${outcome.model ?? 'unknown'}`;
    const answer = { text: outcome.result ?? '', calls: outcome.tool_calls ?? [] };
    await remember(req, body, view.id, taskId, model, conversation, answer);
    res.json(
      responseObject({
        ...view,
        model,
        ...answer,
        finishReason: outcome.finish_reason,
        usage: { input_tokens: outcome.usage?.input_tokens ?? 0, output_tokens: outcome.usage?.output_tokens ?? 0 },
        status: 'completed',
      }),
    );
  });

  return router;
}
