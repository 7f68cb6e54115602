/** A chat job's targets as adapters, each bound to its target's model. */
import type { ChatTarget } from '../../shared/chat-job';
import { chatCapabilitiesOf, missingCapability, type ChatCapability } from '../../shared/chat-capabilities';
import type { Attempt } from '../../shared/task-schemas';
import type { ProviderAdapter, ProviderEntry } from '../providers/types';

/** The adapter with its model fixed: the chain, the breaker and the attempts see one provider. */
export function bindModel(adapter: ProviderAdapter, model: string): ProviderAdapter {
  const stream = adapter.stream?.bind(adapter);
  return {
    name: adapter.name,
    model,
    assistantPrefill: adapter.assistantPrefill,
    complete: (request, signal) => adapter.complete({ ...request, model }, signal),
    stream: stream ? (request, signal) => stream({ ...request, model }, signal) : undefined,
  };
}

/**
 * Targets whose provider this worker cannot reach become skipped attempts (the API checked them, a
 * worker may differ), and so do targets that cannot do what the request needs (`needs`: tools,
 * images, JSON output; shared/chat-capabilities.ts), with the reason.
 */
export function bindTargets(
  targets: readonly ChatTarget[],
  registry: ReadonlyMap<string, ProviderEntry>,
  needs: readonly ChatCapability[] = [],
): { adapters: ProviderAdapter[]; missing: Attempt[] } {
  const adapters: ProviderAdapter[] = [];
  const missing: Attempt[] = [];
  for (const target of targets) {
    const entry = registry.get(target.provider);
    const adapter = entry?.adapter;
    // [rich] capability check: never send a request with tools, images or a JSON shape silently dropped.
    const lacking = entry && adapter ? missingCapability(chatCapabilitiesOf(entry.info), needs) : undefined;
    if (lacking !== undefined) missing.push({ provider: target.provider, model: target.model, outcome: 'skipped', error_kind: 'unsupported', message: lacking, latency_ms: 0 });
    else if (adapter) adapters.push(bindModel(adapter, target.model));
    else missing.push({ provider: target.provider, model: target.model, outcome: 'skipped', error_kind: 'auth', message: 'not configured on this worker', latency_ms: 0 });
  }
  return { adapters, missing };
}
