/** A chat job's targets as adapters, each bound to its target's model. */
import type { ChatTarget } from '../../shared/chat-job';
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

/** Targets whose provider this worker cannot reach become skipped attempts (the API checked them, a worker may differ). */
export function bindTargets(targets: readonly ChatTarget[], registry: ReadonlyMap<string, ProviderEntry>): { adapters: ProviderAdapter[]; missing: Attempt[] } {
  const adapters: ProviderAdapter[] = [];
  const missing: Attempt[] = [];
  for (const target of targets) {
    const adapter = registry.get(target.provider)?.adapter;
    if (adapter) adapters.push(bindModel(adapter, target.model));
    else missing.push({ provider: target.provider, model: target.model, outcome: 'skipped', error_kind: 'auth', message: 'not configured on this worker', latency_ms: 0 });
  }
  return { adapters, missing };
}
