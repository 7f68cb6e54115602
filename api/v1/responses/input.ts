/**
 * Responses input → the gateway's chat messages. Message items carry text (and, from the user,
 * `input_image` parts, checked as chat's image_url: api/v1/chat-completions/image-url.ts);
 * `function_call` items become the assistant turn's tool calls and `function_call_output` items
 * the tool messages that answer them, found among this input's calls or the stored conversation's
 * (`previous_response_id`). An `item_reference` to one of the gateway's own stored items
 * (./item-reference.ts) stands for that item. Other items (reasoning, built-in tool calls) are
 * refused naming the item.
 */
import type { ChatMessage, ToolCall, UserPart } from '../../../shared/chat-job';
import { invalidRequest } from '../errors';
import { checkImageHost, checkImageUrlForm, type ImageRules } from '../chat-completions/image-url';
import { checkedArguments } from '../chat-completions/messages';
import type { Referenced } from './item-reference';
import type { InputItem, ResponsesRequest } from './schemas';

const TEXT_PARTS = new Set(['input_text', 'output_text', 'text']);
const DETAILS = new Set(['auto', 'low', 'high']);

type Part = Exclude<InputItem['content'], string | undefined>[number];

interface Context {
  images: ImageRules;
  /** Hosts of https images, resolved once the whole input has been read. */
  hosts: { host: string; param: string }[];
  /** Calls made and not yet answered, by call_id. */
  open: Map<string, ToolCall>;
}

function partText(p: Part, param: string, also: string): string {
  if (TEXT_PARTS.has(p.type) && typeof p.text === 'string') return p.text;
  // An assistant turn replayed from an answer may hold the refusal it was.
  if (p.type === 'refusal' && typeof p.refusal === 'string') return p.refusal;
  throw invalidRequest(`${param}.type`, `content parts of type "${p.type}" are not supported here on /v1/responses; send input_text${also}`, 'unsupported_content');
}

function textOf(content: InputItem['content'], param: string): string {
  if (content === undefined || typeof content === 'string') return content ?? '';
  return content.map((p, i) => partText(p, `${param}.content[${i}]`, '')).join('');
}

function imagePart(p: Part, param: string, ctx: Context): UserPart {
  if (typeof p.image_url !== 'string' || p.image_url === '') {
    // file_id names a file uploaded to OpenAI, which the gateway does not hold.
    throw invalidRequest(`${param}.image_url`, `${param}.image_url must be an https URL or a data:image URL (file_id is not supported)`, 'invalid_image_url');
  }
  const host = checkImageUrlForm(p.image_url, `${param}.image_url`, ctx.images);
  if (host !== undefined) ctx.hosts.push({ host, param: `${param}.image_url` });
  const detail = typeof p.detail === 'string' && DETAILS.has(p.detail) ? (p.detail as 'auto' | 'low' | 'high') : undefined;
  return { type: 'image', url: p.image_url, ...(detail ? { detail } : {}) };
}

function userContent(content: InputItem['content'], param: string, ctx: Context): string | UserPart[] {
  if (content === undefined || typeof content === 'string') return content ?? '';
  const parts = content.map((p, i): UserPart => {
    const at = `${param}.content[${i}]`;
    return p.type === 'input_image' ? imagePart(p, at, ctx) : { type: 'text', text: partText(p, at, ' or input_image') };
  });
  return parts.every((p) => p.type === 'text') ? parts.map((p) => (p.type === 'text' ? p.text : '')).join('') : parts;
}

function messageOf(item: InputItem, param: string, ctx: Context): ChatMessage {
  const role = item.role === 'developer' ? 'system' : item.role;
  if (role === 'user') return { role, content: userContent(item.content, param, ctx) };
  if (role === 'system' || role === 'assistant') return { role, content: textOf(item.content, param) };
  throw invalidRequest(`${param}.role`, `role "${item.role ?? ''}" is not supported; use system, developer, user or assistant`, 'unsupported_role');
}

