/** A cached chat completion replayed as OpenAI's server-sent events when the request streams. */
import type { Response } from 'express';
import type { TaskOutcome } from '../../shared/task-schemas';
import { ChunkWriter } from '../v1/chat-completions/sse-writer';
import { COST_HEADER } from './cost-header';

export function replayAsStream(res: Response, hit: TaskOutcome, includeUsage: boolean): void {
  const model = `${hit.provider_used ?? 'unknown'}/${hit.model ?? 'unknown'}`;
  const writer = new ChunkWriter(res, {
    id: `chatcmpl-${hit.task_id}`,
    created: Math.floor(Date.parse(hit.created_at) / 1000),
    includeUsage,
    headers: { 'X-Task-Id': hit.task_id, [COST_HEADER]: '0' },
  });
  writer.open(model);
  if (hit.result) writer.text(model, hit.result);
  writer.finish({ model, finishReason: hit.finish_reason ?? 'stop', usage: hit.usage ?? { input_tokens: 0, output_tokens: 0 } });
}
