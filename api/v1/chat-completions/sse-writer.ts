/**
 * Writes a chat completion as OpenAI's server-sent events: a first chunk with the role, one chunk
 * per piece of text or of a tool call (its start with index, id and name, then argument pieces), a last chunk with the finish reason (and, with `include_usage`, a usage chunk
 * with no choices), then `data: [DONE]`. A failed stream ends with an error event and no `[DONE]`,
 * which OpenAI's SDKs raise as an APIError: a broken answer never looks like a finished one.
 */
import type { Response } from 'express';
import type { ChatCompletionChunk } from './schemas';
import { isErrorCode } from '../../../shared/errors/catalog';
import { openAIErrorBody } from '../errors';
import { openEventStream, type Finish as FinishInfo, type SurfaceWriter } from '../relay-stream';

export interface ChunkWriterOptions {
  id: string;
  created: number;
  includeUsage: boolean;
  /** `functions`: tool calls written as the legacy `function_call` delta (the request sent `functions`). */
  callStyle?: 'tools' | 'functions';
  /** Response headers to send with the stream's 200 (X-Task-Id). */
  headers: Record<string, string>;
}

type Delta = ChatCompletionChunk['choices'][number]['delta'];
type Finish = ChatCompletionChunk['choices'][number]['finish_reason'];

const FINISH_REASONS = new Set(['stop', 'length', 'content_filter', 'tool_calls']);

/** Comments keep proxies from closing a stream that is quiet while the worker fails over. */
const KEEP_ALIVE_MS = 15_000;

export class ChunkWriter implements SurfaceWriter {
  private opened = false;
  /** Tool calls written: the finish reason is `tool_calls` whatever the provider said (Gemini says STOP). */
  private calls = 0;
  private lastWrite = Date.now();

  constructor(
    private readonly res: Response,
    private readonly options: ChunkWriterOptions,
  ) {}

  get isOpen(): boolean {
    return this.opened;
  }

  /** Sends the headers and the role chunk. */
  open(model: string): void {
    if (this.opened) return;
    this.opened = true;
    openEventStream(this.res, this.options.headers);
    this.chunk(model, { role: 'assistant', content: '' }, null);
  }

  text(model: string, text: string): void {
    this.open(model);
    this.chunk(model, { content: text }, null);
  }

  /** The first delta of a tool call: its index in the answer, id and name; the arguments follow in pieces. */
  toolCallStart(model: string, call: { index: number; id: string; name: string }): void {
    this.open(model);
    this.calls += 1;
    if (this.options.callStyle === 'functions') {
      // The legacy API has one call per answer.
      if (call.index === 0) this.chunk(model, { function_call: { name: call.name, arguments: '' } }, null);
      return;
    }
    this.chunk(model, { tool_calls: [{ index: call.index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }, null);
  }

  toolCallArguments(model: string, index: number, piece: string): void {
    this.open(model);
    if (this.options.callStyle === 'functions') {
      if (index === 0) this.chunk(model, { function_call: { arguments: piece } }, null);
      return;
    }
    this.chunk(model, { tool_calls: [{ index, function: { arguments: piece } }] }, null);
  }

  finish(info: FinishInfo): void {
    this.open(info.model);
    const given = (FINISH_REASONS.has(info.finishReason) ? info.finishReason : 'stop') as Finish;
    const reason: Finish = this.calls > 0 ? (this.options.callStyle === 'functions' ? 'function_call' : 'tool_calls') : given;
    this.chunk(info.model, {}, reason);
    if (this.options.includeUsage) {
      const { input_tokens: prompt, output_tokens: completion } = info.usage;
      this.send({ ...this.base(info.model), choices: [], usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion } });
    }
    this.write('data: [DONE]\n\n');
    this.res.end();
  }

  /** Ends an open stream with an error event and without `[DONE]`. */
  fail(code: string, message: string): void {
    // Only catalogue codes reach a client; the message is the gateway's (the worker words it so).
    this.send(openAIErrorBody(isErrorCode(code) ? code : 'task_failed', message));
    this.res.end();
  }

  /** A comment line, ignored by SSE readers, that keeps proxies from closing a quiet stream. */
  keepAlive(): void {
    if (this.opened && Date.now() - this.lastWrite >= KEEP_ALIVE_MS) this.write(': keep-alive\n\n');
  }

  private base(model: string): Omit<ChatCompletionChunk, 'choices'> {
    return {
      id: this.options.id,
      object: 'chat.completion.chunk',
      created: this.options.created,
      model,
      system_fingerprint: null,
      ...(this.options.includeUsage ? { usage: null } : {}),
    };
  }

  private chunk(model: string, delta: Delta, finishReason: Finish): void {
    this.send({ ...this.base(model), choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] });
  }

  private send(body: unknown): void {
    this.write(`data: ${JSON.stringify(body)}\n\n`);
  }

  private write(text: string): void {
    if (this.res.writableEnded || this.res.destroyed) return;
    this.lastWrite = Date.now();
    this.res.write(text);
  }
}
