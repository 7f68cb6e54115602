/**
 * Google Gemini, native: `POST {baseUrl}/models/{model}:generateContent` with `x-goog-api-key`.
 * JSON mode is `generationConfig.responseMimeType: application/json`.
 */
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { asRecord, asText } from '../errors/common';
import { classifyGeminiError } from '../errors/gemini';
import { createSdkAdapter, type NativeAdapterSettings } from '../sdk-adapter';
import type { ProviderAdapter } from '../types';
import { providerFetch } from '../closed-connection-fetch';

export function createGeminiAdapter(settings: NativeAdapterSettings): ProviderAdapter {
  const provider = createGoogleGenerativeAI({ apiKey: settings.credential, baseURL: settings.baseUrl, fetch: providerFetch });
  return createSdkAdapter({
    name: settings.name ?? 'gemini',
    model: settings.model,
    languageModel: (modelId) => provider.languageModel(modelId),
    classify: classifyGeminiError,
    secrets: [settings.credential],
    jsonMode: true,
    dialect: 'google',
    images: settings.images,
    // The SDK reports the requested model; the answer's `modelVersion` names the one that answered.
    answeringModel: (body) => asText(asRecord(body)?.modelVersion),
  });
}
