/** NVIDIA NIM (integrate.api.nvidia.com/v1 or a self-hosted NIM): OpenAI-compatible chat. */
import { createOpenAICompatibleAdapter } from '../openai-compatible';
import type { ProviderAdapter } from '../types';

export const NVIDIA_BASE_URL = 'https://integrate.api.nvidia.com/v1';

export function createNvidiaAdapter(settings: { name?: string; apiKey: string; baseUrl?: string; model: string }): ProviderAdapter {
  return createOpenAICompatibleAdapter({
    name: settings.name ?? 'nvidia',
    apiKey: settings.apiKey,
    baseUrl: settings.baseUrl ?? NVIDIA_BASE_URL,
    model: settings.model,
  });
}
