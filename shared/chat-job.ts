/**
 * The payload of a chat-completion job (POST /v1/chat/completions): the conversation, the targets
 * the API resolved from `model` and `fallbacks`, and whether the answer is relayed as a stream.
 */
import { z } from 'zod';

/** The task a chat completion runs as: recorded in the history, never accepted by POST /ai/task. */
export const CHAT_COMPLETION_TASK = 'chat_completion';

export const chatMessageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

/**
 * A tool call the model made: `arguments` is the JSON text exactly as the model wrote it (OpenAI's
 * shape; the Responses and Anthropic surfaces render the same data their way).
 */
export const toolCallSchema = z.object({ id: z.string().min(1), name: z.string().min(1), arguments: z.string() });
export type ToolCall = z.infer<typeof toolCallSchema>;

export const chatTargetSchema = z.object({ provider: z.string().min(1), model: z.string().min(1) });
export type ChatTarget = z.infer<typeof chatTargetSchema>;

export const chatJobSchema = z.object({
  messages: z.array(chatMessageSchema).min(1),
  /**
   * Tiers tried in order; the targets of a tier are equivalent and balanced among themselves (the
   * first that answers completely wins). Absent on jobs queued by an older API: see `targets`.
   */
  tiers: z.array(z.array(chatTargetSchema).min(1)).optional(),
  /** Legacy (jobs queued before tiers): tried in order, each its own tier. */
  targets: z.array(chatTargetSchema).optional(),
  /** Epoch ms by which the answer must be done (V1_REQUEST_TIMEOUT_SECONDS, TIMEOUT_OVERRIDES, the client's x-stainless-timeout); absent: the worker's TASK_DEADLINE_SECONDS. */
  deadlineAt: z.number().int().positive().optional(),
  stream: z.boolean(),
  maxOutputTokens: z.number().int().positive().optional(),
  temperature: z.number().optional(),
  topP: z.number().optional(),
  stop: z.array(z.string()).optional(),
});
export type ChatJob = z.infer<typeof chatJobSchema>;

/** The job's tiers, from either shape: a legacy job's `targets` become one-target tiers. */
export function chatTiers(chat: Pick<ChatJob, 'tiers' | 'targets'>): ChatTarget[][] {
  return chat.tiers ?? (chat.targets ?? []).map((t) => [t]);
}
