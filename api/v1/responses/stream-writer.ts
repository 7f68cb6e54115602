/**
 * A streamed response in OpenAI's Responses events, each with a `sequence_number`:
 * response.created, response.in_progress, response.output_item.added, response.content_part.added,
 * response.output_text.delta per piece, response.output_text.done, response.content_part.done,
 * response.output_item.done, response.completed (response.incomplete after a length finish).
 * A failure after the start is an `error` event with the gateway's code and message.
 */
import type { Response } from 'express';
import { openEventStream, writeEvent, type Finish, type SurfaceWriter } from '../relay-stream';
import { messageItem, responseObject, type ResponseView } from './translate';

const KEEP_ALIVE_MS = 15_000;

export class ResponsesStreamWriter implements SurfaceWriter {
  private opened = false;
  private sequence = 0;
  private text_ = '';
  private lastWrite = Date.now();

  constructor(
    private readonly res: Response,
    private readonly view: Omit<ResponseView, 'model' | 'text' | 'finishReason' | 'usage' | 'status'>,
    private readonly headers: Record<string, string>,
  ) {}

  get isOpen(): boolean {
    return this.opened;
  }

  /** The whole answer relayed so far. */
  get answer(): string {
    return this.text_;
  }

  open(model: string): void {
    if (this.opened) return;
    this.opened = true;
    openEventStream(this.res, this.headers);
    const response = responseObject({ ...this.view, model, text: '', finishReason: undefined, usage: { input_tokens: 0, output_tokens: 0 }, status: 'in_progress' });
    this.event('response.created', { response });
    this.event('response.in_progress', { response });
    this.event('response.output_item.added', { output_index: 0, item: messageItem({ messageId: this.view.messageId, text: '' }, 'in_progress') });
    this.event('response.content_part.added', { item_id: this.view.messageId, output_index: 0, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } });
  }

  text(model: string, piece: string): void {
    this.open(model);
    this.text_ += piece;
    this.event('response.output_text.delta', { item_id: this.view.messageId, output_index: 0, content_index: 0, delta: piece, logprobs: [] });
  }

  finish(info: Finish): void {
    this.open(info.model);
    const done = { ...this.view, model: info.model, text: this.text_, finishReason: info.finishReason, usage: info.usage, status: 'completed' as const };
    const ids = { item_id: this.view.messageId, output_index: 0, content_index: 0 };
    this.event('response.output_text.done', { ...ids, text: this.text_, logprobs: [] });
    this.event('response.content_part.done', { ...ids, part: { type: 'output_text', text: this.text_, annotations: [] } });
    this.event('response.output_item.done', { output_index: 0, item: messageItem(done, 'completed') });
    const response = responseObject(done);
    this.event(response.status === 'incomplete' ? 'response.incomplete' : 'response.completed', { response });
    this.res.end();
  }

  fail(code: string, message: string): void {
    this.event('error', { code, message, param: null });
    this.res.end();
  }

  keepAlive(): void {
    if (this.opened && Date.now() - this.lastWrite >= KEEP_ALIVE_MS) {
      this.lastWrite = Date.now();
      if (!this.res.writableEnded && !this.res.destroyed) this.res.write(': keep-alive\n\n');
    }
  }

  private event(type: string, data: Record<string, unknown>): void {
    this.lastWrite = Date.now();
    this.sequence += 1;
    writeEvent(this.res, type, { type, sequence_number: this.sequence, ...data });
  }
}
