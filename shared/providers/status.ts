/**
 * What the API shows about providers (/provider/status, /v1/models, request validation), computed
 * from the configuration alone: the API never builds adapters or loads the offline model.
 */
import type { Config } from '../config';
import { resolveProviders, type CredentialSource, type ProviderConfig, type ResolvedProvider } from './credentials';
import { LOCAL_MODEL, LOCAL_PROVIDER, NVIDIA } from './descriptors';

/** How a provider is set up, as reported by `/provider/status`. Never holds a credential. */
export interface ProviderInfo {
  name: string;
  configured: boolean;
  /** `native` (its own credential), `nvidia` (reached through NVIDIA's endpoint), `none` (offline/local, or a server that takes none) */
  credentialSource: CredentialSource | null;
  model: string | null;
  baseUrlHost: string | null;
}

/** The original service's flags for `/provider/status`. */
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

export function infoOf(p: ResolvedProvider): ProviderInfo {
  return { name: p.name, configured: p.configured, credentialSource: p.credentialSource, model: p.model, baseUrlHost: hostOf(p.baseUrl) };
}

export const LOCAL_INFO: ProviderInfo = { name: LOCAL_PROVIDER, configured: true, credentialSource: 'none', model: LOCAL_MODEL, baseUrlHost: null };

/**
 * Every row, then every extra OpenAI-compatible server, then `local` when enabled, by name; the
 * same list and order as the worker's registry.
 */
export function providerInfos(config: ProviderConfig & Pick<Config, 'LOCAL_PROVIDER'>): Map<string, ProviderInfo> {
  const infos = new Map(resolveProviders(config).map((p) => [p.name, infoOf(p)]));
  if (config.LOCAL_PROVIDER) infos.set(LOCAL_PROVIDER, LOCAL_INFO);
  return infos;
}

export function providerStatusFlags(config: ProviderConfig): ProviderStatusFlags {
  const resolved = resolveProviders(config);
  const native = (name: string): boolean => resolved.some((p) => p.name === name && p.credentialSource === 'native');
  return {
    nvidia_fallback_enabled: config.providers[NVIDIA]?.credential !== undefined || resolved.some((p) => p.credentialSource === 'nvidia'),
    openai_native_enabled: native('openai'),
    claude_native_enabled: native('claude'),
    gemini_native_enabled: native('gemini'),
    huggingface_native_enabled: native('huggingface'),
  };
}

/** The order `auto` tries providers in, as /provider/status reports it: PROVIDER_ORDER, with `local` last when enabled. */
export function autoOrder(config: Pick<Config, 'PROVIDER_ORDER' | 'LOCAL_PROVIDER'>): string[] {
  return [...config.PROVIDER_ORDER.filter((n) => n !== LOCAL_PROVIDER), ...(config.LOCAL_PROVIDER ? [LOCAL_PROVIDER] : [])];
}
