/**
 * The OpenAI Chat Completions shapes the gateway accepts and answers with. Requests are read
 * loosely (OpenAI's SDKs send fields the gateway has no use for, such as `user` or `store`), but
 * what it cannot honour (`n` > 1, audio and file parts) is refused rather than ignored.
 */
import { z } from 'zod';

const part = z.looseObject({ type: z.string() });
const content = z.union([z.string(), z.array(part)]).nullable();

/** Read loosely here; api/v1/chat-completions/messages.ts checks each role's fields and names the bad one. */
const message = z.looseObject({
  role: z.string().meta({ description: '`system`, `developer`, `user`, `assistant`, `tool` or the legacy `function`' }),
  content: content.optional(),
  name: z.string().optional(),
  tool_calls: z.array(z.unknown()).nullable().optional(),
  tool_call_id: z.string().optional(),
  function_call: z.unknown().optional(),
});

/** Images are bounded by IMAGE_MAX_BYTES (and the body by MAX_BODY_BYTES), not by MAX_TEXT_CHARS. */
function textLength(value: z.infer<typeof content> | undefined): number {
  if (typeof value === 'string') return value.length;
  return (value ?? []).reduce((sum, p) => sum + (p.type === 'image_url' ? 0 : JSON.stringify(p).length), 0);
}

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export function chatCompletionRequestSchema(maxTextChars: number) {
  return z
    .looseObject({
      model: z.string().min(1).max(256).meta({ description: '`auto`, a route name from ROUTES, `provider/model`, a provider name, or a configured model name' }),
      messages: z.array(message).min(1, 'messages must not be empty').max(1_000),
      stream: nullable(z.boolean()),
      stream_options: nullable(z.looseObject({ include_usage: z.boolean().optional() })),
      max_tokens: nullable(z.number().int().min(1)),
      max_completion_tokens: nullable(z.number().int().min(1)),
      temperature: nullable(z.number().min(0).max(2)),
      top_p: nullable(z.number().min(0).max(1)),
      n: nullable(z.literal(1, 'only n = 1 is supported')),
      stop: nullable(z.union([z.string(), z.array(z.string()).max(4)])),
      fallbacks: z
        .array(z.string().min(1).max(256))
        .max(16)
        .optional()
        .meta({ description: 'Gateway extension: the routes to try, in order, after `model` (`[]`: none). Without it `provider/model` falls back along the `auto` chain.' }),
      tools: nullable(z.array(z.unknown()).max(128)).meta({ description: 'Functions the model may call (`{type: "function", function: {name, description, parameters, strict}}`)' }),
      tool_choice: nullable(z.unknown()).meta({ description: '`none`, `auto`, `required` or `{type: "function", function: {name}}`' }),
      parallel_tool_calls: nullable(z.boolean()),
      functions: nullable(z.array(z.unknown()).max(128)).meta({ description: 'Legacy form of `tools`' }),
      function_call: nullable(z.unknown()).meta({ description: 'Legacy form of `tool_choice`: `none`, `auto` or `{name}`' }),
      response_format: nullable(z.unknown()).meta({ description: '`{type: "text"}`, `{type: "json_object"}` or `{type: "json_schema", json_schema: {name, schema, strict}}`' }),
    })
    .superRefine((body, ctx) => {
      const total = body.messages.reduce((sum, m) => sum + textLength(m.content), 0);
      if (total > maxTextChars) ctx.addIssue({ code: 'custom', path: ['messages'], message: `the messages hold more than ${maxTextChars} characters` });
    });
}
export type ChatCompletionRequest = z.infer<ReturnType<typeof chatCompletionRequestSchema>>;
export type RequestMessage = ChatCompletionRequest['messages'][number];

const usage = z.object({ prompt_tokens: z.number().int(), completion_tokens: z.number().int(), total_tokens: z.number().int() });
const toolCall = z.object({
  id: z.string(),
  type: z.literal('function'),
  function: z.object({ name: z.string(), arguments: z.string().meta({ description: 'JSON text, as the model wrote it' }) }),
});
const toolCallDelta = z.object({
  index: z.number().int(),
  id: z.string().optional(),
  type: z.literal('function').optional(),
  function: z.object({ name: z.string().optional(), arguments: z.string().optional() }),
});
const finishReason = z.enum(['stop', 'length', 'content_filter', 'tool_calls', 'function_call']);
const functionCall = z.object({ name: z.string(), arguments: z.string() }).meta({ description: 'Legacy: answers a request that sent `functions`' });

export const chatCompletionSchema = z.object({
  id: z.string().meta({ description: '`chatcmpl-<task id>`: the task is also readable at GET /ai/task/{id}' }),
  object: z.literal('chat.completion'),
  created: z.number().int(),
  model: z.string().meta({ description: 'The `provider/model` that actually answered' }),
  system_fingerprint: z.null(),
  choices: z.array(
    z.object({
      index: z.literal(0),
      message: z.object({
        role: z.literal('assistant'),
        content: z.string().nullable().meta({ description: 'Null when the answer is only tool calls' }),
        refusal: z.null(),
        tool_calls: z.array(toolCall).optional(),
        function_call: functionCall.optional(),
      }),
      logprobs: z.null(),
      finish_reason: finishReason,
    }),
  ),
  usage: usage.meta({ description: 'The answering call only, not failed attempts' }),
});
export type ChatCompletion = z.infer<typeof chatCompletionSchema>;

export const chatCompletionChunkSchema = z.object({
  id: z.string(),
  object: z.literal('chat.completion.chunk'),
  created: z.number().int(),
  model: z.string(),
  system_fingerprint: z.null(),
  choices: z.array(
    z.object({
      index: z.literal(0),
      delta: z.object({ role: z.literal('assistant').optional(), content: z.string().nullable().optional(), tool_calls: z.array(toolCallDelta).optional(), function_call: z.object({ name: z.string().optional(), arguments: z.string().optional() }).optional() }),
      logprobs: z.null(),
      finish_reason: finishReason.nullable(),
    }),
  ),
  usage: usage.nullable().optional().meta({ description: 'With stream_options.include_usage: null on every chunk but the last, which has empty choices' }),
});
export type ChatCompletionChunk = z.infer<typeof chatCompletionChunkSchema>;
