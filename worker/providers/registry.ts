/**
 * The typed registry: provider name → what `/provider/status` shows and, when configured, the
 * adapter. Which key and endpoint each provider uses is decided by key-rules.ts, not here.
 */
import type { Config } from '../../shared/config';
import { createClaudeAdapter } from './claude';
import { createGeminiAdapter } from './gemini';
import { createHuggingFaceAdapter } from './huggingface';
import { resolveProviderCredentials, type ProviderCredentials, type ProviderKeyConfig } from './key-rules';
import { LOCAL_PROVIDER } from './local';
import { createMistralAdapter } from './mistral';
import { createNvidiaAdapter } from './nvidia';
import { createOpenAIAdapter } from './openai';
import { createOpenAICompatibleAdapter } from './openai-compatible';
import type { ProviderAdapter, ProviderEntry, ProviderInfo } from './types';

export type ProviderRegistry = Map<string, ProviderEntry>;

export interface ProviderStatusFlags {
  nvidia_fallback_enabled: boolean;
  openai_native_enabled: boolean;
  claude_native_enabled: boolean;
  gemini_native_enabled: boolean;
  huggingface_native_enabled: boolean;
}

function hostOf(baseUrl: string): string | null {
  try {
    return new URL(baseUrl).host;
  } catch {
    return null;
  }
}

function adapterFor(c: ProviderCredentials & { apiKey: string }): ProviderAdapter {
  const settings = { name: c.name, apiKey: c.apiKey, baseUrl: c.baseUrl, model: c.model };
  if (c.keySource === 'nvidia' || c.name === 'nvidia') return createNvidiaAdapter(settings);
  switch (c.format) {
    case 'openai':
      return createOpenAIAdapter(settings);
    case 'anthropic':
      return createClaudeAdapter(settings);
    case 'gemini':
      return createGeminiAdapter(settings);
    case 'mistral':
      return createMistralAdapter(settings);
    case 'openai-compatible':
      return c.name === 'huggingface' ? createHuggingFaceAdapter(settings) : createOpenAICompatibleAdapter({ ...settings, headers: c.headers });
  }
}

function entryFor(c: ProviderCredentials): ProviderEntry {
  const info: ProviderInfo = {
    name: c.name,
    configured: c.configured,
    keySource: c.keySource,
    model: c.model,
    baseUrlHost: hostOf(c.baseUrl),
  };
  if (!c.configured) return { info };
  // Servers that take no key (Ollama, vLLM) are reached without an Authorization header.
  const adapter =
    c.apiKey === undefined
      ? createOpenAICompatibleAdapter({ name: c.name, baseUrl: c.baseUrl, model: c.model, headers: c.headers })
      : adapterFor({ ...c, apiKey: c.apiKey });
  return { info, adapter };
}

/**
 * One entry per built-in provider (mistral, gemini, openai, claude, huggingface, nvidia), then
 * each extra OpenAI-compatible server, then `local` when given. Providers without a usable key
 * have an entry (for status) and no adapter.
 */
export function createProviderRegistry(config: Config, extra?: { local?: ProviderAdapter }): ProviderRegistry {
  const registry: ProviderRegistry = new Map();
  for (const credentials of resolveProviderCredentials(config)) registry.set(credentials.name, entryFor(credentials));
  if (extra?.local) {
    registry.set(LOCAL_PROVIDER, {
      info: { name: LOCAL_PROVIDER, configured: true, keySource: 'none', model: extra.local.model, baseUrlHost: null },
      adapter: extra.local,
    });
  }
  return registry;
}

/** The original service's flags for `/provider/status`. */
export function providerStatusFlags(config: ProviderKeyConfig): ProviderStatusFlags {
  const credentials = resolveProviderCredentials(config);
  const native = (name: string): boolean => credentials.some((c) => c.name === name && c.keySource === 'native');
  return {
    nvidia_fallback_enabled: config.NVIDIA_API_KEY !== undefined || credentials.some((c) => c.keySource === 'nvidia'),
    openai_native_enabled: native('openai'),
    claude_native_enabled: native('claude'),
    gemini_native_enabled: native('gemini'),
    huggingface_native_enabled: native('huggingface'),
  };
}
