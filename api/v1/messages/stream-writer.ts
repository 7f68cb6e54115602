/**
 * A streamed Messages answer in Anthropic's server-sent events: message_start; per content block a
 * content_block_start (a `text` block, or a `tool_use` block with its id, name and `input: {}`),
 * ping after the first, content_block_delta pieces (`text_delta`, or `input_json_delta` with
 * `partial_json` for a call's arguments) and content_block_stop; then message_delta (stop reason,
 * usage) and message_stop. A failure after the start is an `error` event,
 * `{type:"error",error:{...}}`, which the Anthropic SDK raises, and no message_stop.
 */
import type { Response } from 'express';
import { openEventStream, writeEvent, type Finish, type SurfaceWriter } from '../relay-stream';
import { anthropicErrorBody } from './errors';
import { stopReason } from './translate';

const KEEP_ALIVE_MS = 15_000;

type Block = { type: 'text'; text: string } | { type: 'tool_use'; id: string; name: string; input: Record<string, never> };

export class MessagesStreamWriter implements SurfaceWriter {
  private opened = false;
  private lastWrite = Date.now();
  /** Blocks started so far (the next one's index), and the one still open, if any. */
  private blocks = 0;
  private current: { index: number; type: Block['type'] } | undefined;
  /** Each tool call's block index, by the call's index among the answer's calls. */
  private readonly callBlocks = new Map<number, number>();

  constructor(
    private readonly res: Response,
    private readonly id: string,
    private readonly headers: Record<string, string>,
  ) {}

  get isOpen(): boolean {
    return this.opened;
  }

  open(model: string): void {
    if (this.opened) return;
    this.opened = true;
    openEventStream(this.res, this.headers);
    const message = { id: this.id, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 0, output_tokens: 0 } };
    this.event('message_start', { type: 'message_start', message });
  }

  text(model: string, text: string): void {
    this.open(model);
    if (this.current?.type !== 'text') this.startBlock({ type: 'text', text: '' });
    this.event('content_block_delta', { type: 'content_block_delta', index: this.current?.index, delta: { type: 'text_delta', text } });
  }

  toolCallStart(model: string, call: { index: number; id: string; name: string }): void {
    this.open(model);
    this.callBlocks.set(call.index, this.startBlock({ type: 'tool_use', id: call.id, name: call.name, input: {} }));
  }

  toolCallArguments(model: string, index: number, piece: string): void {
    this.open(model);
    // Providers send a call's pieces before the next call starts; were one late, it still names its own block, which is how the SDK assembles them.
    const block = this.callBlocks.get(index);
    if (block === undefined || piece === '') return;
    this.event('content_block_delta', { type: 'content_block_delta', index: block, delta: { type: 'input_json_delta', partial_json: piece } });
  }

  finish(info: Finish): void {
    this.open(info.model);
    // An empty answer is still one (empty) text block, as Anthropic sends it.
    if (this.blocks === 0) this.startBlock({ type: 'text', text: '' });
    this.stopBlock();
    const reason = stopReason(info.finishReason, this.callBlocks.size > 0);
    this.event('message_delta', { type: 'message_delta', delta: { stop_reason: reason, stop_sequence: null }, usage: { output_tokens: info.usage.output_tokens } });
    this.event('message_stop', { type: 'message_stop' });
    this.res.end();
  }

  fail(code: string, message: string): void {
    this.event('error', anthropicErrorBody(code, message));
    this.res.end();
  }

  keepAlive(): void {
    if (this.opened && Date.now() - this.lastWrite >= KEEP_ALIVE_MS) this.event('ping', { type: 'ping' });
  }

  /** Closes the open block and starts the next; returns its index. */
  private startBlock(block: Block): number {
    this.stopBlock();
    const index = this.blocks;
    this.blocks += 1;
    this.current = { index, type: block.type };
    this.event('content_block_start', { type: 'content_block_start', index, content_block: block });
    if (index === 0) this.event('ping', { type: 'ping' });
    return index;
  }

  private stopBlock(): void {
    if (this.current === undefined) return;
    this.event('content_block_stop', { type: 'content_block_stop', index: this.current.index });
    this.current = undefined;
  }

  private event(name: string, data: unknown): void {
    this.lastWrite = Date.now();
    writeEvent(this.res, name, data);
  }
}
