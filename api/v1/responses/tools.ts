/**
 * The Responses API's `tools`, `tool_choice`, `parallel_tool_calls` and `text.format` as the chat
 * job's, through the chat path's own checks (api/v1/chat-completions/{tools,response-format}.ts):
 * the Responses shapes differ only in nesting (`{type: "function", name, parameters}` where chat
 * has `{type: "function", function: {name, parameters}}`). Built-in tools (web_search,
 * file_search, ...) run at OpenAI itself and no other provider has them: refused naming the tool.
 */
import { z } from 'zod';
import type { ChatJob, ChatTool, ResponseFormat, ToolChoice } from '../../../shared/chat-job';
import { invalidRequest } from '../errors';
import { requestedFormat } from '../chat-completions/response-format';
import { assertUniqueNames, checkChoiceAgainstTools, parseFunction } from '../chat-completions/tools';
import type { ResponsesRequest } from './schemas';

const typed = z.looseObject({ type: z.string() });

function parseTools(raw: readonly unknown[] | null | undefined): ChatTool[] | undefined {
  if (!raw || raw.length === 0) return undefined;
  const tools = raw.map((tool, i) => {
    const param = `tools[${i}]`;
    const kind = typed.safeParse(tool);
    if (!kind.success) throw invalidRequest(param, `${param} must be {"type": "function", name, description?, parameters?, strict?}`, 'invalid_tools');
    if (kind.data.type !== 'function') {
      throw invalidRequest(`${param}.type`, `${param}.type: built-in tools ("${kind.data.type}") are not supported on /v1/responses; only "function" tools are`, 'invalid_tools');
    }
    return parseFunction(tool, param);
  });
  assertUniqueNames(tools, 'tools');
  return tools;
}

const namedChoice = z.object({ type: z.literal('function'), name: z.string() });

function parseChoice(raw: unknown, tools: readonly ChatTool[] | undefined): ToolChoice | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (raw === 'auto' || raw === 'none' || raw === 'required') return checkChoiceAgainstTools(raw, tools, 'tool_choice');
  const named = namedChoice.safeParse(raw);
  if (!named.success) throw invalidRequest('tool_choice', 'tool_choice must be "none", "auto", "required" or {"type": "function", "name": ...}', 'invalid_tool_choice');
  return checkChoiceAgainstTools({ name: named.data.name }, tools, 'tool_choice');
}

export function responsesToolsOf(body: ResponsesRequest): Pick<ChatJob, 'tools' | 'toolChoice' | 'parallelToolCalls'> {
  const tools = parseTools(body.tools);
  const toolChoice = parseChoice(body.tool_choice, tools);
  return { tools, toolChoice: tools ? toolChoice : undefined, parallelToolCalls: tools ? (body.parallel_tool_calls ?? undefined) : undefined };
}

const formatSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }),
  z.object({ type: z.literal('json_object') }),
  z.object({
    type: z.literal('json_schema'),
    name: z.string(),
    description: z.string().nullish(),
    schema: z.record(z.string(), z.unknown()).nullish(),
    strict: z.boolean().nullish(),
  }),
]);

/** `text.format` as the job's response format (`text`: none). */
export function textFormatOf(body: ResponsesRequest): ResponseFormat | undefined {
  const raw = body.text?.format;
  if (raw === undefined || raw === null) return undefined;
  const parsed = formatSchema.safeParse(raw);
  if (!parsed.success) {
    throw invalidRequest('text.format', 'text.format must be {"type": "text"}, {"type": "json_object"} or {"type": "json_schema", name, schema, strict?}', 'invalid_response_format');
  }
  return requestedFormat(parsed.data, 'text.format');
}
