/** OpenAI, native: Chat Completions (`POST {baseUrl}/chat/completions`, `Authorization: Bearer sk-...`). */
import { createOpenAI } from '@ai-sdk/openai';
import { classifyOpenAIStyleError } from '../errors/openai-style';
import { createSdkAdapter, type NativeAdapterSettings } from '../sdk-adapter';
import type { ProviderAdapter } from '../types';
import { providerFetch } from '../closed-connection-fetch';
import { openAIThinStream } from './thin-stream';

export function createOpenAIAdapter(settings: NativeAdapterSettings): ProviderAdapter {
  const provider = createOpenAI({ apiKey: settings.credential, baseURL: settings.baseUrl, fetch: providerFetch });
  return createSdkAdapter({
    name: settings.name ?? 'openai',
    model: settings.model,
    // `.chat`: the SDK's default for OpenAI is the Responses API; the gateway speaks Chat Completions.
    languageModel: (modelId) => provider.chat(modelId),
    // Text-only streams skip the SDK's doStream, whose SSE parsing is most of a worker's CPU per call.
    thinStream: openAIThinStream({ credential: settings.credential, baseUrl: settings.baseUrl, fetch: providerFetch }),
    classify: classifyOpenAIStyleError,
    secrets: [settings.credential],
    jsonMode: true,
    dialect: 'openai',
    images: settings.images,
  });
}
