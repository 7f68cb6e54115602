/**
 * The conversations behind /v1/responses, per caller key, in Postgres (table v1_responses), so that
 * `previous_response_id` is answered from the gateway's own records, whichever API replica or
 * provider served the earlier turn.
 */
import { z } from 'zod';
import { chatMessageSchema, type ChatMessage } from '../../../shared/chat-job';
import type { Db } from '../../../shared/db';
import { HttpError } from '../../http-error';

const TABLE = 'v1_responses';
const conversationSchema = z.array(chatMessageSchema);

export interface StoredResponse {
  id: string;
  caller: string;
  taskId: string;
  model: string;
  /** The input messages (instructions excluded: OpenAI does not carry them over) and the answer. */
  conversation: ChatMessage[];
}

export class ResponseStore {
  constructor(private readonly db: Db) {}

  async save(response: StoredResponse): Promise<void> {
    await this.db(TABLE)
      .insert({ id: response.id, caller: response.caller, task_id: response.taskId, model: response.model, conversation: JSON.stringify(response.conversation) })
      .onConflict('id')
      .ignore();
  }

  /** The conversation of a response this caller made; another key's response is as absent as a missing one. */
  async conversation(id: string, caller: string): Promise<ChatMessage[] | undefined> {
    let row: { conversation: unknown } | undefined;
    try {
      row = await this.db(TABLE).select('conversation').where({ id, caller }).first();
    } catch {
      throw new HttpError('database_unavailable', 'stored responses cannot be read right now (Postgres); try again shortly', { headers: { 'Retry-After': '1' } });
    }
    if (!row) return undefined;
    const parsed = conversationSchema.safeParse(typeof row.conversation === 'string' ? JSON.parse(row.conversation) : row.conversation);
    return parsed.success ? parsed.data : undefined;
  }
}
