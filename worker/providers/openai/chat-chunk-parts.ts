/**
 * One Chat Completions stream chunk (an SSE event's data) → the model parts model-parts.ts yields,
 * as @ai-sdk/openai's chat doStream and model-parts.ts's `fromDoStream` together produce them for a
 * text-only call: the raw chunk first, then an error, the answering model (from the first chunk
 * that names an id, model or creation time), text deltas (a refusal counts as text and turns "stop"
 * into "content-filter"); at the end, the finish with the SDK's unified reason and usage totals.
 * Tool-call deltas are not read: model-parts.ts drops them on this path too.
 */
import { JSONParseError, TypeValidationError } from 'ai';
import { secureJsonParse } from '@ai-sdk/provider-utils';
import type { ModelPart } from '../model-parts';
import { checkChunk, type ChatChunk, type ErrorFrame } from './chunk-shape';

/** @ai-sdk/openai's map-openai-finish-reason. */
function unifiedReason(raw: string, hasRefusal: boolean): string {
  switch (raw) {
    case 'stop':
      return hasRefusal ? 'content-filter' : 'stop';
    case 'length':
      return 'length';
    case 'content_filter':
      return 'content-filter';
    case 'function_call':
    case 'tool_calls':
      return 'tool-calls';
    default:
      return 'other';
  }
}

/** A chunk read: its parts, and whether it was an error frame (which fails the call before any output). */
export type ReadChunk = { parts: ModelPart[]; errorFrame?: ErrorFrame; output: boolean; parsed: boolean };

export class ChatChunkParts {
  private metadataSeen = false;
  private hasRefusal = false;
  private rawFinishReason: string | undefined;
  /** "other" until a chunk gives a reason; "error" after an error or unreadable chunk. */
  private fallbackReason = 'other';
  private usage: ChatChunk['usage'];

  read(data: string): ReadChunk {
    let value: unknown;
    try {
      value = secureJsonParse(data);
    } catch (cause) {
      // As the SDK: the raw part of an unparseable chunk carries no value.
      return { parts: [{ type: 'raw', rawValue: undefined }, this.failed(new JSONParseError({ text: data, cause }))], output: false, parsed: false };
    }
    const raw: ModelPart = { type: 'raw', rawValue: value };
    const checked = checkChunk(value);
    if (checked.kind === 'invalid') {
      return { parts: [raw, this.failed(new TypeValidationError({ value, cause: new Error(checked.problem) }))], output: false, parsed: false };
    }
    if (checked.kind === 'error') return { parts: [raw, this.failed(checked.error)], errorFrame: checked.error, output: false, parsed: true };
    return this.chunkParts(checked.chunk, raw);
  }

  private failed(error: unknown): ModelPart {
    this.fallbackReason = 'error';
    this.rawFinishReason = undefined;
    return { type: 'error', error };
  }

  private chunkParts(chunk: ChatChunk, raw: ModelPart): ReadChunk {
    const parts: ModelPart[] = [raw];
    if (!this.metadataSeen && (chunk.id || chunk.model || chunk.created)) {
      this.metadataSeen = true;
      if (chunk.model) parts.push({ type: 'response-model', modelId: chunk.model });
    }
    if (chunk.usage != null) this.usage = chunk.usage;
    // Only the first choice is read, as the SDK reads it; any choice with text counts as output.
    const output = chunk.choices.some((c) => (c.delta?.content ?? '') !== '' || (c.delta?.refusal ?? '') !== '' || hasItems(c.delta, 'tool_calls') || hasItems(c.delta, 'annotations'));
    const choice = chunk.choices[0];
    if (choice?.finish_reason != null) this.rawFinishReason = choice.finish_reason;
    const delta = choice?.delta;
    if (delta == null) return { parts, output, parsed: true };
    const content = delta.content;
    const refusal = delta.refusal;
    if (content != null && content !== '') parts.push({ type: 'text-delta', text: content });
    if (refusal != null && refusal !== '') {
      this.hasRefusal = true;
      parts.push({ type: 'text-delta', text: refusal });
    }
    if (content === '' && (refusal == null || refusal === '')) parts.push({ type: 'text-delta', text: '' });
    return { parts, output, parsed: true };
  }

  /** The finish part at the end of the body, as the SDK's flush computes it (convert-openai-chat-usage's totals). */
  finish(): ModelPart {
    const raw = this.rawFinishReason;
    const usage = this.usage;
    return {
      type: 'finish',
      finishReason: raw === undefined ? this.fallbackReason : unifiedReason(raw, this.hasRefusal),
      rawFinishReason: raw,
      inputTokens: usage == null ? undefined : (usage.prompt_tokens ?? 0),
      outputTokens: usage == null ? undefined : (usage.completion_tokens ?? 0),
    };
  }
}

function hasItems(delta: unknown, key: 'tool_calls' | 'annotations'): boolean {
  const items = (delta as Record<string, unknown> | null | undefined)?.[key];
  return Array.isArray(items) && items.length > 0;
}
