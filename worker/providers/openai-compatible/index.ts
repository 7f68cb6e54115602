/**
 * The shared base for every OpenAI-compatible server: NVIDIA NIM, Hugging Face's router, any
 * provider reached through an `nvapi-` key, and extra servers declared in configuration
 * (Ollama, vLLM, LM Studio, a company proxy). `POST {baseUrl}/chat/completions`, Bearer key.
 */
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { classifyOpenAIStyleError } from '../errors/openai-style';
import { createSdkAdapter } from '../sdk-adapter';
import type { ImageFetchLimits } from '../image-download';
import type { ProviderAdapter } from '../types';
import { providerFetch } from '../closed-connection-fetch';

export interface OpenAICompatibleSettings {
  name: string;
  /** Optional: local servers often take none, and then no Authorization header is sent. */
  credential?: string;
  baseUrl: string;
  model: string;
  headers?: Record<string, string>;
  images?: ImageFetchLimits;
}

export function createOpenAICompatibleAdapter(settings: OpenAICompatibleSettings): ProviderAdapter {
  const provider = createOpenAICompatible({
    name: settings.name,
    baseURL: settings.baseUrl,
    apiKey: settings.credential,
    headers: settings.headers,
    // Send a response_format schema as json_schema (vLLM, Ollama, LM Studio and the hosted routers take it), not json_object.
    supportsStructuredOutputs: true,
    fetch: providerFetch,
  });
  return createSdkAdapter({
    name: settings.name,
    model: settings.model,
    languageModel: (modelId) => provider.chatModel(modelId),
    classify: classifyOpenAIStyleError,
    secrets: settings.credential === undefined ? [] : [settings.credential],
    jsonMode: true,
    dialect: 'openai-compatible',
    images: settings.images,
  });
}
