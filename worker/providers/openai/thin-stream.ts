/**
 * OpenAI Chat Completions, streamed for a text-only call without @ai-sdk/openai's doStream.
 *
 * Why: worker CPU per streamed task is the gateway's bottleneck (docs/performance.md). For text
 * alone model-parts.ts already skips streamText, but the SDK's doStream still decodes, splits and
 * parses the SSE body through three web TransformStreams, tees it to look for an early error frame,
 * and validates every chunk with zod. This reader does the same work in one loop: the same request
 * (chat-request-body.ts, same headers, the caller's signal, sent as the provider's fetch sends it:
 * chat-transport.ts), the same parts (chat-chunk-parts.ts), the same errors (stream-error.ts).
 * test/providers/thin-stream.test.ts reads every case both ways against one fake server and holds
 * them equal.
 */
import { createRequire } from 'node:module';
import { VERSION as OPENAI_VERSION } from '@ai-sdk/openai';
import { getRuntimeEnvironmentUserAgent, withUserAgentSuffix } from '@ai-sdk/provider-utils';
import { APICallError } from 'ai';
import type { ModelPart, ThinStream } from '../model-parts';
import { chatRequestBody } from './chat-request-body';
import { ChatChunkParts } from './chat-chunk-parts';
import { chatTransport, type ChatAnswer, type PostChat } from './chat-transport';
import { SseDataReader } from './sse-data';
import { bodyReadError, earlyStreamError, fetchError, httpError, responseHeadersOf, type CallContext } from './stream-error';

export interface ThinStreamConfig {
  credential: string;
  /** As given to createOpenAI (a trailing slash is dropped, as there). */
  baseUrl: string;
  fetch: typeof fetch;
}

/** The provider-utils that @ai-sdk/openai itself loads (it may be a newer one than ours): its version is in the User-Agent. */
const SDK_UTILS_VERSION = (createRequire(require.resolve('@ai-sdk/openai'))('@ai-sdk/provider-utils') as { VERSION: string }).VERSION;

/** The headers the SDK sends: its own, then postJsonToApi's content type, then postToApi's User-Agent parts. */
function requestHeaders(credential: string): Record<string, string> {
  const provider = withUserAgentSuffix({ Authorization: `Bearer ${credential}` }, `ai-sdk/openai/${OPENAI_VERSION}`);
  return withUserAgentSuffix({ 'Content-Type': 'application/json', ...provider }, `ai-sdk/provider-utils/${SDK_UTILS_VERSION}`, getRuntimeEnvironmentUserAgent());
}

/** The adapter's hook: a thin reader for the model, for each call whose body chat-request-body.ts can write. */
export function openAIThinStream(config: ThinStreamConfig): (modelId: string) => ThinStream {
  const headers = requestHeaders(config.credential);
  const url = `${config.baseUrl.replace(/\/$/, '')}/chat/completions`;
  const post = chatTransport(config.fetch, url, headers);
  return (modelId) => (prompt, settings) => {
    const body = chatRequestBody(modelId, prompt, settings);
    return body && streamChat(post, { url, requestBodyValues: body }, settings.abortSignal);
  };
}

async function* streamChat(post: PostChat, call: CallContext, signal: AbortSignal | undefined): AsyncGenerator<ModelPart> {
  let response: ChatAnswer;
  try {
    response = await post(JSON.stringify(call.requestBodyValues), signal);
  } catch (error) {
    throw fetchError(error, call);
  }
  if (!response.ok) throw fetchError(await httpError(response.response(), call), call);
  if (!response.hasBody) {
    throw new APICallError({ message: 'Failed to process successful response', cause: new Error('Empty response body'), ...call, statusCode: response.status, responseHeaders: responseHeadersOf(response) });
  }
  const sse = new SseDataReader();
  const chunks = new ChatChunkParts();
  // Until the first chunk with output, parts wait: an error frame before it fails the whole call
  // (as the SDK's early-error check does), and nothing read so far is passed on.
  let waiting: ModelPart[] | undefined = [];
  let ended = false;
  try {
    for (;;) {
      let read: Uint8Array | undefined;
      try {
        read = await response.read();
      } catch (error) {
        throw bodyReadError(error, call, response);
      }
      if (read === undefined) break;
      for (const data of sse.push(read)) {
        if (data === '[DONE]') continue;
        const chunk = chunks.read(data);
        if (waiting === undefined) {
          yield* chunk.parts;
          continue;
        }
        if (chunk.errorFrame) throw earlyStreamError(chunk.errorFrame, call, responseHeadersOf(response));
        waiting.push(...chunk.parts);
        if (chunk.output || !chunk.parsed) {
          const parts = waiting;
          waiting = undefined;
          yield* parts;
        }
      }
    }
    ended = true;
    if (waiting) yield* waiting;
    yield chunks.finish();
  } finally {
    // A caller that stops early, or an error frame, leaves the body unread: release the connection.
    if (!ended) await response.cancel();
  }
}
