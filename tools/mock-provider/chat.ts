/**
 * A chat call in any wire format: read the conversation (a malformed image is the provider's 400),
 * refuse a prefill under `no-prefill`, fail when the plan says so, else answer: whole, as
 * server-sent events, or (Gemini's streamGenerateContent without `alt=sse`) as one JSON array.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { beginCall, fail, planCall, send, waitAsIfStreamed, type MockState } from './call';
import { buildCompletion, type Json } from './conversation';
import type { WireSpec } from './formats';
import { writeStream } from './stream';
import { streamChunks } from './wire/gemini';

export type Delivery = 'whole' | 'sse' | 'json-array';

export interface ChatRequest {
  wire: WireSpec;
  body: Json | undefined;
  /** Gemini names the model in the path; the others in the body. */
  model: string | undefined;
  delivery: Delivery;
}

/**
 * A credential containing "revoked" (Bearer, x-api-key or x-goog-api-key) is refused with a 401
 * whatever the model: one key of several can be revoked while the others keep serving.
 */
function revokedKey(req: IncomingMessage): boolean {
  const presented = [req.headers.authorization, req.headers['x-api-key'], req.headers['x-goog-api-key']].flat().filter((v): v is string => typeof v === 'string');
  return presented.some((v) => v.includes('revoked'));
}

export async function handleChat(state: MockState, req: IncomingMessage, res: ServerResponse, request: ChatRequest): Promise<void> {
  const { wire, body, model, delivery } = request;
  if (!body || model === undefined) {
    const notJson = { message: 'Invalid JSON payload received: the body is not a JSON object (mock).' };
    send(res, 400, model === undefined ? wire.errorBody(400, 'unknown') : wire.invalidRequest(notJson));
    return;
  }
  const call = await beginCall(state, res, wire, model);
  if (!call) return;
  if (revokedKey(req)) {
    return send(res, 401, wire.errorBody(401, model, { message: 'Incorrect API key provided: this key was revoked (mock)' }), call.headers);
  }
  const read = wire.read(body);
  if (!read.ok) return send(res, 400, wire.invalidRequest(read.problem), call.headers);
  const conversation = read.conversation;
  const b = call.behaviour;
  if (b.noPrefill && conversation.lastTurn === 'assistant') {
    const message = "assistant prefill is not supported: the last message must be the user's (mock)";
    return send(res, 400, wire.errorBody(400, model, { message }), call.headers);
  }
  const plan = planCall(state, call);
  const options = { randomAnswer: b.randomAnswer, words: b.words, hitLimit: b.hitLimit, toolsParallel: b.toolsParallel, jsonFault: plan.jsonFault };
  const completion = buildCompletion(wire.completionId(), model, conversation, options, wire.toolCallId);
  if (plan.failure) return fail(req, res, call, plan.failure, { healthyBody: () => wire.successBody(completion), streamed: delivery === 'sse' });
  if (delivery === 'sse') {
    const streamPlan = { firstTokenMs: b.firstTokenMs, chunkDelayMs: b.chunkDelayMs, fault: plan.streamFault, requestIdHeader: call.headers };
    return writeStream(req, res, wire.streamParts(completion), streamPlan, state.streams);
  }
  if (!(await waitAsIfStreamed(res, call, plan, () => wire.streamParts(completion).pieces.length))) return;
  if (delivery === 'json-array') {
    const { pieces, tail } = streamChunks(completion);
    return send(res, 200, [...pieces, tail], call.headers);
  }
  send(res, 200, wire.successBody(completion), call.headers);
}
