/**
 * What a worker writes to a streamed chat completion's Redis Stream, and the API reads back: one
 * JSON event per entry (field `d`). `text` entries are numbered so the reader can tell that none
 * went missing; `end` and `error` are the two ways a stream finishes; `hb` says the worker lives.
 */
import { z } from 'zod';

export const RELAY_FIELD = 'd';

const usage = z.object({ input_tokens: z.number().int(), output_tokens: z.number().int() });

export const relayEventSchema = z.discriminatedUnion('type', [
  /** The worker took the job. */
  z.object({ type: z.literal('start') }),
  z.object({ type: z.literal('hb') }),
  z.object({ type: z.literal('text'), seq: z.number().int().min(1), text: z.string(), provider: z.string(), model: z.string() }),
  /**
   * A tool call begins / the next piece of its JSON arguments. Numbered in the same `seq` series as
   * `text` (the reader checks that none went missing); `index` numbers the calls of one answer from 0.
   */
  z.object({ type: z.literal('tool_call_start'), seq: z.number().int().min(1), index: z.number().int().min(0), id: z.string(), name: z.string(), provider: z.string(), model: z.string() }),
  z.object({ type: z.literal('tool_call_delta'), seq: z.number().int().min(1), index: z.number().int().min(0), arguments: z.string(), provider: z.string(), model: z.string() }),
  /** The answer is complete: `texts` is how many numbered entries (text and tool-call pieces) make it up. */
  z.object({ type: z.literal('end'), texts: z.number().int().min(0), provider: z.string(), model: z.string(), finish_reason: z.string(), usage }),
  /** The answer failed; `code` is a task error code (`all_providers_failed`, `stream_interrupted`, ...). */
  z.object({ type: z.literal('error'), code: z.string(), message: z.string() }),
]);
export type RelayEvent = z.infer<typeof relayEventSchema>;

export function parseRelayEvent(fields: readonly string[]): RelayEvent | undefined {
  for (let i = 0; i + 1 < fields.length; i += 2) {
    if (fields[i] !== RELAY_FIELD) continue;
    try {
      const parsed = relayEventSchema.safeParse(JSON.parse(fields[i + 1] as string));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
