/** Mistral, native: `POST {baseUrl}/chat/completions` with `Authorization: Bearer`. */
import { createMistral } from '@ai-sdk/mistral';
import { classifyOpenAIStyleError } from '../errors/openai-style';
import { createSdkAdapter, type NativeAdapterSettings } from '../sdk-adapter';
import type { ProviderAdapter } from '../types';
import { providerFetch } from '../closed-connection-fetch';

export function createMistralAdapter(settings: NativeAdapterSettings): ProviderAdapter {
  const provider = createMistral({ apiKey: settings.credential, baseURL: settings.baseUrl, fetch: providerFetch });
  return createSdkAdapter({
    name: settings.name ?? 'mistral',
    model: settings.model,
    languageModel: (modelId) => provider.chat(modelId),
    classify: classifyOpenAIStyleError,
    secrets: [settings.credential],
    jsonMode: true,
    dialect: 'mistral',
    images: settings.images,
  });
}
