/**
 * Prompt and answer text for a provider call's span, only when LOG_TEXT is on, in the shape the
 * OpenTelemetry GenAI conventions give them: `gen_ai.system_instructions`, `gen_ai.input.messages`
 * and `gen_ai.output.messages`, each a JSON array of messages made of typed parts. Redacted as the
 * logs are (keys and bearer tokens inside the text), and each text cut at TEXT_LIMIT characters:
 * a span is not the place for a 200-page contract, and exporters drop oversized batches whole.
 * Images are named, never inlined: a data URL would be megabytes of base64.
 */
import type { Attributes } from '@opentelemetry/api';
import type { ChatMessage, ToolCall, UserPart } from '../../shared/chat-job';
import { redactString } from '../../shared/logger';
import type { CompletionRequest } from './types';

const TEXT_LIMIT = 8_000;

type Part =
  | { type: 'text'; content: string }
  | { type: 'uri'; modality: 'image'; uri: string }
  | { type: 'tool_call'; id: string; name: string; arguments: string }
  | { type: 'tool_call_response'; id: string; response: string };

interface SpanMessage {
  role: string;
  parts: Part[];
  finish_reason?: string;
}

function clip(text: string): string {
  const clean = redactString(text);
  return clean.length <= TEXT_LIMIT ? clean : `${clean.slice(0, TEXT_LIMIT)}… [${clean.length - TEXT_LIMIT} more characters]`;
}

const textPart = (text: string): Part => ({ type: 'text', content: clip(text) });

function userPart(part: UserPart): Part {
  if (part.type === 'text') return textPart(part.text);
  return { type: 'uri', modality: 'image', uri: part.url.startsWith('data:') ? `[data URL, ${part.url.length} characters]` : clip(part.url) };
}

const toolCallPart = (call: ToolCall): Part => ({ type: 'tool_call', id: call.id, name: call.name, arguments: clip(call.arguments) });

function spanMessage(message: ChatMessage): SpanMessage {
  switch (message.role) {
    case 'system':
      return { role: 'system', parts: [textPart(message.content)] };
    case 'user':
      return { role: 'user', parts: typeof message.content === 'string' ? [textPart(message.content)] : message.content.map(userPart) };
    case 'assistant':
      return { role: 'assistant', parts: [...(message.content ? [textPart(message.content)] : []), ...(message.toolCalls ?? []).map(toolCallPart)] };
    case 'tool':
      return { role: 'tool', parts: [{ type: 'tool_call_response', id: message.toolCallId, response: clip(message.content) }] };
  }
}

/** What the model is sent: the conversation when there is one, else the rendered instructions and prompt. */
export function inputTextAttributes(request: CompletionRequest): Attributes {
  const conversation = request.messages ?? request.chat?.messages;
  const input = conversation ? conversation.map(spanMessage) : [{ role: 'user', parts: [textPart(request.prompt)] }];
  return {
    ...(request.system ? { 'gen_ai.system_instructions': JSON.stringify([textPart(request.system)]) } : {}),
    'gen_ai.input.messages': JSON.stringify(input),
  };
}

export function outputTextAttributes(text: string, finishReason: string, toolCalls: ToolCall[] | undefined): Attributes {
  const message: SpanMessage = { role: 'assistant', parts: [...(text ? [textPart(text)] : []), ...(toolCalls ?? []).map(toolCallPart)], finish_reason: finishReason };
  return { 'gen_ai.output.messages': JSON.stringify([message]) };
}
