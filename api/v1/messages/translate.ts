/**
 * Anthropic Messages → the gateway's chat job (and back): the system prompt becomes a system
 * message, text blocks are joined, and the finish reason is said Anthropic's way. Blocks the chat
 * job cannot carry yet (images, tool_use, tool_result, documents) are refused naming the block;
 * v1b-INTEGRATION.md lists how each maps once the job has tools and image parts.
 */
import type { ChatJob, ChatMessage } from '../../../shared/chat-job';
import { invalidRequest } from '../errors';
import type { AnthropicMessage, MessagesRequest } from './schemas';

type Content = MessagesRequest['messages'][number]['content'];

function textOf(content: Content | NonNullable<MessagesRequest['system']>, param: string): string {
  if (typeof content === 'string') return content;
  return content
    .map((block, i) => {
      if (block.type !== 'text' || typeof block.text !== 'string') {
        const what = block.type === 'image' ? 'image blocks are not supported on /v1/messages yet' : `content blocks of type "${block.type}" are not supported; send text`;
        throw invalidRequest(`${param}[${i}].type`, what, 'unsupported_content');
      }
      return block.text;
    })
    .join('');
}

export function toChatMessages(body: Pick<MessagesRequest, 'system' | 'messages'>): ChatMessage[] {
  const out: ChatMessage[] = [];
  const system = body.system === null || body.system === undefined ? '' : textOf(body.system, 'system');
  if (system !== '') out.push({ role: 'system', content: system });
  body.messages.forEach((m, i) => out.push({ role: m.role, content: textOf(m.content, `messages[${i}].content`) }));
  if (body.messages[0]?.role !== 'user') throw invalidRequest('messages[0].role', 'the first message must come from the user');
  return out;
}

export function chatJobOf(body: MessagesRequest, targets: ChatJob['targets']): ChatJob {
  return {
    messages: toChatMessages(body),
    targets,
    stream: body.stream === true,
    maxOutputTokens: body.max_tokens,
    temperature: body.temperature ?? undefined,
    topP: body.top_p ?? undefined,
    stop: body.stop_sequences ?? undefined,
  };
}

/** OpenAI's finish reasons (what the worker records) in Anthropic's words. */
export function stopReason(finish: string | undefined): AnthropicMessage['stop_reason'] {
  switch (finish) {
    case 'length':
      return 'max_tokens';
    case 'tool_calls':
      return 'tool_use';
    case 'content_filter':
      return 'refusal';
    default:
      return 'end_turn';
  }
}

/** About four characters a token: what count_tokens answers without calling a provider. */
export function estimateTokens(body: Pick<MessagesRequest, 'system' | 'messages'>): number {
  const texts = [typeof body.system === 'string' ? body.system : JSON.stringify(body.system ?? ''), ...body.messages.map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)))];
  return Math.max(1, Math.ceil(texts.reduce((n, t) => n + t.length, 0) / 4) + 3 * body.messages.length);
}
