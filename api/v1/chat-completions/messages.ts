/**
 * OpenAI request messages as the gateway's chat messages: system (and `developer`), user text and
 * images, assistant turns with their tool calls, and tool results (and the legacy `function`
 * role), each tool result tied to the call it answers so every provider can be sent it.
 */
import { z } from 'zod';
import type { ChatMessage, ToolCall, UserPart } from '../../../shared/chat-job';
import { invalidRequest } from '../errors';
import { checkImageHost, checkImageUrlForm, type ImageRules } from './image-url';
import type { RequestMessage } from './schemas';

type Parts = Exclude<RequestMessage['content'], string | null | undefined>;

function textPart(part: Parts[number], param: string): string {
  if (part.type === 'text' && typeof part.text === 'string') return part.text;
  // An assistant turn replayed from an answer may hold the refusal it was.
  if (part.type === 'refusal' && typeof part.refusal === 'string') return part.refusal;
  throw invalidRequest(`${param}.type`, `content of type "${part.type}" is not supported here; send text`, 'unsupported_content');
}

function textOf(content: RequestMessage['content'], param: string): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  return content.map((part, i) => textPart(part, `${param}.content[${i}]`)).join('');
}

const imageUrlPart = z.object({ image_url: z.union([z.string(), z.object({ url: z.string(), detail: z.enum(['auto', 'low', 'high']).nullish() })]) });

interface Context {
  images: ImageRules;
  /** Hosts of https images, to resolve once the whole conversation has been read. */
  hosts: { host: string; param: string }[];
}

function userContent(content: RequestMessage['content'], param: string, ctx: Context): string | UserPart[] {
  if (content === null || content === undefined || typeof content === 'string') return content ?? '';
  const parts = content.map((part, i): UserPart => {
    const at = `${param}.content[${i}]`;
    if (part.type !== 'image_url') return { type: 'text', text: textPart(part, at) };
    const image = imageUrlPart.safeParse(part);
    if (!image.success) throw invalidRequest(`${at}.image_url`, `${at}.image_url must be {"url": "https://..." or "data:image/...;base64,..."}`, 'invalid_image_url');
    const { url, detail } = typeof image.data.image_url === 'string' ? { url: image.data.image_url, detail: undefined } : image.data.image_url;
    const host = checkImageUrlForm(url, `${at}.image_url.url`, ctx.images);
    if (host !== undefined) ctx.hosts.push({ host, param: `${at}.image_url.url` });
    return { type: 'image', url, detail: detail ?? undefined };
  });
  return parts.every((p) => p.type === 'text') ? parts.map((p) => (p.type === 'text' ? p.text : '')).join('') : parts;
}

const toolCallSchema = z.object({ id: z.string().min(1), type: z.literal('function'), function: z.object({ name: z.string().min(1), arguments: z.string() }) });
const functionCallSchema = z.object({ name: z.string().min(1), arguments: z.string() });

/** Arguments must be a JSON object: providers other than OpenAI take them parsed. */
export function checkedArguments(text: string, param: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text === '' ? '{}' : text);
  } catch {
    throw invalidRequest(param, `${param} is not JSON`, 'invalid_tool_call');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalidRequest(param, `${param} must be a JSON object`, 'invalid_tool_call');
  return text === '' ? '{}' : text;
}

function assistantCalls(m: RequestMessage, param: string, legacyIndex: number): ToolCall[] | undefined {
  if (m.tool_calls !== undefined && m.tool_calls !== null && m.tool_calls.length > 0) {
    return m.tool_calls.map((raw, j) => {
      const call = toolCallSchema.safeParse(raw);
      const at = `${param}.tool_calls[${j}]`;
      if (!call.success) throw invalidRequest(at, `${at} must be {"id", "type": "function", "function": {"name", "arguments"}}`, 'invalid_tool_call');
      const { id, function: fn } = call.data;
      return { id, name: fn.name, arguments: checkedArguments(fn.arguments, `${at}.function.arguments`) };
    });
  }
  if (m.function_call === undefined || m.function_call === null) return undefined;
  const call = functionCallSchema.safeParse(m.function_call);
  if (!call.success) throw invalidRequest(`${param}.function_call`, `${param}.function_call must be {"name", "arguments"}`, 'invalid_tool_call');
  // The legacy API has no call ids: one is made up, and the `function` message after it answers it by name.
  return [{ id: `call_legacy_${legacyIndex}`, name: call.data.name, arguments: checkedArguments(call.data.arguments, `${param}.function_call.arguments`) }];
}

export async function toChatMessages(messages: readonly RequestMessage[], images: ImageRules): Promise<ChatMessage[]> {
  const ctx: Context = { images, hosts: [] };
  /** Calls made so far and not yet answered, by id. */
  const open = new Map<string, ToolCall>();
  const out = messages.map((m, i): ChatMessage => {
    const param = `messages[${i}]`;
    switch (m.role) {
      case 'system':
      case 'developer':
        // `developer` is OpenAI's newer name for the system role.
        return { role: 'system', content: textOf(m.content, param) };
      case 'user':
        return { role: 'user', content: userContent(m.content, param, ctx) };
      case 'assistant': {
        const toolCalls = assistantCalls(m, param, i);
        for (const call of toolCalls ?? []) open.set(call.id, call);
        return { role: 'assistant', content: textOf(m.content, param), ...(toolCalls ? { toolCalls } : {}) };
      }
      case 'tool': {
        if (typeof m.tool_call_id !== 'string' || m.tool_call_id === '') throw invalidRequest(`${param}.tool_call_id`, 'a tool message needs the tool_call_id it answers', 'invalid_tool_call');
        const call = open.get(m.tool_call_id);
        if (!call) throw invalidRequest(`${param}.tool_call_id`, `"${m.tool_call_id}" answers no tool call made earlier in the conversation`, 'invalid_tool_call');
        open.delete(m.tool_call_id);
        return { role: 'tool', toolCallId: call.id, toolName: call.name, content: textOf(m.content, param) };
      }
      case 'function': {
        const call = [...open.values()].find((c) => c.id.startsWith('call_legacy_') && c.name === m.name);
        if (!call) throw invalidRequest(`${param}.name`, `the function message "${m.name ?? ''}" answers no function_call made earlier`, 'invalid_tool_call');
        open.delete(call.id);
        return { role: 'tool', toolCallId: call.id, toolName: call.name, content: textOf(m.content, param) };
      }
      default:
        throw invalidRequest(`${param}.role`, `role "${m.role}" is not supported; use system, developer, user, assistant, tool or function`, 'unsupported_role');
    }
  });
  if (!out.some((m) => m.role === 'user')) throw invalidRequest('messages', 'the messages must include at least one user message');
  for (const { host, param } of ctx.hosts) await checkImageHost(host, param, images);
  return out;
}
