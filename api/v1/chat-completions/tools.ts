/**
 * `tools`, `tool_choice`, `parallel_tool_calls` and their legacy forms (`functions`,
 * `function_call`) as the chat job's tools. Every schema is compiled here, so a provider is never
 * blamed (or failed over) for a client's broken schema.
 */
import { z } from 'zod';
import type { ChatJob, ChatTool, ToolChoice } from '../../../shared/chat-job';
import { compileJsonSchema } from '../../../shared/json-schema';
import { invalidRequest } from '../errors';
import type { ChatCompletionRequest } from './schemas';

/** OpenAI's rule for function names. */
const NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const EMPTY_PARAMETERS = { type: 'object', properties: {} };

const functionSchema = z.object({
  name: z.string(),
  description: z.string().nullish(),
  parameters: z.record(z.string(), z.unknown()).nullish(),
  strict: z.boolean().nullish(),
});
const toolSchema = z.object({ type: z.literal('function'), function: functionSchema });

/**
 * One function as the chat job's tool. `schemaField` is what the caller's API calls the parameters
 * schema (`parameters` here, `input_schema` on /v1/messages), so errors name the field it sent.
 */
export function parseFunction(raw: unknown, param: string, schemaField = 'parameters'): ChatTool {
  const parsed = functionSchema.safeParse(raw);
  if (!parsed.success) throw invalidRequest(param, `${param} must be {name, description?, ${schemaField}?} with ${schemaField} a JSON Schema object`, 'invalid_tools');
  const fn = parsed.data;
  if (!NAME.test(fn.name)) throw invalidRequest(`${param}.name`, `function names are 1 to 64 letters, digits, _ or -; got ${JSON.stringify(fn.name.slice(0, 80))}`, 'invalid_tools');
  const parameters = fn.parameters ?? EMPTY_PARAMETERS;
  if (parameters.type !== undefined && parameters.type !== 'object') {
    throw invalidRequest(`${param}.${schemaField}`, `the ${schemaField} of "${fn.name}" must be an object schema ({"type": "object", ...})`, 'invalid_schema');
  }
  const compiled = compileJsonSchema(parameters);
  if (!compiled.ok) throw invalidRequest(`${param}.${schemaField}`, `the ${schemaField} of "${fn.name}" are not a valid JSON Schema: ${compiled.message}`, 'invalid_schema');
  return { name: fn.name, description: fn.description ?? undefined, parameters, strict: fn.strict ?? undefined };
}

/** Refuses two tools of one name: the model's call could not say which it meant. */
export function assertUniqueNames(tools: readonly ChatTool[], param: string): void {
  const seen = new Set<string>();
  for (const tool of tools) {
    if (seen.has(tool.name)) throw invalidRequest(param, `two tools are named "${tool.name}"`, 'invalid_tools');
    seen.add(tool.name);
  }
}

function parseTools(body: ChatCompletionRequest): ChatTool[] | undefined {
  const tools = body.tools ?? undefined;
  const functions = body.functions ?? undefined;
  if (tools !== undefined && functions !== undefined) throw invalidRequest('functions', 'send tools or the legacy functions, not both', 'invalid_tools');
  const parsed = tools?.map((raw, i) => {
    const tool = toolSchema.safeParse(raw);
    if (!tool.success) throw invalidRequest(`tools[${i}]`, `tools[${i}] must be {"type": "function", "function": {name, description?, parameters?, strict?}}`, 'invalid_tools');
    return parseFunction(tool.data.function, `tools[${i}].function`);
  }) ?? functions?.map((raw, i) => parseFunction(raw, `functions[${i}]`));
  if (parsed === undefined || parsed.length === 0) return undefined;
  assertUniqueNames(parsed, tools ? 'tools' : 'functions');
  return parsed;
}

const namedChoice = z.object({ type: z.literal('function'), function: z.object({ name: z.string() }) });
const legacyNamedChoice = z.object({ name: z.string() });

function parseChoice(body: ChatCompletionRequest, tools: readonly ChatTool[] | undefined): ToolChoice | undefined {
  const legacy = body.function_call !== undefined && body.function_call !== null;
  const raw: unknown = legacy ? body.function_call : body.tool_choice;
  const param = legacy ? 'function_call' : 'tool_choice';
  if (raw === undefined || raw === null) return undefined;
  if (legacy && body.tool_choice !== undefined && body.tool_choice !== null) throw invalidRequest('function_call', 'send tool_choice or the legacy function_call, not both', 'invalid_tool_choice');
  let choice: ToolChoice;
  if (raw === 'auto' || raw === 'none' || (!legacy && raw === 'required')) choice = raw;
  else {
    const named = legacy ? legacyNamedChoice.safeParse(raw) : namedChoice.safeParse(raw);
    if (!named.success) {
      const forms = legacy ? '"none", "auto" or {"name": ...}' : '"none", "auto", "required" or {"type": "function", "function": {"name": ...}}';
      throw invalidRequest(param, `${param} must be ${forms}`, 'invalid_tool_choice');
    }
    choice = { name: 'function' in named.data ? named.data.function.name : named.data.name };
  }
  return checkChoiceAgainstTools(choice, tools, param);
}

/** A choice that asks for a call needs tools, and a named one must be among them. */
export function checkChoiceAgainstTools(choice: ToolChoice, tools: readonly ChatTool[] | undefined, param: string): ToolChoice {
  if (choice === 'auto' || choice === 'none') return choice;
  if (!tools) throw invalidRequest(param, `${param} asks for a tool call but no tools were sent`, 'invalid_tool_choice');
  if (typeof choice === 'object' && !tools.some((t) => t.name === choice.name)) {
    throw invalidRequest(param, `${param} names "${choice.name}", which is not among the tools sent`, 'invalid_tool_choice');
  }
  return choice;
}

export function toolsOf(body: ChatCompletionRequest): Pick<ChatJob, 'tools' | 'toolChoice' | 'parallelToolCalls'> {
  const tools = parseTools(body);
  const toolChoice = parseChoice(body, tools);
  // The legacy functions API makes one call per answer.
  const parallel = body.functions ? false : (body.parallel_tool_calls ?? undefined);
  return { tools, toolChoice: tools ? toolChoice : undefined, parallelToolCalls: tools ? parallel : undefined };
}