function callOf(item: InputItem, param: string): ToolCall {
  if (!item.call_id) throw invalidRequest(`${param}.call_id`, 'a function_call item needs its call_id', 'invalid_tool_call');
  if (!item.name) throw invalidRequest(`${param}.name`, 'a function_call item needs the name of the function called', 'invalid_tool_call');
  return { id: item.call_id, name: item.name, arguments: checkedArguments(item.arguments ?? '', `${param}.arguments`) };
}

function outputText(item: InputItem, param: string): string {
  const output = item.output;
  if (output === undefined) throw invalidRequest(`${param}.output`, 'a function_call_output item needs its output', 'invalid_tool_call');
  if (typeof output === 'string') return output;
  return output.map((p, i) => partText(p, `${param}.output[${i}]`, '')).join('');
}

/** Calls the conversation made that no tool message has answered yet. */
function openCalls(conversation: readonly ChatMessage[]): Map<string, ToolCall> {
  const open = new Map<string, ToolCall>();
  for (const m of conversation) {
    if (m.role === 'assistant') for (const call of m.toolCalls ?? []) open.set(call.id, call);
    if (m.role === 'tool') open.delete(m.toolCallId);
  }
  return open;
}

/** The item a reference stands for, as the item it was (an assistant message or a function_call). */
function dereferenced(item: InputItem, param: string, referenced: ReadonlyMap<string, Referenced>): InputItem {
  const id = typeof item.id === 'string' ? item.id : '';
  const found = referenced.get(id);
  if (!found) throw invalidRequest(`${param}.id`, `"${id}" names no item of a response stored with this API key; send the item itself`, 'unsupported_content');
  if (found.kind === 'message') return { type: 'message', role: 'assistant', content: found.text };
  return { type: 'function_call', call_id: found.call.id, name: found.call.name, arguments: found.call.arguments };
}

/**
 * The request's own messages (without `instructions`, which are not carried to a follow-up);
 * `earlier` is the stored conversation they continue, whose calls they may answer, and
 * `referenced` the stored items that `item_reference` items name.
 */
export async function inputMessages(input: ResponsesRequest['input'], earlier: readonly ChatMessage[], referenced: ReadonlyMap<string, Referenced>, images: ImageRules): Promise<ChatMessage[]> {
  if (typeof input === 'string') return [{ role: 'user', content: input }];
  const ctx: Context = { images, hosts: [], open: openCalls(earlier) };
  const out: ChatMessage[] = [];
  input.forEach((given, i) => {
    const param = `input[${i}]`;
    const item = given.type === 'item_reference' ? dereferenced(given, param, referenced) : given;
    const last = out.at(-1);
    switch (item.type ?? 'message') {
      case 'message':
        // Text that an answer's calls follow is part of that answer's turn.
        if (item.role === 'assistant' && last?.role === 'assistant' && last.content === '' && last.toolCalls) last.content = textOf(item.content, param);
        else out.push(messageOf(item, param, ctx));
        break;
      case 'function_call': {
        const call = callOf(item, param);
        ctx.open.set(call.id, call);
        // The calls of one answer (and any text before them) are one assistant turn.
        if (last?.role === 'assistant') last.toolCalls = [...(last.toolCalls ?? []), call];
        else out.push({ role: 'assistant', content: '', toolCalls: [call] });
        break;
      }
      case 'function_call_output': {
        const call = item.call_id === undefined ? undefined : ctx.open.get(item.call_id);
        if (!call) throw invalidRequest(`${param}.call_id`, `"${item.call_id ?? ''}" answers no function_call made earlier in the conversation`, 'invalid_tool_call');
        ctx.open.delete(call.id);
        out.push({ role: 'tool', toolCallId: call.id, toolName: call.name, content: outputText(item, param) });
        break;
      }
      default:
        throw invalidRequest(`${param}.type`, `input items of type "${item.type}" are not supported on /v1/responses; send message, function_call, function_call_output or item_reference items`, 'unsupported_content');
    }
  });
  for (const { host, param } of ctx.hosts) await checkImageHost(host, param, images);
  return out;
}
