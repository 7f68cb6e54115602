/** Anthropic, native: Messages API (`POST {baseUrl}/messages`, `x-api-key`, `anthropic-version`). */
import { createAnthropic } from '@ai-sdk/anthropic';
import { classifyAnthropicError } from '../errors/anthropic';
import { createSdkAdapter, type NativeAdapterSettings } from '../sdk-adapter';
import type { ProviderAdapter } from '../types';
import { providerFetch } from '../closed-connection-fetch';

export function createClaudeAdapter(settings: NativeAdapterSettings): ProviderAdapter {
  const provider = createAnthropic({ apiKey: settings.credential, baseURL: settings.baseUrl, fetch: providerFetch });
  return createSdkAdapter({
    name: settings.name ?? 'claude',
    model: settings.model,
    languageModel: (modelId) => provider.messages(modelId),
    classify: classifyAnthropicError,
    secrets: [settings.credential],
    // The Messages API has no schema-less JSON mode; the prompt itself asks for JSON.
    jsonMode: false,
    dialect: 'anthropic',
    images: settings.images,
    // The Messages API continues a conversation that ends with the assistant's words: a broken stream resumes from there.
    assistantPrefill: true,
    // max_tokens is required; the SDK guesses per known model and warns on every call for others.
    defaultMaxOutputTokens: 4096,
  });
}
