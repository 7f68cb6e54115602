/** Which providers a task is tried on, and in what order. */
import type { ChatTarget } from '../../shared/chat-job';
import { LOCAL_PROVIDER } from '../../shared/providers/descriptors';
import type { ProviderEntry } from '../providers/types';

export const AUTO = 'auto';

export interface ChainSettings {
  providerOrder: string[];
  localEnabled: boolean;
}

/**
 * `auto`: the configured order, skipping providers without a credential, with `local` last when
 * enabled; each provider with its configured model, one tier each (its keys are balanced).
 * A named provider: that provider alone, with no silent fallback.
 */
export function resolveChain(requested: string, registry: ReadonlyMap<string, ProviderEntry>, settings: ChainSettings): ChatTarget[][] {
  const names = requested !== AUTO ? [requested] : [...settings.providerOrder.filter((n) => n !== LOCAL_PROVIDER), ...(settings.localEnabled ? [LOCAL_PROVIDER] : [])];
  return names.flatMap((name) => {
    const adapter = registry.get(name)?.adapter;
    return adapter ? [[{ provider: name, model: adapter.model }]] : [];
  });
}
