/**
 * The gateway with every provider that has tools (OpenAI, Claude, Gemini, Mistral and an
 * OpenAI-compatible server) pointed at the mock provider, plus Hugging Face, which takes no images.
 */
import type { ChatCompletionFunctionTool } from 'openai/resources/chat/completions';
import { startOpenAIHarness, type OpenAIHarness } from './helpers';

export const TOOL_PROVIDERS = ['openai', 'claude', 'gemini', 'mistral', 'compat'] as const;

export const WEATHER: ChatCompletionFunctionTool = {
  type: 'function',
  function: {
    name: 'weather',
    description: 'The weather in a city',
    parameters: { type: 'object', properties: { city: { type: 'string' }, days: { type: 'integer' } }, required: ['city', 'days'] },
  },
};
export const TIME: ChatCompletionFunctionTool = {
  type: 'function',
  function: { name: 'time', parameters: { type: 'object', properties: { zone: { type: 'string', enum: ['UTC', 'CET'] } }, required: ['zone'] } },
};

/** A 1×1 PNG. */
export const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export function startRichHarness(env: Record<string, string> = {}): Promise<OpenAIHarness> {
  return startOpenAIHarness({
    env: (mockUrl) => ({
      GEMINI_API_KEY: 'AIza-test',
      GEMINI_BASE_URL: `${mockUrl}/v1beta`,
      GEMINI_MODEL: 'mock-ok',
      MISTRAL_API_KEY: 'mistral-test',
      MISTRAL_BASE_URL: `${mockUrl}/v1`,
      MISTRAL_MODEL: 'mock-ok',
      HF_API_KEY: 'hf_test',
      HF_BASE_URL: `${mockUrl}/v1`,
      HF_MODEL: 'mock-ok',
      ...env,
    }),
  });
}
