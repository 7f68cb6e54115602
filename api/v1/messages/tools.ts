/**
 * Anthropic's `tools` and `tool_choice` as the chat job's tools, checked by the chat surface's own
 * rules (api/v1/chat-completions/tools.ts). Only client tools (`{name, description?, input_schema}`,
 * `type` absent or "custom") can be carried: Anthropic's server tools (web search, bash, computer,
 * text editor, ...) run inside Anthropic and mean nothing to another provider, so they are refused.
 */
import { z } from 'zod';
import type { ChatJob, ChatTool, ToolChoice } from '../../../shared/chat-job';
import { invalidRequest } from '../errors';
import { assertUniqueNames, checkChoiceAgainstTools, parseFunction } from '../chat-completions/tools';
import type { MessagesRequest } from './schemas';

/** Only an object here; parseFunction checks each field and names the bad one. */
const clientTool = z.looseObject({ name: z.unknown().optional(), description: z.unknown().optional(), input_schema: z.unknown().optional(), strict: z.unknown().optional() });

function parseTool(raw: unknown, param: string): ChatTool {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (type !== undefined && type !== null && type !== 'custom') {
    throw invalidRequest(`${param}.type`, `${param}.type: server tools (${JSON.stringify(type)}) are not supported; send client tools {name, description, input_schema}`, 'invalid_tools');
  }
  const tool = clientTool.safeParse(raw);
  if (!tool.success) throw invalidRequest(param, `${param} must be {name, description?, input_schema}`, 'invalid_tools');
  const { name, description, input_schema: parameters, strict } = tool.data;
  return parseFunction({ name, description, parameters, strict }, param, 'input_schema');
}

const choiceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auto'), disable_parallel_tool_use: z.boolean().optional() }),
  z.object({ type: z.literal('any'), disable_parallel_tool_use: z.boolean().optional() }),
  z.object({ type: z.literal('tool'), name: z.string().min(1), disable_parallel_tool_use: z.boolean().optional() }),
  z.object({ type: z.literal('none') }),
]);

function choiceOf(raw: unknown, tools: readonly ChatTool[] | undefined): { choice?: ToolChoice; parallel?: boolean } {
  if (raw === undefined || raw === null) return {};
  const parsed = choiceSchema.safeParse(raw);
  if (!parsed.success) throw invalidRequest('tool_choice', 'tool_choice must be {"type": "auto"}, {"type": "any"}, {"type": "tool", "name": ...} or {"type": "none"}', 'invalid_tool_choice');
  const given = parsed.data;
  // Anthropic's `any` is OpenAI's `required`: some call, the model picks which.
  const choice: ToolChoice = given.type === 'tool' ? { name: given.name } : given.type === 'any' ? 'required' : given.type;
  const disabled = 'disable_parallel_tool_use' in given ? given.disable_parallel_tool_use : undefined;
  return { choice: checkChoiceAgainstTools(choice, tools, 'tool_choice'), parallel: disabled === undefined ? undefined : !disabled };
}

export function toolsOf(body: Pick<MessagesRequest, 'tools' | 'tool_choice'>): Pick<ChatJob, 'tools' | 'toolChoice' | 'parallelToolCalls'> {
  const parsed = (body.tools ?? []).map((raw, i) => parseTool(raw, `tools[${i}]`));
  const tools = parsed.length > 0 ? parsed : undefined;
  if (tools) assertUniqueNames(tools, 'tools');
  const { choice, parallel } = choiceOf(body.tool_choice, tools);
  return { tools, toolChoice: tools ? choice : undefined, parallelToolCalls: tools ? parallel : undefined };
}
