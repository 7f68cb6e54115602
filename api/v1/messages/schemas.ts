/**
 * Anthropic's Messages request as the gateway reads it. Read loosely (the SDK sends fields the
 * gateway has no use for, such as `metadata`), but what it cannot honour yet (tools, tool blocks,
 * images, extended thinking) is refused with a 400 naming the field, never dropped.
 */
import { z } from 'zod';

const block = z.looseObject({ type: z.string(), text: z.string().optional() });
const content = z.union([z.string(), z.array(block).min(1, 'content must not be empty')]);

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export function messagesRequestSchema(maxTextChars: number) {
  return z
    .looseObject({
      model: z.string().min(1).max(256).meta({ description: 'A bare model name (`claude-sonnet-4-5`), `provider/model`, a route, or `auto`: any configured provider can answer' }),
      max_tokens: z.number().int().min(1),
      messages: z.array(z.looseObject({ role: z.enum(['user', 'assistant'], 'role is "user" or "assistant"'), content })).min(1, 'messages must not be empty').max(1_000),
      system: nullable(z.union([z.string(), z.array(block)])),
      stop_sequences: nullable(z.array(z.string()).max(16)),
      temperature: nullable(z.number().min(0).max(1)),
      top_p: nullable(z.number().min(0).max(1)),
      stream: nullable(z.boolean()),
      fallbacks: z.array(z.string().min(1).max(256)).max(16).optional(),
      tools: nullable(z.array(z.unknown()).max(0, 'tools are not supported on /v1/messages yet')),
      thinking: nullable(z.looseObject({ type: z.literal('disabled', 'extended thinking is not supported') })),
    })
    .superRefine((body, ctx) => {
      const total = JSON.stringify(body.messages).length + JSON.stringify(body.system ?? '').length;
      if (total > maxTextChars) ctx.addIssue({ code: 'custom', path: ['messages'], message: `the messages hold more than ${maxTextChars} characters` });
    });
}
export type MessagesRequest = z.infer<ReturnType<typeof messagesRequestSchema>>;

/** count_tokens takes the same conversation; the limits and sampling fields do not matter there. */
export const countTokensSchema = z.looseObject({
  model: z.string().min(1).max(256),
  messages: z.array(z.looseObject({ role: z.enum(['user', 'assistant']), content })).min(1),
  system: nullable(z.union([z.string(), z.array(block)])),
  tools: nullable(z.array(z.unknown())),
});
export type CountTokensRequest = z.infer<typeof countTokensSchema>;

export interface AnthropicMessage {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: { type: 'text'; text: string }[];
  stop_reason: 'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use' | 'refusal';
  stop_sequence: string | null;
  usage: { input_tokens: number; output_tokens: number };
}
