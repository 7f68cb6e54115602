/**
 * OpenAI's Responses request as the gateway reads it: `input` as text or items (messages with text
 * and image parts, function_call and function_call_output), `instructions`, `previous_response_id`,
 * function `tools`, `tool_choice`, `parallel_tool_calls`, `text.format`, the sampling limits,
 * `stream`. Read loosely (SDKs send `store`, `metadata`, `include`, `truncation`, ...); each item
 * and tool is checked where it is translated (./input.ts, ./tools.ts), which names the bad field.
 */
import { z } from 'zod';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

const part = z.looseObject({ type: z.string(), text: z.string().optional() });
const content = z.union([z.string(), z.array(part)]);
/** A message item (`type: "message"` or no type), a function_call, function_call_output or item_reference item, or another, refused by ./input.ts. */
const item = z.looseObject({
  type: z.string().optional(),
  id: z.string().nullish(),
  role: z.string().optional(),
  content: content.optional(),
  call_id: z.string().optional(),
  name: z.string().optional(),
  arguments: z.string().optional(),
  output: content.optional(),
});

/** Images are bounded by IMAGE_MAX_BYTES (and the body by MAX_BODY_BYTES), not by MAX_TEXT_CHARS. */
function textLength(input: string | z.infer<typeof item>[]): number {
  if (typeof input === 'string') return input.length;
  const partsLength = (c: z.infer<typeof content> | undefined): number =>
    typeof c === 'string' ? c.length : (c ?? []).reduce((sum, p) => sum + (p.type === 'input_image' ? 0 : JSON.stringify(p).length), 0);
  return input.reduce((sum, i) => sum + partsLength(i.content) + partsLength(i.output) + (i.arguments?.length ?? 0), 0);
}

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
      tools: nullable(z.array(z.unknown()).max(128)).meta({ description: 'Function tools (`{type: "function", name, description, parameters, strict}`); built-in tools are refused' }),
      tool_choice: nullable(z.unknown()).meta({ description: '`none`, `auto`, `required` or `{type: "function", name}`' }),
      parallel_tool_calls: nullable(z.boolean()),
      text: nullable(z.looseObject({ format: nullable(z.unknown()) })).meta({ description: '`format`: `{type: "text"}`, `{type: "json_object"}` or `{type: "json_schema", name, schema, strict}`' }),
    })
    .superRefine((body, ctx) => {
      const total = textLength(body.input) + (body.instructions?.length ?? 0);
      if (total > maxTextChars) ctx.addIssue({ code: 'custom', path: ['input'], message: `the input holds more than ${maxTextChars} characters` });
    });
}
export type ResponsesRequest = z.infer<ReturnType<typeof responsesRequestSchema>>;
export type InputItem = Exclude<ResponsesRequest['input'], string>[number];
