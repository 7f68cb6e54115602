/** The five built-in adapter kinds, each pointed at a mock provider's base URL for its wire format. */
import { createClaudeAdapter } from '../../../worker/providers/claude';
import { createGeminiAdapter } from '../../../worker/providers/gemini';
import { createMistralAdapter } from '../../../worker/providers/mistral';
import { createOpenAIAdapter } from '../../../worker/providers/openai';
import { createOpenAICompatibleAdapter } from '../../../worker/providers/openai-compatible';
import type { ProviderAdapter } from '../../../worker/providers/types';

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
