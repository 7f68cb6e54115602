/**
 * The AI SDK's tool-call stream parts as the gateway's: each call numbered from 0 in the order it
 * starts (OpenAI's delta `index`), its start (id, name), then its argument text in pieces. A
 * provider that sends a call whole (Gemini) gets a start and one piece. The whole calls, with the
 * arguments exactly as streamed, are what `finish.toolCalls` carries.
 */
import type { ToolCall } from '../../shared/chat-job';
import type { StreamPart } from './stream-types';

interface OpenCall {
  index: number;
  id: string;
  name: string;
  arguments: string;
}

export class ToolCallParts {
  private readonly calls = new Map<string, OpenCall>();

  get count(): number {
    return this.calls.size;
  }

  /** `tool-input-start`. */
  start(id: string, name: string): StreamPart[] {
    if (this.calls.has(id)) return [];
    const call = { index: this.calls.size, id, name, arguments: '' };
    this.calls.set(id, call);
    return [{ type: 'tool-call-start', index: call.index, id, name }];
  }

  /** `tool-input-delta`. */
  delta(id: string, piece: string): StreamPart[] {
    const call = this.calls.get(id);
    if (!call || piece === '') return [];
    call.arguments += piece;
    return [{ type: 'tool-call-delta', index: call.index, argumentsDelta: piece }];
  }

  /** `tool-call`: the call complete. Whatever was not streamed of it is sent now. */
  complete(id: string, name: string, input: unknown): StreamPart[] {
    const parts = this.start(id, name);
    const call = this.calls.get(id) as OpenCall;
    if (call.arguments === '') parts.push(...this.delta(id, JSON.stringify(input ?? {})));
    return parts;
  }

  toolCalls(): ToolCall[] {
    return [...this.calls.values()].map((c) => ({ id: c.id, name: c.name, arguments: c.arguments === '' ? '{}' : c.arguments }));
  }
}
