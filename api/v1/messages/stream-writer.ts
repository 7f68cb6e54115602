/**
 * A streamed Messages answer in Anthropic's server-sent events: message_start, content_block_start,
 * ping, content_block_delta (text_delta) per piece, content_block_stop, message_delta (stop reason,
 * usage), message_stop; a failure after the start is an `error` event, `{type:"error",error:{...}}`,
 * which the Anthropic SDK raises, and no message_stop.
 */
import type { Response } from 'express';
import { openEventStream, writeEvent, type Finish, type SurfaceWriter } from '../relay-stream';
import { anthropicErrorBody } from './errors';
import { stopReason } from './translate';

const KEEP_ALIVE_MS = 15_000;

export class MessagesStreamWriter implements SurfaceWriter {
  private opened = false;
  private lastWrite = Date.now();

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
    this.event('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
    this.event('ping', { type: 'ping' });
  }

  text(model: string, text: string): void {
    this.open(model);
    this.event('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } });
  }

  finish(info: Finish): void {
    this.open(info.model);
    this.event('content_block_stop', { type: 'content_block_stop', index: 0 });
    this.event('message_delta', { type: 'message_delta', delta: { stop_reason: stopReason(info.finishReason), stop_sequence: null }, usage: { output_tokens: info.usage.output_tokens } });
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

  private event(name: string, data: unknown): void {
    this.lastWrite = Date.now();
    writeEvent(this.res, name, data);
  }
}
