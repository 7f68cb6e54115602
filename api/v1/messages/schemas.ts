/**
 * Anthropic's Messages request as the gateway reads it. Read loosely (the SDK sends fields the
 * gateway has no use for, such as `metadata`); content blocks and tools are checked block by block
 * in ./content.ts and ./tools.ts, and what the gateway cannot honour (server tools, documents,
 * extended thinking) is refused with a 400 naming the field, never dropped.
 */
import { z } from 'zod';

const block = z.looseObject({ type: z.string(), text: z.string().optional() });
const content = z.union([z.string(), z.array(block).min(1, 'content must not be empty')]);
export type ContentBlock = z.infer<typeof block>;

/** Images are bounded by IMAGE_MAX_BYTES (and the body by MAX_BODY_BYTES), not by MAX_TEXT_CHARS. */
function textLength(value: z.infer<typeof content> | null | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return value.length;
  return value.reduce((sum, b) => sum + (b.type === 'image' ? 0 : JSON.stringify(b).length), 0);
}

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
      tools: nullable(z.array(z.unknown()).max(128)),
      tool_choice: nullable(z.unknown()),
      thinking: nullable(z.looseObject({ type: z.literal('disabled', 'extended thinking is not supported') })),
    })
    .superRefine((body, ctx) => {
      const total = body.messages.reduce((sum, m) => sum + textLength(m.content), textLength(body.system));
      if (total > maxTextChars) ctx.addIssue({ code: 'custom', path: ['messages'], message: `the messages hold more than ${maxTextChars} characters` });
    });
}
export type MessagesRequest = z.infer<ReturnType<typeof messagesRequestSchema>>;

/** count_tokens takes the same conversation; the limits and sampling fields do not matter there. */
export const countTokensSchema = z.looseObject({
  model: z.string().min(1).max(256),
  messages: z.array(z.looseObject({ role: z.enum(['user', 'assistant']), content })).min(1),
  system: nullable(z.union([z.string(), z.array(block)])),
  tools: nullable(z.array(z.unknown()).max(128)),
  tool_choice: nullable(z.unknown()),
});
export type CountTokensRequest = z.infer<typeof countTokensSchema>;

export interface AnthropicMessage {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: ({ type: 'text'; text: string } | { type: 'tool_use'; id: string; name: string; input: unknown })[];
  stop_reason: 'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use' | 'refusal';
  stop_sequence: string | null;
  usage: { input_tokens: number; output_tokens: number };
}
