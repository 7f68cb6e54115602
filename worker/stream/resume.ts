/**
 * Resuming a stream that broke after some text was already delivered, on the next route:
 * - assistant prefill: the conversation plus the delivered text as the assistant's own words; the
 *   provider writes only the rest;
 * - replay and skip: the original request again; its answer is held back until it is seen to
 *   begin with the delivered text, and only what follows is relayed. An answer that begins
 *   differently cannot be joined to what the client already has.
 */
import type { CompletionRequest } from '../providers/types';

export function prefillRequest(request: CompletionRequest, delivered: string): CompletionRequest {
  return { ...request, messages: [...(request.messages ?? []), { role: 'assistant', content: delivered }] };
}

/**
 * Providers take a prefill without its trailing whitespace (the AI SDK trims it for Anthropic),
 * so a continuation often starts with the space the client already has: that much is dropped.
 */
export class PrefillJoiner {
  private pendingSpace: string;

  constructor(delivered: string) {
    this.pendingSpace = delivered.slice(delivered.trimEnd().length);
  }

  accept(text: string): string {
    let i = 0;
    while (i < text.length && this.pendingSpace !== '' && text[i] === this.pendingSpace[0]) {
      this.pendingSpace = this.pendingSpace.slice(1);
      i += 1;
    }
    if (i < text.length) this.pendingSpace = '';
    return text.slice(i);
  }
}

export type GateResult = { ok: true; pass: string } | { ok: false };

export class ReplayGate {
  private seen = '';

  constructor(private readonly delivered: string) {}

  /** True once the replay has covered (and matched) all the delivered text. */
  get through(): boolean {
    return this.seen.length >= this.delivered.length;
  }

  accept(text: string): GateResult {
    if (this.through) return { ok: true, pass: text };
    const before = this.seen.length;
    this.seen += text;
    const overlap = Math.min(this.seen.length, this.delivered.length);
    if (this.seen.slice(0, overlap) !== this.delivered.slice(0, overlap)) return { ok: false };
    return { ok: true, pass: this.through ? this.seen.slice(Math.max(before, this.delivered.length)) : '' };
  }
}
