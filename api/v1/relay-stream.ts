/**
 * Forwards a streamed /v1 job to a surface's own event writer: OpenAI chat chunks
 * (chat-completions/sse-writer.ts), Anthropic Messages, Responses. Subscribe to the task's Redis
 * Stream, enqueue the job, and forward what the worker relays. Nothing is sent until the first text
 * or the end, so a failure before it is an ordinary HTTP error; after it the only endings are the
 * surface's completion events or its in-band error event: when the worker goes silent past the idle
 * limit (it died), when entries are missing, or when the answer failed. Tool-call events reach a
 * surface that relays them (`toolCallStart`/`toolCallArguments`); one that does not (it refused
 * tools) ends the stream as broken.
 */
import type { Response } from 'express';
import { isErrorCode } from '../../shared/errors/catalog';
import { HttpError } from '../http-error';
import type { ChatSubmission } from './chat-jobs';
import type { Subscription } from './stream-hub';
import { subscribeToTask, type TaskStreamDeps } from './task-stream';

export interface StreamDeps extends TaskStreamDeps {
  /** How long a started stream may stay silent (no text, no heartbeat) before the worker counts as gone. */
  idleGiveUpMs: number;
}

/** How a stream relays its task; `follow` and `keepOnClose` serve Idempotency-Key (./idempotency.ts). */
export interface RelayOptions {
  /** A repeat: relay the task already queued from its first event, enqueue nothing. */
  follow?: boolean;
  /** The client may come back with its key: a client gone does not cancel the task. */
  keepOnClose?: boolean;
  /** Name the lane the task went to in `X-Queue-Lane` (chat completions does). */
  laneHeader?: boolean;
  /**
   * A repeat's way to finish when the stream it follows is lost: Redis dropped it (all of it, its
   * head, or entries the repeat had not read yet), or the task ended without its end reaching the
   * repeat. Without it, a lost stream ends as broken or waits out the stream's time limits.
   */
  lost?: LostRelay;
}

/** What a stream has relayed to its client so far, for a `LostRelay` to go on from. */
export interface Relayed {
  text: string;
  /** Tool-call pieces were relayed: the answer cannot be taken up again from its text. */
  toolCalls: boolean;
}

export type LostRelay = (writer: SurfaceWriter, relayed: Relayed) => Promise<void>;

export interface Finish {
  model: string;
  finishReason: string;
  usage: { input_tokens: number; output_tokens: number };
}

/** What a surface writes; `open` sends the headers and the surface's opening events. */
export interface SurfaceWriter {
  readonly isOpen: boolean;
  open(model: string): void;
  text(model: string, text: string): void;
  /** A tool call begins: its index among the answer's calls, id and name; its JSON arguments follow in pieces. */
  toolCallStart?(model: string, call: { index: number; id: string; name: string }): void;
  toolCallArguments?(model: string, index: number, piece: string): void;
  finish(info: Finish): void;
  /** Ends an open stream with the surface's error event. `code` is a catalogue code, `message` the gateway's. */
  fail(code: string, message: string): void;
  keepAlive(): void;
}

/**
 * `gave_up`: the worker went silent; the job is cancelled in case it is still running somewhere.
 * `lost`: the stream is not whole (only when the relay has a `LostRelay` to finish another way).
 */
type Ending = 'finished' | 'client_gone' | 'gave_up' | 'lost';
export const LOST = 'part of the answer went missing on its way from the worker';

