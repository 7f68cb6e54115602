/**
 * The payload of a chat-completion job (POST /v1/chat/completions): the conversation, the targets
 * the API resolved from `model` and `fallbacks`, whether the answer is relayed as a stream, and
 * what the answer may or must be (tools the model may call, a JSON shape it must follow).
 * The API has already checked and normalised everything here; the worker's adapters translate it.
 */
import { z } from 'zod';

/** The task a chat completion runs as: recorded in the history, never accepted by POST /ai/task. */
export const CHAT_COMPLETION_TASK = 'chat_completion';

/**
 * A tool call the model made: `arguments` is the JSON text exactly as the model wrote it (OpenAI's
 * shape; the Responses and Anthropic surfaces render the same data their way).
 */
export const toolCallSchema = z.object({ id: z.string().min(1), name: z.string().min(1), arguments: z.string() });
export type ToolCall = z.infer<typeof toolCallSchema>;

/** An image in a user message: a `data:image/...;base64,` URL or an https URL to a public address (checked by the API). */
export const imagePartSchema = z.object({ type: z.literal('image'), url: z.string().min(1), detail: z.enum(['auto', 'low', 'high']).optional() });
export const textPartSchema = z.object({ type: z.literal('text'), text: z.string() });
export const userPartSchema = z.discriminatedUnion('type', [textPartSchema, imagePartSchema]);
export type UserPart = z.infer<typeof userPartSchema>;

export const systemMessageSchema = z.object({ role: z.literal('system'), content: z.string() });
export const userMessageSchema = z.object({ role: z.literal('user'), content: z.union([z.string(), z.array(userPartSchema)]) });
export const assistantMessageSchema = z.object({
  role: z.literal('assistant'),
  content: z.string(),
  /** The calls this turn made; their results follow as `tool` messages. */
  toolCalls: z.array(toolCallSchema).optional(),
});
export const toolMessageSchema = z.object({
  role: z.literal('tool'),
  toolCallId: z.string().min(1),
  /** The called tool's name, found from the assistant turn that made the call (Gemini and the AI SDK need it). */
  toolName: z.string().min(1),
  content: z.string(),
});

export const chatMessageSchema = z.discriminatedUnion('role', [systemMessageSchema, userMessageSchema, assistantMessageSchema, toolMessageSchema]);
export type ChatMessage = z.infer<typeof chatMessageSchema>;
export type UserMessage = z.infer<typeof userMessageSchema>;

/** A function the model may call; `parameters` is its JSON Schema (an object schema). */
export const chatToolSchema = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  parameters: z.record(z.string(), z.unknown()),
  strict: z.boolean().optional(),
});
export type ChatTool = z.infer<typeof chatToolSchema>;

/** `auto`: the model decides; `none`: no call; `required`: some call; `{name}`: that call. */
export const toolChoiceSchema = z.union([z.enum(['auto', 'none', 'required']), z.object({ name: z.string().min(1) })]);
export type ToolChoice = z.infer<typeof toolChoiceSchema>;

/** JSON output: any JSON object, or an instance of `schema` (checked against it when `strict`). */
export const responseFormatSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('json_object') }),
  z.object({
    type: z.literal('json_schema'),
    name: z.string().min(1),
    description: z.string().optional(),
    schema: z.record(z.string(), z.unknown()),
    strict: z.boolean().optional(),
  }),
]);
export type ResponseFormat = z.infer<typeof responseFormatSchema>;

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
  tools: z.array(chatToolSchema).optional(),
  toolChoice: toolChoiceSchema.optional(),
  /** False: at most one call per answer. */
  parallelToolCalls: z.boolean().optional(),
  responseFormat: responseFormatSchema.optional(),
});
export type ChatJob = z.infer<typeof chatJobSchema>;

/** The text of a message's content (image parts left out): the history's input column, prefill joins. */
export function messageText(message: ChatMessage): string {
  if (typeof message.content === 'string') return message.content;
  return message.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

/** The job's tiers, from either shape: a legacy job's `targets` become one-target tiers. */
export function chatTiers(chat: Pick<ChatJob, 'tiers' | 'targets'>): ChatTarget[][] {
  return chat.tiers ?? (chat.targets ?? []).map((t) => [t]);
}
