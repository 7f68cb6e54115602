/**
 * Anthropic's conversation as the gateway's chat messages. The system prompt becomes a system
 * message; user `text` and `image` blocks become the user message's parts (images under the chat
 * surface's rules, api/v1/chat-completions/image-url.ts); assistant `tool_use` blocks become the
 * turn's tool calls; user `tool_result` blocks become `tool` messages, placed right after the
 * assistant turn they answer (where every provider expects them). Blocks the chat job cannot carry
 * (documents, thinking, server tools' blocks) are refused naming the block.
 */
import { z } from 'zod';
import type { ChatMessage, ToolCall, UserPart } from '../../../shared/chat-job';
import { invalidRequest } from '../errors';
import { checkImageHost, checkImageUrlForm, type ImageRules } from '../chat-completions/image-url';
import type { ContentBlock, MessagesRequest } from './schemas';

type Content = MessagesRequest['messages'][number]['content'];

interface Context {
  images: ImageRules;
  /** Hosts of https images, resolved once the whole conversation has been read. */
  hosts: { host: string; param: string }[];
  /** Calls made so far and not yet answered, by id. */
  open: Map<string, ToolCall>;
}

function refusedBlock(block: ContentBlock, param: string, where: string): never {
  throw invalidRequest(`${param}.type`, `${param}: content blocks of type "${block.type}" are not supported ${where} on /v1/messages`, 'unsupported_content');
}

function textOfBlock(block: ContentBlock, param: string, where: string): string {
  if (block.type !== 'text' || typeof block.text !== 'string') refusedBlock(block, param, where);
  return block.text;
}

/** Text only: the system prompt, a tool result's content. */
function textOf(content: string | readonly ContentBlock[], param: string, where: string): string {
  if (typeof content === 'string') return content;
  return content.map((block, i) => textOfBlock(block, `${param}[${i}]`, where)).join('');
}

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
const imageSource = z.discriminatedUnion('type', [
  z.object({ type: z.literal('base64'), media_type: z.string(), data: z.string() }),
  z.object({ type: z.literal('url'), url: z.string() }),
]);

/** An image block as a chat image part: base64 data as a data URL, a URL checked like an image_url. */
function imagePart(block: ContentBlock, param: string, ctx: Context): UserPart {
  const source = imageSource.safeParse(block.source);
  if (!source.success) {
    throw invalidRequest(`${param}.source`, `${param}.source must be {"type": "base64", "media_type", "data"} or {"type": "url", "url"}`, 'invalid_image_url');
  }
  if (source.data.type === 'url') {
    const host = checkImageUrlForm(source.data.url, `${param}.source.url`, ctx.images);
    if (host !== undefined) ctx.hosts.push({ host, param: `${param}.source.url` });
    return { type: 'image', url: source.data.url };
  }
  const { media_type: mediaType, data } = source.data;
  if (!(IMAGE_TYPES as readonly string[]).includes(mediaType)) {
    throw invalidRequest(`${param}.source.media_type`, `${param}.source.media_type must be one of ${IMAGE_TYPES.join(', ')}`, 'invalid_image_url');
  }
  const url = `data:${mediaType};base64,${data}`;
  checkImageUrlForm(url, `${param}.source.data`, ctx.images);
  return { type: 'image', url };
}

const toolUse = z.object({ id: z.string().min(1), name: z.string().min(1), input: z.record(z.string(), z.unknown()) });

function toolCallOf(block: ContentBlock, param: string): ToolCall {
  const use = toolUse.safeParse(block);
  if (!use.success) throw invalidRequest(param, `${param} must be {"type": "tool_use", "id", "name", "input": {...}} with input a JSON object`, 'invalid_tool_call');
  return { id: use.data.id, name: use.data.name, arguments: JSON.stringify(use.data.input) };
}

const toolResult = z.object({ tool_use_id: z.string().min(1), content: z.union([z.string(), z.array(z.looseObject({ type: z.string(), text: z.string().optional() }))]).optional(), is_error: z.boolean().optional() });

function toolMessageOf(block: ContentBlock, param: string, ctx: Context): ChatMessage {
  const result = toolResult.safeParse(block);
  if (!result.success) throw invalidRequest(param, `${param} must be {"type": "tool_result", "tool_use_id", "content"?: string or text blocks, "is_error"?}`, 'invalid_tool_call');
  const { tool_use_id: id, content, is_error: isError } = result.data;
  const call = ctx.open.get(id);
  if (!call) throw invalidRequest(`${param}.tool_use_id`, `${param}.tool_use_id: "${id}" answers no tool_use made earlier in the conversation`, 'invalid_tool_call');
  ctx.open.delete(id);
  const text = textOf(content ?? '', `${param}.content`, 'in a tool_result');
  // The chat job has no error flag on a tool result: the model is told in the text instead.
  return { role: 'tool', toolCallId: call.id, toolName: call.name, content: isError === true ? `[the tool reported an error] ${text}` : text };
}

/** A user turn: its tool results (as tool messages) first, then whatever text and images it holds. */
function userTurn(content: Content, param: string, ctx: Context): ChatMessage[] {
  if (typeof content === 'string') return [{ role: 'user', content }];
  const tools: ChatMessage[] = [];
  const parts: UserPart[] = [];
  content.forEach((block, i) => {
    const at = `${param}[${i}]`;
    if (block.type === 'tool_result') tools.push(toolMessageOf(block, at, ctx));
    else if (block.type === 'image') parts.push(imagePart(block, at, ctx));
    else parts.push({ type: 'text', text: textOfBlock(block, at, 'in user turns') });
  });
  if (parts.length === 0) return tools;
  const user: ChatMessage = { role: 'user', content: parts.every((p) => p.type === 'text') ? parts.map((p) => (p.type === 'text' ? p.text : '')).join('') : parts };
  return [...tools, user];
}

function assistantTurn(content: Content, param: string, ctx: Context): ChatMessage {
  if (typeof content === 'string') return { role: 'assistant', content };
  const calls: ToolCall[] = [];
  const texts = content.map((block, i) => {
    const at = `${param}[${i}]`;
    if (block.type !== 'tool_use') return textOfBlock(block, at, 'in assistant turns');
    const call = toolCallOf(block, at);
    ctx.open.set(call.id, call);
    calls.push(call);
    return '';
  });
  return { role: 'assistant', content: texts.join(''), ...(calls.length > 0 ? { toolCalls: calls } : {}) };
}

export async function toChatMessages(body: Pick<MessagesRequest, 'system' | 'messages'>, images: ImageRules): Promise<ChatMessage[]> {
  if (body.messages[0]?.role !== 'user') throw invalidRequest('messages[0].role', 'the first message must come from the user');
  const ctx: Context = { images, hosts: [], open: new Map() };
  const out: ChatMessage[] = [];
  const system = body.system === null || body.system === undefined ? '' : textOf(body.system, 'system', 'in system');
  if (system !== '') out.push({ role: 'system', content: system });
  body.messages.forEach((m, i) => {
    const param = `messages[${i}].content`;
    if (m.role === 'user') out.push(...userTurn(m.content, param, ctx));
    else out.push(assistantTurn(m.content, param, ctx));
  });
  for (const { host, param } of ctx.hosts) await checkImageHost(host, param, images);
  return out;
}
