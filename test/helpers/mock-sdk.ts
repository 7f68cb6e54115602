/**
 * The AI SDK provider packages the gateway uses, pointed at the mock provider, built the way the
 * gateway's adapters build them (OpenAI through `.chat`, Anthropic through `.messages`).
 */
import { createAnthropic } from '@ai-sdk/anthropic';
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createMistral } from '@ai-sdk/mistral';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { EmbeddingModel, LanguageModel } from 'ai';

export const SDK_PROVIDERS = ['openai', 'anthropic', 'google', 'mistral', 'compatible'] as const;
export type SdkProvider = (typeof SDK_PROVIDERS)[number];

export interface SdkModels {
  chat(provider: SdkProvider, modelId: string): LanguageModel;
  embedding(provider: Exclude<SdkProvider, 'anthropic'>, modelId: string): EmbeddingModel;
  /** The path each provider's chat call reaches on the mock, for reading the request log. */
  chatPath(provider: SdkProvider, modelId: string, streamed?: boolean): string;
}

export function sdkModels(mockUrl: string): SdkModels {
  const openai = createOpenAI({ apiKey: 'sk-mock-openai', baseURL: `${mockUrl}/v1` });
  const anthropic = createAnthropic({ apiKey: 'sk-ant-mock', baseURL: `${mockUrl}/v1` });
  const google = createGoogleGenerativeAI({ apiKey: 'AIza-mock-google', baseURL: `${mockUrl}/v1beta` });
  const mistral = createMistral({ apiKey: 'mock-mistral', baseURL: `${mockUrl}/v1` });
  // Structured outputs on, as a server that takes json_schema is configured; off, the SDK sends json_object only.
  const compatible = createOpenAICompatible({ name: 'compat', apiKey: 'mock-compat', baseURL: `${mockUrl}/v1`, supportsStructuredOutputs: true });
  return {
    chat(provider, modelId) {
      switch (provider) {
        case 'openai':
          return openai.chat(modelId);
        case 'anthropic':
          return anthropic.messages(modelId);
        case 'google':
          return google.languageModel(modelId);
        case 'mistral':
          return mistral.chat(modelId);
        case 'compatible':
          return compatible.chatModel(modelId);
      }
    },
    embedding(provider, modelId) {
      switch (provider) {
        case 'openai':
          return openai.embedding(modelId);
        case 'google':
          return google.embedding(modelId);
        case 'mistral':
          return mistral.embedding(modelId);
        case 'compatible':
          return compatible.embeddingModel(modelId);
      }
    },
    chatPath(provider, modelId, streamed = false) {
      if (provider === 'anthropic') return '/v1/messages';
      if (provider === 'google') return `/v1beta/models/${modelId}:${streamed ? 'streamGenerateContent' : 'generateContent'}`;
      return '/v1/chat/completions';
    },
  };
}

/** A 1×1 PNG: the smallest image every provider's check accepts. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
