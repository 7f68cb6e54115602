/** The five built-in adapter kinds, each pointed at a mock provider's base URL for its wire format. */
import { createClaudeAdapter } from '../../../worker/providers/claude';
import { createGeminiAdapter } from '../../../worker/providers/gemini';
import { createMistralAdapter } from '../../../worker/providers/mistral';
import { createOpenAIAdapter } from '../../../worker/providers/openai';
import { createOpenAICompatibleAdapter } from '../../../worker/providers/openai-compatible';
import type { ProviderAdapter } from '../../../worker/providers/types';
import { startMockProvider, type MockProvider } from '../../../tools/mock-provider/server';

export const ADAPTER_NAMES = ['openai', 'claude', 'compatible', 'gemini', 'mistral'] as const;
export type AdapterName = (typeof ADAPTER_NAMES)[number];

export function adaptersAgainst(mockUrl: string): Record<AdapterName, ProviderAdapter> {
  return {
    openai: createOpenAIAdapter({ credential: 'sk-mock', baseUrl: `${mockUrl}/v1`, model: 'mock-ok' }),
    claude: createClaudeAdapter({ credential: 'sk-ant-mock', baseUrl: `${mockUrl}/anthropic/v1`, model: 'mock-ok' }),
    compatible: createOpenAICompatibleAdapter({ name: 'ollama', baseUrl: `${mockUrl}/v1`, model: 'mock-ok' }),
    gemini: createGeminiAdapter({ credential: 'AIza-mock', baseUrl: `${mockUrl}/v1beta`, model: 'mock-ok' }),
    mistral: createMistralAdapter({ credential: 'mock-mistral', baseUrl: `${mockUrl}/v1`, model: 'mock-ok' }),
  };
}

export interface MockAdapterSuite {
  readonly mock: MockProvider;
  readonly adapters: Record<AdapterName, ProviderAdapter>;
}

/** A mock provider started before the suite's tests and closed after them, with the five adapters pointed at it. */
export function mockAdaptersPerSuite(): MockAdapterSuite {
  let mock: MockProvider | undefined;
  let adapters: Record<AdapterName, ProviderAdapter> | undefined;
  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
    adapters = adaptersAgainst(mock.url);
  });
  afterAll(async () => {
    await mock?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the mock provider is started in beforeAll');
    return value;
  };
  return {
    get mock() {
      return started(mock);
    },
    get adapters() {
      return started(adapters);
    },
  };
}
