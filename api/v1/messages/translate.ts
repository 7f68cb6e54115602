/**
 * Anthropic Messages → the gateway's chat job (and back): the conversation through ./content.ts,
 * tools through ./tools.ts, the answer as text and `tool_use` blocks, and the finish reason said
 * Anthropic's way.
 */
import type { ChatJob } from '../../../shared/chat-job';
import type { TaskOutcome } from '../../../shared/task-schemas';
import type { ImageRules } from '../chat-completions/image-url';
import { toChatMessages } from './content';
import type { AnthropicMessage, MessagesRequest } from './schemas';
import { toolsOf } from './tools';

export async function chatJobOf(body: MessagesRequest, images: ImageRules): Promise<ChatJob> {
  return {
    ...toolsOf(body),
    messages: await toChatMessages(body, images),
    stream: body.stream === true,
    maxOutputTokens: body.max_tokens,
    temperature: body.temperature ?? undefined,
    topP: body.top_p ?? undefined,
    stop: body.stop_sequences ?? undefined,
  };
}

/** OpenAI's finish reasons (what the worker records) in Anthropic's words; an answer with calls is `tool_use` whatever the provider said. */
export function stopReason(finish: string | undefined, called = false): AnthropicMessage['stop_reason'] {
  if (called) return 'tool_use';
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

/**
 * A call's arguments as `input`: the JSON object the model wrote. The worker keeps them as text;
 * text that is not an object (a model's slip) is passed on as `{}`, Anthropic's empty input, rather
 * than failing an answer the client paid for.
 */
export function inputOf(args: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(args === '' ? '{}' : args);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The answer's content blocks: the text (when there is any, or nothing else), then one `tool_use` block per call. */
export function contentOf(outcome: Pick<TaskOutcome, 'result' | 'tool_calls'>): AnthropicMessage['content'] {
  const calls = outcome.tool_calls ?? [];
  const text = outcome.result ?? '';
  const blocks: AnthropicMessage['content'] = text !== '' || calls.length === 0 ? [{ type: 'text', text }] : [];
  for (const call of calls) blocks.push({ type: 'tool_use', id: call.id, name: call.name, input: inputOf(call.arguments) });
  return blocks;
}

/** An image counts as Anthropic's largest image estimate, whatever its bytes: base64 text is no measure of it. */
const IMAGE_TOKENS = 1_600;

/** About four characters a token: what count_tokens answers without calling a provider. Tool definitions count too. */
export function estimateTokens(body: Pick<MessagesRequest, 'system' | 'messages' | 'tools'>): number {
  let images = 0;
  const contentText = (content: MessagesRequest['messages'][number]['content']): string => {
    if (typeof content === 'string') return content;
    images += content.filter((b) => b.type === 'image').length;
    return JSON.stringify(content.filter((b) => b.type !== 'image'));
  };
  const texts = [
    typeof body.system === 'string' ? body.system : JSON.stringify(body.system ?? ''),
    ...body.messages.map((m) => contentText(m.content)),
    ...(body.tools ?? []).map((t) => JSON.stringify(t)),
  ];
  return Math.max(1, Math.ceil(texts.reduce((n, t) => n + t.length, 0) / 4) + 3 * body.messages.length + IMAGE_TOKENS * images);
}
