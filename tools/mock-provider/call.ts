/**
 * What every provider call goes through, whatever it asks for: counted per model, its model name
 * read as directives, the latency waited, and, when the plan says so, failed in the wire format's
 * own way. Chat and embeddings handlers (./chat.ts, ./embedding-calls.ts) build on this.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { decideCall, latencyMs, parseBehaviour, type Behaviour, type CallPlan, type Failure } from './behaviour';
import type { Json } from './conversation';
import { newRequestId, type WireSpec } from './formats';
import { sseEvent } from './wire/gemini';
import { pause, type StreamStats } from './stream';

export interface MockCounts {
  total: number;
  byModel: Record<string, number>;
  byPath: Record<string, number>;
}

/** The mock's mutable state, reset by `POST /__mock/reset`. */
export interface MockState {
  counts: MockCounts;
  callsPerModel: Map<string, number>;
  streams: StreamStats;
  random: () => number;
}

export interface Call {
  wire: WireSpec;
  model: string;
  callNumber: number;
  behaviour: Behaviour;
  /** The request id header, for the APIs that send one. */
  headers: Record<string, string>;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed || res.writableEnded) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Counts the call and reads its directives; answers the 400 itself when the model name is not valid grammar. */
export async function beginCall(state: MockState, res: ServerResponse, wire: WireSpec, model: string): Promise<Call | undefined> {
  state.counts.byModel[model] = (state.counts.byModel[model] ?? 0) + 1;
  const callNumber = (state.callsPerModel.get(model) ?? 0) + 1;
  state.callsPerModel.set(model, callNumber);
  const parsed = parseBehaviour(model);
  if (!parsed.ok) {
    send(res, 400, wire.errorBody(400, model, { message: parsed.error }));
    return undefined;
  }
  const delay = latencyMs(parsed.behaviour, state.random);
  if (delay > 0) await sleep(delay);
  const headers: Record<string, string> = wire.requestIdHeader ? { [wire.requestIdHeader]: newRequestId() } : {};
  return { wire, model, callNumber, behaviour: parsed.behaviour, headers };
}

export const planCall = (state: MockState, call: Call): CallPlan => decideCall(call.behaviour, call.callNumber, state.random);

export interface FailOptions {
  /** The healthy body, which `truncated` cuts in half. */
  healthyBody: () => Json;
  /** A Gemini block arrives as a server-sent event on a streamed call. */
  streamed: boolean;
}

export function fail(req: IncomingMessage, res: ServerResponse, call: Call, failure: Failure, options: FailOptions): void {
  const headers = { ...call.headers };
  switch (failure.kind) {
    case 'hang':
      return; // the socket stays open until the client gives up or the server closes
    case 'reset':
      req.socket.destroy();
      return;
    case 'truncated': {
      const full = JSON.stringify(options.healthyBody());
      send(res, 200, full.slice(0, Math.floor(full.length / 2)), headers);
      return;
    }
    case 'invalid-json':
      send(res, 200, 'mock: this body is not JSON', headers);
      return;
    case 'context-length': {
      const { status, body } = call.wire.contextLength();
      send(res, status, body, headers);
      return;
    }
    case 'content-filter': {
      const { status, body } = call.wire.contentFilter(call.model);
      if (status === 200 && options.streamed && !res.headersSent) {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...headers });
        res.end(sseEvent(body));
        return;
      }
      send(res, status, body, headers);
      return;
    }
    case 'status': {
      if (failure.retryAfterSeconds !== undefined) headers['retry-after'] = String(failure.retryAfterSeconds);
      if (failure.retryAfterMs !== undefined) headers['retry-after-ms'] = String(failure.retryAfterMs);
      const retryAfterMs = failure.retryAfterMs ?? (failure.retryAfterSeconds === undefined ? undefined : failure.retryAfterSeconds * 1000);
      send(res, failure.status, call.wire.errorBody(failure.status, call.model, { retryAfterMs }), headers);
    }
  }
}

/**
 * A non-streamed answer keeps the timing a stream of `pieces` chunks would have: it is sent when
 * the stream would have ended (first token, then a chunk delay per further piece), and never when
 * the stream would stall. Resolves false when the answer must not be sent.
 */
export async function waitAsIfStreamed(res: ServerResponse, call: Call, plan: CallPlan, pieces: () => number): Promise<boolean> {
  const stall = plan.streamFault?.kind === 'stall-after' || plan.streamFault?.kind === 'stall-at-end';
  if (stall) return false;
  const { firstTokenMs = 0, chunkDelayMs = 0 } = call.behaviour;
  // Counting the pieces builds the stream; only a chunk delay needs it (the benchmark's hot path has none).
  const total = firstTokenMs + (chunkDelayMs > 0 ? chunkDelayMs * Math.max(0, pieces() - 1) : 0);
  await pause(total, res);
  return !res.destroyed;
}
