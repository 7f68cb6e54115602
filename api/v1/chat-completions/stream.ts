/**
 * Answers `stream: true` on /v1/chat/completions: the job relayed as OpenAI's chat chunks by the
 * loop every /v1 stream surface shares (../relay-stream.ts), with the lane in `X-Queue-Lane`.
 */
import type { Response } from 'express';
import type { ChatSubmission } from '../chat-jobs';
import { relayStream, type RelayOptions, type StreamDeps } from '../relay-stream';
import type { CallStyle } from './completion';
import { ChunkWriter } from './sse-writer';

/** Which task a stream relays; `follow` and `keepOnClose` serve Idempotency-Key (../idempotency.ts). */
export interface StreamedTask extends Omit<RelayOptions, 'laneHeader'> {
  taskId: string;
}

export async function streamChatCompletion(
  res: Response,
  deps: StreamDeps,
  submission: ChatSubmission,
  includeUsage: boolean,
  callStyle: CallStyle = 'tools',
  task: StreamedTask = { taskId: deps.jobs.newTaskId() },
): Promise<void> {
  const { taskId, ...relay } = task;
  const writer = new ChunkWriter(res, { id: `chatcmpl-${taskId}`, created: Math.floor(Date.now() / 1000), includeUsage, callStyle, headers: { 'X-Task-Id': taskId } });
  await relayStream(res, deps, taskId, submission, writer, { ...relay, laneHeader: true });
}
