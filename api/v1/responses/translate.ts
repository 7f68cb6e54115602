/**
 * Responses input → the gateway's chat messages, and a finished answer → OpenAI's response object.
 * Only message items with text parts map today; function_call / function_call_output items,
 * images and files are refused naming the item, and v1b-INTEGRATION.md lists how each maps once
 * the chat job has tools and image parts.
 */
import type { ChatMessage } from '../../../shared/chat-job';
import { invalidRequest } from '../errors';
import type { InputItem, ResponsesRequest } from './schemas';

const TEXT_PARTS = new Set(['input_text', 'output_text', 'text']);

function itemText(content: InputItem['content'], param: string): string {
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  return content
    .map((p, i) => {
      if (!TEXT_PARTS.has(p.type) || typeof p.text !== 'string') {
        throw invalidRequest(`${param}.content[${i}].type`, `content parts of type "${p.type}" are not supported on /v1/responses yet; send input_text`, 'unsupported_content');
      }
      return p.text;
    })
    .join('');
}

/** The request's own messages (without `instructions`, which are not carried to a follow-up). */
export function inputMessages(input: ResponsesRequest['input']): ChatMessage[] {
  if (typeof input === 'string') return [{ role: 'user', content: input }];
  return input.map((item, i): ChatMessage => {
    const param = `input[${i}]`;
    if (item.type !== undefined && item.type !== 'message') {
      throw invalidRequest(`${param}.type`, `input items of type "${item.type}" are not supported on /v1/responses yet; send messages`, 'unsupported_content');
    }
    const role = item.role === 'developer' ? 'system' : item.role;
    if (role !== 'system' && role !== 'user' && role !== 'assistant') {
      throw invalidRequest(`${param}.role`, `role "${item.role ?? ''}" is not supported; use system, developer, user or assistant`, 'unsupported_role');
    }
    return { role, content: itemText(item.content, param) };
  });
}

export interface ResponseView {
  id: string;
  messageId: string;
  createdAt: number;
  model: string;
  text: string;
  finishReason: string | undefined;
  usage: { input_tokens: number; output_tokens: number };
  request: ResponsesRequest;
  status: 'completed' | 'incomplete' | 'in_progress';
}

export function messageItem(v: Pick<ResponseView, 'messageId' | 'text'>, status: 'completed' | 'in_progress') {
  return { type: 'message', id: v.messageId, status, role: 'assistant', content: status === 'completed' ? [{ type: 'output_text', text: v.text, annotations: [] }] : [] };
}

/** OpenAI's `response` object. A `length` finish is `incomplete` with reason max_output_tokens, as OpenAI says it. */
export function responseObject(v: ResponseView) {
  const { input_tokens: input, output_tokens: output } = v.usage;
  const incomplete = v.finishReason === 'length';
  const status = v.status === 'in_progress' ? 'in_progress' : incomplete ? 'incomplete' : 'completed';
  return {
    id: v.id,
    object: 'response',
    created_at: v.createdAt,
    status,
    error: null,
    incomplete_details: status === 'incomplete' ? { reason: 'max_output_tokens' } : null,
    instructions: v.request.instructions ?? null,
    max_output_tokens: v.request.max_output_tokens ?? null,
    model: v.model,
    output: v.status === 'in_progress' ? [] : [messageItem(v, 'completed')],
    output_text: v.status === 'in_progress' ? '' : v.text,
    parallel_tool_calls: true,
    previous_response_id: v.request.previous_response_id ?? null,
    store: v.request.store !== false,
    temperature: v.request.temperature ?? null,
    top_p: v.request.top_p ?? null,
    text: { format: { type: 'text' } },
    tool_choice: 'auto',
    tools: [],
    truncation: 'disabled',
    metadata: {},
    usage:
      v.status === 'in_progress'
        ? null
        : { input_tokens: input, input_tokens_details: { cached_tokens: 0 }, output_tokens: output, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: input + output },
  };
}
