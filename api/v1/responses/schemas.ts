/**
 * OpenAI's Responses request as the gateway reads it: `input` as text or message items,
 * `instructions`, `previous_response_id`, the sampling limits, `stream`. Read loosely (SDKs send
 * `store`, `metadata`, `include`, `truncation`, ...), but tools, non-text `text.format` and
 * reasoning items are refused naming the field until the chat job carries them (v1b-INTEGRATION.md).
 */
import { z } from 'zod';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

const part = z.looseObject({ type: z.string(), text: z.string().optional() });
/** A message item (`type: "message"` or no type) or any other item, refused by the translation. */
const item = z.looseObject({ type: z.string().optional(), role: z.string().optional(), content: z.union([z.string(), z.array(part)]).optional() });

export function responsesRequestSchema(maxTextChars: number) {
  return z
    .looseObject({
      model: z.string().min(1).max(256).meta({ description: '`auto`, a route, `provider/model`, or a bare model name (`gpt-4o-mini`)' }),
      input: z.union([z.string().min(1, 'input must not be empty'), z.array(item).min(1, 'input must not be empty').max(1_000)]),
      instructions: nullable(z.string()),
      previous_response_id: nullable(z.string().min(1).max(200)),
      max_output_tokens: nullable(z.number().int().min(1)),
      temperature: nullable(z.number().min(0).max(2)),
      top_p: nullable(z.number().min(0).max(1)),
      stream: nullable(z.boolean()),
      store: nullable(z.boolean()),
      fallbacks: z.array(z.string().min(1).max(256)).max(16).optional(),
      tools: nullable(z.array(z.unknown()).max(0, 'tools are not supported on /v1/responses yet')),
      text: nullable(z.looseObject({ format: nullable(z.looseObject({ type: z.literal('text', 'only text.format {"type":"text"} is supported on /v1/responses yet') })) })),
    })
    .superRefine((body, ctx) => {
      const total = JSON.stringify(body.input).length + (body.instructions?.length ?? 0);
      if (total > maxTextChars) ctx.addIssue({ code: 'custom', path: ['input'], message: `the input holds more than ${maxTextChars} characters` });
    });
}
export type ResponsesRequest = z.infer<ReturnType<typeof responsesRequestSchema>>;
export type InputItem = Exclude<ResponsesRequest['input'], string>[number];
