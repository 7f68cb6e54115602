/** A finished chat-completion task as OpenAI's `chat.completion` object. */
import type { TaskOutcome } from '../../../shared/task-schemas';
import type { ChatCompletion } from './schemas';

type Finish = ChatCompletion['choices'][number]['finish_reason'];
const FINISH_REASONS: ReadonlySet<string> = new Set(['stop', 'length', 'content_filter', 'tool_calls']);

/** How tool calls are written: `tool_calls`, or the legacy `function_call` for a request that sent `functions`. */
export type CallStyle = 'tools' | 'functions';

type Message = ChatCompletion['choices'][number]['message'];

/** OpenAI's shape: with tool calls, `content` is null unless the model also wrote text. */
function messageOf(outcome: TaskOutcome, style: CallStyle): Message {
  const calls = outcome.tool_calls ?? [];
  if (calls.length === 0) return { role: 'assistant', content: outcome.result ?? '', refusal: null };
  const first = calls[0] as (typeof calls)[number];
  if (style === 'functions') {
    return { role: 'assistant', content: outcome.result === null || outcome.result === '' ? null : outcome.result, refusal: null, function_call: { name: first.name, arguments: first.arguments } };
  }
  return {
    role: 'assistant',
    content: outcome.result === null || outcome.result === '' ? null : outcome.result,
    refusal: null,
    tool_calls: calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } })),
  };
}

export function completionBody(outcome: TaskOutcome, style: CallStyle = 'tools'): ChatCompletion {
  const prompt = outcome.usage?.input_tokens ?? 0;
  const completion = outcome.usage?.output_tokens ?? 0;
  const called = (outcome.tool_calls?.length ?? 0) > 0;
  const given = outcome.finish_reason !== undefined && FINISH_REASONS.has(outcome.finish_reason) ? outcome.finish_reason : 'stop';
  // Some providers say `stop` after a call (Gemini): the answer's shape decides.
  const reason = called ? (style === 'functions' ? 'function_call' : 'tool_calls') : given;
  return {
    id: `chatcmpl-${outcome.task_id}`,
    object: 'chat.completion',
    created: Math.floor(Date.parse(outcome.created_at) / 1000),
    model: `${outcome.provider_used ?? 'unknown'}/${outcome.model ?? 'unknown'}`,
    system_fingerprint: null,
    choices: [{ index: 0, message: messageOf(outcome, style), logprobs: null, finish_reason: reason as Finish }],
    usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
  };
}
