/** What a provider's streamed answer yields, in order, to the streaming chain. */
import type { ToolCall } from '../../shared/chat-job';

export interface StreamUsage {
  inputTokens: number;
  outputTokens: number;
}

export type StreamPart =
  /** Answer text, to be relayed as it comes. */
  | { type: 'text'; text: string }
  /** Work that is not answer text (reasoning): proof the provider is alive, nothing to relay. */
  | { type: 'progress' }
  /** A chunk that could not be read was dropped; the stream goes on. */
  | { type: 'skipped'; reason: string }
  /**
   * The provider said the answer is complete (its finish reason arrived) before its stream ended:
   * if the stream then goes quiet, the answer is finished rather than broken.
   */
  | { type: 'finishing'; finishReason: string; usage?: StreamUsage }
  /**
   * A tool call begins: `index` numbers the calls of one answer from 0 (OpenAI's delta index), in
   * the order they start; its arguments follow as `tool-call-delta` pieces.
   */
  | { type: 'tool-call-start'; index: number; id: string; name: string }
  /** The next piece of a started tool call's JSON arguments. */
  | { type: 'tool-call-delta'; index: number; argumentsDelta: string }
  /** The answer is complete. Always the last part; a stream that ends without it was cut. */
  | { type: 'finish'; finishReason: string; usage: StreamUsage; model: string; /** Every tool call, whole, when the answer called tools. */ toolCalls?: ToolCall[] };

/** OpenAI's finish reasons, which the gateway reports whatever the provider. */
export type OpenAIFinishReason = 'stop' | 'length' | 'content_filter' | 'tool_calls';
