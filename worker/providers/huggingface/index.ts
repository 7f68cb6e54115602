/** Hugging Face Inference Providers through the router (router.huggingface.co/v1): OpenAI-compatible chat. */
import { createOpenAICompatibleAdapter } from '../openai-compatible';
import type { ProviderAdapter } from '../types';

export const HUGGINGFACE_BASE_URL = 'https://router.huggingface.co/v1';

export function createHuggingFaceAdapter(settings: { name?: string; apiKey: string; baseUrl?: string; model: string }): ProviderAdapter {
  return createOpenAICompatibleAdapter({
    name: settings.name ?? 'huggingface',
    apiKey: settings.apiKey,
    baseUrl: settings.baseUrl ?? HUGGINGFACE_BASE_URL,
    model: settings.model,
  });
}
