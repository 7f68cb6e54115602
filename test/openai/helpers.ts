/**
 * The gateway as an OpenAI SDK sees it: real adapters (openai, claude, an OpenAI-compatible
 * server) pointed at the fault-injecting mock provider, whose behaviour each test picks through
 * the model name (`openai/mock-cut-after-2`), with short stream limits so faults show quickly.
 */
import OpenAI from 'openai';
import type { ChatCompletionChunk, ChatCompletionCreateParamsBase } from 'openai/resources/chat/completions';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { startTestGateway, type TestGateway, type TestGatewayOptions } from '../helpers/gateway';

export const QUESTION = 'Where do the night buses stop on Sundays?';
/** What the mock answers to QUESTION, whatever the model. */
export const ANSWER = `mock answer: ${QUESTION.slice(0, 40)}`;

export interface OpenAIHarness {
  mock: MockProvider;
  gw: TestGateway;
  client: OpenAI;
  stop(): Promise<void>;
}

export function mockProviderEnv(mock: MockProvider, extra: Record<string, string> = {}): Record<string, string> {
  return {
    OPENAI_API_KEY: 'sk-test-openai',
    OPENAI_BASE_URL: `${mock.url}/v1`,
    OPENAI_MODEL: 'mock-ok',
    CLAUDE_API_KEY: 'sk-ant-test',
    CLAUDE_BASE_URL: `${mock.url}/v1`,
    CLAUDE_MODEL: 'mock-ok',
    // Unconfigured unless a test gives them a key (embeddings tests do).
    GEMINI_BASE_URL: `${mock.url}/v1beta`,
    MISTRAL_BASE_URL: `${mock.url}/v1`,
    OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([{ name: 'compat', baseUrl: `${mock.url}/v1`, model: 'mock-ok' }]),
    PROVIDER_ORDER: 'openai,claude',
    LOCAL_PROVIDER: 'false',
    MAX_RETRIES: '0',
    FIRST_TOKEN_TIMEOUT_SECONDS: '1',
    STREAM_IDLE_TIMEOUT_SECONDS: '1',
    // Fault tests fail providers on purpose, many times: circuits must not open between tests.
    CIRCUIT_BREAKER_THRESHOLD: '1000',
    CIRCUIT_BREAKER_MIN_CALLS: '1000000',
    ROUTES: JSON.stringify({ fast: ['openai/mock-ok', 'claude/mock-ok'], 'only-broken': ['openai/mock-status-503'] }),
    ...extra,
  };
}

/** `env` may depend on the mock's URL (another provider's base URL). */
export async function startOpenAIHarness(
  options: { env?: Record<string, string> | ((mockUrl: string) => Record<string, string>) } & Omit<TestGatewayOptions, 'env'> = {},
): Promise<OpenAIHarness> {
  const mock = await startMockProvider({ port: 0 });
  const env = typeof options.env === 'function' ? options.env(mock.url) : options.env;
  const gw = await startTestGateway({ ...options, env: mockProviderEnv(mock, env) });
  // Only baseURL and apiKey differ from talking to OpenAI itself; SDK retries off so each test sees one request.
  const client = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: 'x', maxRetries: 0 });
  return {
    mock,
    gw,
    client,
    async stop() {
      await gw.stop();
      await mock.close();
    },
  };
}

/** The gateway's extension field, which the SDK passes through untouched. */
export type WithFallbacks<T> = T & { fallbacks?: string[] };

export function userMessage(text = QUESTION): ChatCompletionCreateParamsBase['messages'] {
  return [{ role: 'user', content: text }];
}

export interface StreamResult {
  chunks: ChatCompletionChunk[];
  text: string;
  /** What the SDK threw while iterating, if anything. */
  error?: unknown;
}

/** Reads a whole stream the way an application would, keeping what it threw. */
export async function readStream(stream: AsyncIterable<ChatCompletionChunk>): Promise<StreamResult> {
  const chunks: ChatCompletionChunk[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk);
    return { chunks, text: textOf(chunks) };
  } catch (error) {
    return { chunks, text: textOf(chunks), error };
  }
}

function textOf(chunks: ChatCompletionChunk[]): string {
  return chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
}
