/**
 * Answers `stream: true`: subscribe to the task's Redis Stream, enqueue the job, and forward what
 * the worker relays. Nothing is sent until the first text (or the end) arrives, so a failure
 * before the first byte is still an ordinary HTTP error. After that, the only endings are
 * `[DONE]` after a complete answer, or an in-band error event: when the worker goes silent past
 * the idle limit (it died), when entries are missing, or when the answer failed.
 */
import type { Response } from 'express';
import { HttpError } from '../../http-error';
import type { ChatSubmission } from '../chat-jobs';
import type { Subscription } from '../stream-hub';
import { subscribeToTask, type TaskStreamDeps } from '../task-stream';
import type { CallStyle } from './completion';
import { ChunkWriter } from './sse-writer';

export interface StreamDeps extends TaskStreamDeps {
  /** How long a started stream may stay silent (no text, no heartbeat) before the worker counts as gone. */
  idleGiveUpMs: number;
}

/** Comments keep proxies from closing a stream that is quiet while the worker fails over. */
const KEEP_ALIVE_MS = 15_000;

/** `gave_up`: the worker went silent; the job is cancelled in case it is still running somewhere. */
type Ending = 'finished' | 'client_gone' | 'gave_up';

async function forward(subscription: Subscription, writer: ChunkWriter, deps: StreamDeps): Promise<Ending> {
  let started = false;
  let expected = 1;
  for (;;) {
    const read = await subscription.next(started ? deps.idleGiveUpMs : deps.startWaitMs);
    if (read === 'closed') return 'client_gone';
    if (read === 'timeout') {
      const seconds = Math.round((started ? deps.idleGiveUpMs : deps.startWaitMs) / 1000);
      const message = started
        ? `the worker sent nothing for ${seconds} s; the answer is incomplete`
        : `no worker took the task within ${seconds} s`;
      if (!writer.isOpen) throw new HttpError('stream_timeout', message, { variant: started ? 'stalled' : undefined });
      writer.fail('stream_timeout', message);
      return 'gave_up';
    }
    started = true;
    switch (read.type) {
      case 'start':
      case 'hb':
        writer.keepAlive(KEEP_ALIVE_MS);
        break;
      case 'text':
      case 'tool_call_start':
      case 'tool_call_delta':
        // Text and tool-call pieces are numbered in one series: a gap means something went missing.
        if (read.seq !== expected) {
          writer.fail('stream_interrupted', 'part of the answer went missing on its way from the worker');
          return 'finished';
        }
        expected += 1;
        if (read.type === 'text') writer.content(`${read.provider}/${read.model}`, read.text);
        else if (read.type === 'tool_call_start') writer.toolCallStart(`${read.provider}/${read.model}`, read);
        else writer.toolCallArguments(`${read.provider}/${read.model}`, read.index, read.arguments);
        break;
      case 'end':
        if (read.texts !== expected - 1) {
          writer.fail('stream_interrupted', 'part of the answer went missing on its way from the worker');
          return 'finished';
        }
        writer.finish({ model: `${read.provider}/${read.model}`, finishReason: read.finish_reason, usage: read.usage });
        return 'finished';
      case 'error':
        if (!writer.isOpen) throw HttpError.fromTask(read.code, read.message);
        writer.fail(read.code, read.message);
        return 'finished';
    }
  }
}

/** Which task a stream relays; `follow` and `keepOnClose` serve Idempotency-Key (../idempotency.ts). */
export interface StreamedTask {
  taskId: string;
  /** A repeat: relay the task already queued from its first event, enqueue nothing. */
  follow?: boolean;
  /** The client may come back with its key: a client gone does not cancel the task. */
  keepOnClose?: boolean;
}

export async function streamChatCompletion(
  res: Response,
  deps: StreamDeps,
  submission: ChatSubmission,
  includeUsage: boolean,
  callStyle: CallStyle = 'tools',
  task: StreamedTask = { taskId: deps.jobs.newTaskId() },
): Promise<void> {
  const taskId = task.taskId;
  const subscription = subscribeToTask(deps, taskId);
  const writer = new ChunkWriter(res, { id: `chatcmpl-${taskId}`, created: Math.floor(Date.now() / 1000), includeUsage, callStyle, headers: { 'X-Task-Id': taskId } });
  let enqueued = false;
  let ending: Ending | undefined;
  res.on('close', () => {
    subscription.close();
    if (enqueued && ending === undefined && !task.keepOnClose) void deps.jobs.cancel(taskId);
  });
  try {
    if (!task.follow) res.setHeader('X-Queue-Lane', await deps.jobs.submit(taskId, submission));
    enqueued = true;
    res.setHeader('X-Task-Id', taskId);
    ending = await forward(subscription, writer, deps);
    if (ending === 'gave_up' || (ending === 'client_gone' && !task.keepOnClose)) void deps.jobs.cancel(taskId);
  } catch (err) {
    ending = 'finished';
    // Gave up on a job that may still run: it should not call a provider for nobody.
    if (enqueued && err instanceof HttpError && err.code === 'stream_timeout') void deps.jobs.cancel(taskId);
    if (!writer.isOpen) throw err;
    writer.fail('internal_error', 'the stream failed unexpectedly; the answer is incomplete');
  } finally {
    subscription.close();
  }
}
