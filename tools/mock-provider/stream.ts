/**
 * Writes a streamed answer (`stream: true`) with the stream faults of the model-name grammar:
 * a late first token, a pause between chunks, a stream ended cleanly (cut), reset or stalled after
 * N chunks, one chunk that is not JSON, or no terminator. The fault starts after the headers, which is what
 * makes it a mid-stream fault rather than a failed request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StreamFault } from './behaviour';
import type { StreamParts } from './formats';

export interface StreamStats {
  /** Streams whose headers were sent. */
  started: number;
  /** Streams that sent their last event and ended. */
  completed: number;
  /** Streams the client closed before they ended: how a test sees a cancelled provider call. */
  aborted: number;
}

export interface StreamPlan {
  firstTokenMs?: number;
  chunkDelayMs?: number;
  fault?: StreamFault;
  requestIdHeader: Record<string, string>;
}

const INVALID_EVENT = 'data: {"id": "chatcmpl-broken", "choices": [ this is not JSON\n\n';

/** Resolves once `data` is handed to the socket, so a reset that follows cannot swallow it. */
function write(res: ServerResponse, data: string): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) resolve();
    else res.write(data, () => resolve());
  });
}

/** Resolves after `ms`, or at once when the client has gone (so a closed stream stops writing). */
export function pause(ms: number, res: ServerResponse): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    res.once('close', done);
    function done(): void {
      clearTimeout(timer);
      res.off('close', done);
      resolve();
    }
  });
}

export async function writeStream(
  req: IncomingMessage,
  res: ServerResponse,
  parts: StreamParts,
  plan: StreamPlan,
  stats: StreamStats,
): Promise<void> {
  if (res.destroyed) return;
  const fault = plan.fault;
  let ended = false;
  res.once('close', () => {
    if (!ended) stats.aborted += 1;
  });
  stats.started += 1;
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...plan.requestIdHeader });
  for (const event of parts.head) await write(res, event);
  await pause(plan.firstTokenMs ?? 0, res);

  for (const [i, piece] of parts.pieces.entries()) {
    if (res.destroyed) return;
    if (fault && 'chunks' in fault && i === fault.chunks) {
      ended = fault.kind !== 'stall-after';
      // cut: a well-formed end of the response, with neither a finish reason nor a terminator.
      if (fault.kind === 'cut-after') res.end();
      if (fault.kind === 'reset-after') req.socket.destroy();
      // stall: the connection stays open, silent, until the client gives up or the mock closes.
      return;
    }
    if (i > 0) await pause(plan.chunkDelayMs ?? 0, res);
    if (res.destroyed) return;
    await write(res, piece);
    if (fault?.kind === 'invalid-chunk' && i === 0) await write(res, INVALID_EVENT);
  }
  for (const event of parts.tail) await write(res, event);
  // The finish reason is out; the stream never ends.
  if (fault?.kind === 'stall-at-end') return;
  // Gemini has no terminator: its stream just ends.
  if (fault?.kind !== 'no-terminator' && parts.terminator !== '') await write(res, parts.terminator);
  ended = true;
  stats.completed += 1;
  res.end();
}
