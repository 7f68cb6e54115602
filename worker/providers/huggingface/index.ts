/** Hugging Face Inference Providers through the router (router.huggingface.co/v1): OpenAI-compatible chat. */
import { builtInDescriptor } from '../../../shared/providers/descriptors';
import { createOpenAICompatibleAdapter } from '../openai-compatible';
import type { ProviderAdapter } from '../types';

export function createHuggingFaceAdapter(settings: { name?: string; credential: string; baseUrl?: string; model: string }): ProviderAdapter {
  return createOpenAICompatibleAdapter({
    name: settings.name ?? 'huggingface',
    credential: settings.credential,
    baseUrl: settings.baseUrl ?? builtInDescriptor('huggingface').nativeBaseUrl,
    model: settings.model,
  });
}
