/**
 * Embedding calls: the same directives as chat (latency, status, hang, reset, truncated,
 * invalid-json, fail-first, fail-rate; first-token delays the answer, a stall never sends it).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { beginCall, fail, planCall, send, waitAsIfStreamed, type MockState } from './call';
import { isRecord, type Json } from './conversation';
import { geminiEmbeddingAnswer, openaiEmbeddingAnswer, type EmbeddingAnswer } from './embeddings';
import { WIRES } from './formats';

async function answer(state: MockState, req: IncomingMessage, res: ServerResponse, wireName: 'openai' | 'gemini', model: string, build: () => EmbeddingAnswer): Promise<void> {
  const wire = WIRES[wireName];
  const call = await beginCall(state, res, wire, model);
  if (!call) return;
  const built = build();
  if (!built.ok) return send(res, 400, wire.invalidRequest(built.problem), call.headers);
  const body = built.body;
  const plan = planCall(state, call);
  if (plan.failure) return fail(req, res, call, plan.failure, { healthyBody: () => body, streamed: false });
  if (!(await waitAsIfStreamed(res, call, plan, () => 1))) return;
  send(res, 200, body, call.headers);
}

/** `POST /v1/embeddings`: OpenAI, Mistral and OpenAI-compatible servers. */
export async function handleOpenAIEmbeddings(state: MockState, req: IncomingMessage, res: ServerResponse, body: Json | undefined): Promise<void> {
  if (!body || typeof body.model !== 'string') return send(res, 400, WIRES.openai.errorBody(400, 'unknown', { message: "'model' is required (mock)." }));
  const model = body.model;
  return answer(state, req, res, 'openai', model, () => openaiEmbeddingAnswer(body, model));
}

/** Gemini `:embedContent` and `:batchEmbedContents`, the model named in the path. */
export async function handleGeminiEmbeddings(state: MockState, req: IncomingMessage, res: ServerResponse, body: Json | undefined, model: string, batch: boolean): Promise<void> {
  if (!isRecord(body)) return send(res, 400, WIRES.gemini.invalidRequest({ message: 'Invalid JSON payload received: the body is not a JSON object (mock).' }));
  return answer(state, req, res, 'gemini', model, () => geminiEmbeddingAnswer(body, batch));
}