async function forward(subscription: Subscription, writer: SurfaceWriter, deps: StreamDeps, relayed: Relayed, canRecover: boolean): Promise<Ending> {
  let started = false;
  let expected = 1;
  const broken = (): Ending => {
    if (canRecover) return 'lost';
    writer.fail('stream_interrupted', LOST);
    return 'finished';
  };
  for (;;) {
    const read = await subscription.next(started ? deps.idleGiveUpMs : deps.startWaitMs);
    if (read === 'closed') return 'client_gone';
    // Told only to a relay that can recover: the task ended and its stream's end never came.
    if (read === 'task_ended') return 'lost';
    if (read === 'timeout') {
      const seconds = Math.round((started ? deps.idleGiveUpMs : deps.startWaitMs) / 1000);
      const message = started ? `the worker sent nothing for ${seconds} s; the answer is incomplete` : `no worker took the task within ${seconds} s`;
      if (!writer.isOpen) throw new HttpError('stream_timeout', message, { variant: started ? 'stalled' : undefined });
      writer.fail('stream_timeout', message);
      return 'gave_up';
    }
    // The worker writes `start` first: read from the beginning, a stream that opens otherwise has lost
    // its head (Redis dropped the stream mid-task and the worker's next write made it again).
    if (canRecover && !started && read.type !== 'start' && read.type !== 'error') return 'lost';
    started = true;
    switch (read.type) {
      case 'start':
      case 'hb':
        writer.keepAlive();
        break;
      case 'text':
      case 'tool_call_start':
      case 'tool_call_delta':
        // Text and tool-call pieces are numbered in one series: a gap means something went missing.
        if (read.seq !== expected) return broken();
        expected += 1;
        if (read.type !== 'text' && (!writer.toolCallStart || !writer.toolCallArguments)) {
          // Never requested (the surface refuses tools), so never expected: a broken stream.
          writer.fail('stream_interrupted', 'the answer held a tool call this endpoint does not relay');
          return 'finished';
        }
        if (read.type === 'text') {
          relayed.text += read.text;
          writer.text(`${read.provider}/${read.model}`, read.text);
        } else {
          relayed.toolCalls = true;
          if (read.type === 'tool_call_start') writer.toolCallStart?.(`${read.provider}/${read.model}`, read);
          else writer.toolCallArguments?.(`${read.provider}/${read.model}`, read.index, read.arguments);
        }
        break;
      case 'end':
        if (read.texts !== expected - 1) return broken();
        writer.finish({ model: `${read.provider}/${read.model}`, finishReason: read.finish_reason, usage: read.usage });
        return 'finished';
      case 'error':
        if (!writer.isOpen) throw HttpError.fromTask(read.code, read.message);
        writer.fail(isErrorCode(read.code) ? read.code : 'task_failed', read.message);
        return 'finished';
    }
  }
}

/** Enqueues `submission` (already `stream: true`) under `taskId` (unless `follow`) and relays it to `writer`. */
export async function relayStream(
  res: Response,
  deps: StreamDeps,
  taskId: string,
  submission: ChatSubmission,
  writer: SurfaceWriter,
  task: RelayOptions = {},
): Promise<Finish | undefined> {
  const subscription = subscribeToTask(deps, taskId, task.lost !== undefined);
  let enqueued = false;
  let ending: Ending | undefined;
  let finished: Finish | undefined;
  const watching: SurfaceWriter = {
    get isOpen() {
      return writer.isOpen;
    },
    open: (m) => writer.open(m),
    text: (m, t) => writer.text(m, t),
    toolCallStart: writer.toolCallStart?.bind(writer),
    toolCallArguments: writer.toolCallArguments?.bind(writer),
    finish: (info) => {
      finished = info;
      writer.finish(info);
    },
    fail: (c, m) => writer.fail(c, m),
    keepAlive: () => writer.keepAlive(),
  };
  res.on('close', () => {
    subscription.close();
    if (enqueued && ending === undefined && !task.keepOnClose) void deps.jobs.cancel(taskId);
  });
  try {
    if (!task.follow) {
      const lane = await deps.jobs.submit(taskId, submission);
      if (task.laneHeader) res.setHeader('X-Queue-Lane', lane);
    }
    enqueued = true;
    res.setHeader('X-Task-Id', taskId);
    const relayed: Relayed = { text: '', toolCalls: false };
    ending = await forward(subscription, watching, deps, relayed, task.lost !== undefined);
    if (ending === 'lost') {
      subscription.close();
      await task.lost?.(watching, relayed);
      return finished;
    }
    if (ending === 'gave_up' || (ending === 'client_gone' && !task.keepOnClose)) void deps.jobs.cancel(taskId);
    return finished;
  } catch (err) {
    ending = 'finished';
    // Gave up on a job that may still run: it should not call a provider for nobody.
    if (enqueued && err instanceof HttpError && err.code === 'stream_timeout') void deps.jobs.cancel(taskId);
    if (!writer.isOpen) throw err;
    writer.fail('internal_error', 'the stream failed unexpectedly; the answer is incomplete');
    return undefined;
  } finally {
    subscription.close();
  }
}

/** SSE headers every surface sends with its 200. */
export function openEventStream(res: Response, headers: Record<string, string>): void {
  res.status(200);
  res.set({
    ...headers,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    // nginx and similar proxies would otherwise buffer the stream.
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
}

/** One named server-sent event, skipped when the client is gone. */
export function writeEvent(res: Response, event: string, data: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}
