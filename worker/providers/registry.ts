/**
 * The typed registry: provider name → what `/provider/status` shows and, when configured, the
 * adapter. Which credential and endpoint each provider uses is decided by
 * shared/providers/credentials.ts; which folder speaks to it, by its row's `adapter`.
 */
import { resolveProviders, type ProviderConfig, type ResolvedProvider } from '../../shared/providers/credentials';
import { LOCAL_PROVIDER } from '../../shared/providers/descriptors';
import { infoOf, LOCAL_INFO } from '../../shared/providers/status';
import { ADAPTERS } from './adapters';
import { createOpenAICompatibleAdapter } from './openai-compatible';
import { baseUrlRef, credentialRef, type ProviderKey } from '../../shared/providers/deployments';
import type { ImageFetchLimits } from './image-download';
import { tracedAdapter } from './traced-adapter';
import type { AdapterFactory, KeyedAdapter, ProviderAdapter, ProviderEntry } from './types';

export type ProviderRegistry = Map<string, ProviderEntry>;

export interface RegistryOptions {
  /** The offline provider, added last. */
  local?: ProviderAdapter;
  /** Adapter folders beyond the built-in ones (a test's fixture provider). */
  adapters?: Readonly<Record<string, AdapterFactory>>;
  /** Limits for images an adapter downloads (IMAGE_MAX_BYTES, IMAGE_FETCH_TIMEOUT_SECONDS). */
  images?: ImageFetchLimits;
  /** LOG_TEXT: provider-call spans carry the prompt and the answer. */
  traceText?: boolean;
}

function adapterFor(p: ResolvedProvider, key: ProviderKey, factories: Readonly<Record<string, AdapterFactory>>, options: RegistryOptions): ProviderAdapter {
  // Every provider call gets its client span here, once, whatever folder speaks to the provider.
  return tracedAdapter(untracedAdapterFor(p, key, factories, options.images), { withText: options.traceText });
}

function untracedAdapterFor(p: ResolvedProvider, key: ProviderKey, factories: Readonly<Record<string, AdapterFactory>>, images?: ImageFetchLimits): ProviderAdapter {
  // Servers that take no credential (Ollama, vLLM) are reached without an Authorization header.
  if (key.value === undefined) return createOpenAICompatibleAdapter({ name: p.name, baseUrl: p.baseUrl, model: p.model, headers: p.headers, images });
  const factory = factories[p.adapter];
  if (!factory) throw new Error(`provider "${p.name}" names the adapter folder "${p.adapter}", which worker/providers/adapters.ts does not register`);
  return factory({ name: p.name, credential: key.value, baseUrl: p.baseUrl, model: p.model, headers: p.headers, images });
}

/** One adapter per key: each key is its own deployment (health, cooldown, balancing). */
function entryFor(p: ResolvedProvider, factories: Readonly<Record<string, AdapterFactory>>, options: RegistryOptions): ProviderEntry {
  const info = infoOf(p);
  if (!p.configured) return { info };
  const baseUrl = baseUrlRef(p.baseUrl);
  const keys: KeyedAdapter[] = p.keys.map((key) => ({ adapter: adapterFor(p, key, factories, options), credential: credentialRef(key), baseUrl }));
  return { info, adapter: keys[0]?.adapter, keys };
}

/**
 * One entry per provider row, then each extra OpenAI-compatible server, then `local` when given.
 * Providers without a usable credential have an entry (for status) and no adapter.
 */
export function createProviderRegistry(config: ProviderConfig, options: RegistryOptions = {}): ProviderRegistry {
  const factories: Readonly<Record<string, AdapterFactory>> = { ...ADAPTERS, ...options.adapters };
  const registry: ProviderRegistry = new Map();
  for (const provider of resolveProviders(config)) registry.set(provider.name, entryFor(provider, factories, options));
  if (options.local) registry.set(LOCAL_PROVIDER, { info: { ...LOCAL_INFO, model: options.local.model }, adapter: tracedAdapter(options.local, { withText: options.traceText }) });
  return registry;
}
