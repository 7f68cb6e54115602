/** OpenAI request messages as the gateway's chat messages: text only, roles it can pass to every provider. */
import type { ChatMessage } from '../../../shared/chat-job';
import { invalidRequest } from '../errors';
import type { RequestMessage } from './schemas';

function textOf(content: RequestMessage['content'], param: string): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  return content
    .map((part, i) => {
      if (part.type !== 'text' || typeof part.text !== 'string') {
        throw invalidRequest(`${param}.content[${i}].type`, `content of type "${part.type}" is not supported; send text`, 'unsupported_content');
      }
      return part.text;
    })
    .join('');
}

export function toChatMessages(messages: readonly RequestMessage[]): ChatMessage[] {
  const out = messages.map((m, i): ChatMessage => {
    const param = `messages[${i}]`;
    // `developer` is OpenAI's newer name for the system role.
    const role = m.role === 'developer' ? 'system' : m.role;
    if (role !== 'system' && role !== 'user' && role !== 'assistant') {
      throw invalidRequest(`${param}.role`, `role "${m.role}" is not supported (tools and functions are not); use system, developer, user or assistant`, 'unsupported_role');
    }
    if (m.tool_calls !== undefined && m.tool_calls !== null) {
      throw invalidRequest(`${param}.tool_calls`, 'tool calls are not supported by this gateway', 'unsupported_parameter');
    }
    return { role, content: textOf(m.content, param) };
  });
  if (!out.some((m) => m.role === 'user')) throw invalidRequest('messages', 'the messages must include at least one user message');
  return out;
}
