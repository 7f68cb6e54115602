/**
 * A streamed response in OpenAI's Responses events, each with a `sequence_number`:
 * response.created, response.in_progress; for the text, response.output_item.added (a message),
 * response.content_part.added and response.output_text.delta per piece; for each tool call,
 * response.output_item.added (a function_call) and response.function_call_arguments.delta per
 * piece; at the end, each item's closing events in output order (output_text.done,
 * content_part.done / function_call_arguments.done, then output_item.done) and
 * response.completed (response.incomplete after a length finish).
 * A failure after the start is an `error` event with the gateway's code and message.
 */
import type { Response } from 'express';
import type { ToolCall } from '../../../shared/chat-job';
import { openEventStream, writeEvent, type Finish, type SurfaceWriter } from '../relay-stream';
import { functionCallId, functionCallItem, messageItem, responseObject, type ResponseView } from './translate';

const KEEP_ALIVE_MS = 15_000;

type Item = { kind: 'message'; outputIndex: number } | { kind: 'call'; outputIndex: number; itemId: string; call: ToolCall };

export class ResponsesStreamWriter implements SurfaceWriter {
  private opened = false;
  private sequence = 0;
  private text_ = '';
  private lastWrite = Date.now();
  /** Output items in the order they were started; tool calls also by their index in the answer. */
  private readonly items: Item[] = [];
  private readonly calls = new Map<number, Extract<Item, { kind: 'call' }>>();

  constructor(
    private readonly res: Response,
    private readonly view: Pick<ResponseView, 'id' | 'messageId' | 'createdAt' | 'request'>,
    private readonly headers: Record<string, string>,
  ) {}

  get isOpen(): boolean {
    return this.opened;
  }

  /** The whole answer relayed so far: its text and its tool calls. */
  get answer(): { text: string; calls: ToolCall[] } {
    return { text: this.text_, calls: [...this.calls.values()].map((c) => c.call) };
  }

  open(model: string): void {
    if (this.opened) return;
    this.opened = true;
    openEventStream(this.res, this.headers);
    const response = responseObject({ ...this.view, model, text: '', calls: [], finishReason: undefined, usage: { input_tokens: 0, output_tokens: 0 }, status: 'in_progress' });
    this.event('response.created', { response });
    this.event('response.in_progress', { response });
  }

  text(model: string, piece: string): void {
    this.open(model);
    const outputIndex = this.messageIndex();
    this.text_ += piece;
    this.event('response.output_text.delta', { item_id: this.view.messageId, output_index: outputIndex, content_index: 0, delta: piece, logprobs: [] });
  }

  toolCallStart(model: string, start: { index: number; id: string; name: string }): void {
    this.open(model);
    const item = { kind: 'call' as const, outputIndex: this.items.length, itemId: functionCallId(this.view.messageId, start.index), call: { id: start.id, name: start.name, arguments: '' } };
    this.items.push(item);
    this.calls.set(start.index, item);
    this.event('response.output_item.added', { output_index: item.outputIndex, item: functionCallItem(item.itemId, item.call, 'in_progress') });
  }

  toolCallArguments(model: string, index: number, piece: string): void {
    this.open(model);
    const item = this.calls.get(index);
    // The worker always starts a call before its arguments; a piece without one has nowhere to go.
    if (!item) return;
    item.call.arguments += piece;
    this.event('response.function_call_arguments.delta', { item_id: item.itemId, output_index: item.outputIndex, delta: piece });
  }

  finish(info: Finish): void {
    this.open(info.model);
    // An answer with neither text nor calls is still one (empty) message, as OpenAI answers it.
    if (this.items.length === 0) this.messageIndex();
    const output = this.items.map((item) => this.close(item));
    const done = { ...this.view, model: info.model, text: this.text_, calls: this.answer.calls, finishReason: info.finishReason, usage: info.usage, status: 'completed' as const, output };
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

  /** The message item's output index, adding the item (and its text part) on the first text. */
  private messageIndex(): number {
    const existing = this.items.find((i) => i.kind === 'message');
    if (existing) return existing.outputIndex;
    const outputIndex = this.items.length;
    this.items.push({ kind: 'message', outputIndex });
    this.event('response.output_item.added', { output_index: outputIndex, item: messageItem({ messageId: this.view.messageId, text: '' }, 'in_progress') });
    this.event('response.content_part.added', { item_id: this.view.messageId, output_index: outputIndex, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } });
    return outputIndex;
  }

  /** Writes an item's closing events and returns the finished item. */
  private close(item: Item): unknown {
    if (item.kind === 'call') {
      const { itemId, call, outputIndex } = item;
      this.event('response.function_call_arguments.done', { item_id: itemId, output_index: outputIndex, name: call.name, arguments: call.arguments });
      const done = functionCallItem(itemId, call, 'completed');
      this.event('response.output_item.done', { output_index: outputIndex, item: done });
      return done;
    }
    const ids = { item_id: this.view.messageId, output_index: item.outputIndex, content_index: 0 };
    this.event('response.output_text.done', { ...ids, text: this.text_, logprobs: [] });
    this.event('response.content_part.done', { ...ids, part: { type: 'output_text', text: this.text_, annotations: [] } });
    const done = messageItem({ messageId: this.view.messageId, text: this.text_ }, 'completed');
    this.event('response.output_item.done', { output_index: item.outputIndex, item: done });
    return done;
  }

  private event(type: string, data: Record<string, unknown>): void {
    this.lastWrite = Date.now();
    this.sequence += 1;
    writeEvent(this.res, type, { type, sequence_number: this.sequence, ...data });
  }
}
