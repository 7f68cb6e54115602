/**
 * A finished answer → OpenAI's response object: a `message` item with the text (the JSON of a
 * `text.format` answer too) and a `function_call` item per tool call. Input items are read by
 * ./input.ts.
 */
import type { ToolCall } from '../../../shared/chat-job';
import type { ResponsesRequest } from './schemas';

export interface ResponseView {
  id: string;
  messageId: string;
  createdAt: number;
  model: string;
  text: string;
  /** The tool calls of the answer, in order. */
  calls: readonly ToolCall[];
  finishReason: string | undefined;
  usage: { input_tokens: number; output_tokens: number };
  request: ResponsesRequest;
  status: 'completed' | 'incomplete' | 'in_progress';
  /** The output items as streamed, in their order; absent, they are made from `text` and `calls`. */
  output?: unknown[];
}

export function messageItem(v: Pick<ResponseView, 'messageId' | 'text'>, status: 'completed' | 'in_progress') {
  return { type: 'message', id: v.messageId, status, role: 'assistant', content: status === 'completed' ? [{ type: 'output_text', text: v.text, annotations: [] }] : [] };
}

/** A function call's item id: the response's hex id and the call's place in the answer. */
export function functionCallId(messageId: string, index: number): string {
  return `fc_${messageId.replace(/^msg_/, '')}_${index}`;
}

export function functionCallItem(id: string, call: ToolCall, status: 'completed' | 'in_progress') {
  return { type: 'function_call', id, call_id: call.id, name: call.name, arguments: status === 'completed' ? call.arguments : '', status };
}

/** The text as a message (left out when the answer is only calls, as OpenAI does), then the calls. */
function outputOf(v: ResponseView): unknown[] {
  if (v.output) return v.output;
  const calls = v.calls.map((call, i) => functionCallItem(functionCallId(v.messageId, i), call, 'completed'));
  return v.text === '' && calls.length > 0 ? calls : [messageItem(v, 'completed'), ...calls];
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
    output: v.status === 'in_progress' ? [] : outputOf(v),
    output_text: v.status === 'in_progress' ? '' : v.text,
    parallel_tool_calls: v.request.parallel_tool_calls ?? true,
    previous_response_id: v.request.previous_response_id ?? null,
    store: v.request.store !== false,
    temperature: v.request.temperature ?? null,
    top_p: v.request.top_p ?? null,
    // What the request asked for, echoed as OpenAI does.
    text: { format: v.request.text?.format ?? { type: 'text' } },
    tool_choice: v.request.tool_choice ?? 'auto',
    tools: v.request.tools ?? [],
    truncation: 'disabled',
    metadata: {},
    usage:
      v.status === 'in_progress'
        ? null
        : { input_tokens: input, input_tokens_details: { cached_tokens: 0 }, output_tokens: output, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: input + output },
  };
}
