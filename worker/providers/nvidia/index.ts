/** NVIDIA NIM (integrate.api.nvidia.com/v1 or a self-hosted NIM): OpenAI-compatible chat. */
import { builtInDescriptor, NVIDIA } from '../../../shared/providers/descriptors';
import { createOpenAICompatibleAdapter } from '../openai-compatible';
import type { ProviderAdapter } from '../types';

export function createNvidiaAdapter(settings: { name?: string; credential: string; baseUrl?: string; model: string }): ProviderAdapter {
  return createOpenAICompatibleAdapter({
    name: settings.name ?? NVIDIA,
    credential: settings.credential,
    baseUrl: settings.baseUrl ?? builtInDescriptor(NVIDIA).nativeBaseUrl,
    model: settings.model,
  });
}
