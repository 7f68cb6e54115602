/** Which providers a task is tried on, and in what order. */
import { LOCAL_PROVIDER } from '../../shared/providers/descriptors';
import type { ProviderAdapter, ProviderEntry } from '../providers/types';

export const AUTO = 'auto';

export interface ChainSettings {
  providerOrder: string[];
  localEnabled: boolean;
}

/**
 * `auto`: the configured order, skipping providers without a credential, with `local` last when enabled.
 * A named provider: that provider alone, with no silent fallback.
 */
export function resolveChain(requested: string, registry: ReadonlyMap<string, ProviderEntry>, settings: ChainSettings): ProviderAdapter[] {
  if (requested !== AUTO) {
    const adapter = registry.get(requested)?.adapter;
    return adapter ? [adapter] : [];
  }
  const names = settings.providerOrder.filter((n) => n !== LOCAL_PROVIDER);
  if (settings.localEnabled) names.push(LOCAL_PROVIDER);
  return names.map((n) => registry.get(n)?.adapter).filter((a): a is ProviderAdapter => a !== undefined);
}
