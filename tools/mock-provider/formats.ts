/**
 * The three wire formats the mock speaks: OpenAI Chat Completions (also what Mistral and every
 * OpenAI-compatible server speak), Anthropic Messages, and Google Gemini generateContent. Each
 * format reads a request into a Conversation and writes answers, streams and errors the way its
 * API reference says, closely enough that the real SDKs parse them, errors included.
 */
import { hex, type Completion, type Json, type ReadResult, type RequestProblem } from './conversation';
import { anthropicWire } from './wire/anthropic';
import { geminiWire } from './wire/gemini';
import { openaiWire } from './wire/openai';

export type WireFormat = 'openai' | 'anthropic' | 'gemini';

/** A streamed answer's events: opening events, one per content piece, the closing events, then the terminator. */
export interface StreamParts {
  head: string[];
  pieces: string[];
  tail: string[];
  terminator: string;
}

/** A canned rejection: its status and body (Gemini blocks content with a 200 whose body says so). */
export interface CannedAnswer {
  status: number;
  body: Json;
}

export interface WireSpec {
  /** The header that carries a request id, for the APIs that send one. */
  requestIdHeader?: string;
  completionId(): string;
  toolCallId(): string;
  read(body: Json): ReadResult;
  successBody(c: Completion): Json;
  streamParts(c: Completion): StreamParts;
  errorBody(status: number, model: string, options?: { message?: string; retryAfterMs?: number }): Json;
  invalidRequest(problem: RequestProblem): Json;
  contextLength(): CannedAnswer;
  contentFilter(model: string): CannedAnswer;
}

export const WIRES: Readonly<Record<WireFormat, WireSpec>> = {
  openai: openaiWire,
  anthropic: anthropicWire,
  gemini: geminiWire,
};

export const newRequestId = (): string => `req_mock${hex(12)}`;
