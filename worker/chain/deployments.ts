/**
 * Targets (provider + model) as the deployments the chain tries: one per key of the provider,
 * each with its adapter bound to the target's model, grouped in the route's tiers.
 */
import type { ChatTarget } from '../../shared/chat-job';
import { chatCapabilitiesOf, missingCapability, type ChatCapability } from '../../shared/chat-capabilities';
import type { DeploymentRef } from '../../shared/health/types';
import { keylessDeployment } from '../../shared/providers/deployments';
import type { Attempt } from '../../shared/task-schemas';
import type { KeyedAdapter, ProviderAdapter, ProviderEntry } from '../providers/types';

/** One deployment the chain may call. */
export interface Deployment {
  ref: DeploymentRef;
  /** Bound to `ref.model`. */
  adapter: ProviderAdapter;
}

/** The adapter with its model fixed: the chain, health and the attempts see one provider + model. */
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

/** An entry built without keys (an in-test registry, `local`): its adapter as one key-less deployment. */
function keysOf(name: string, entry: ProviderEntry): KeyedAdapter[] {
  if (entry.keys && entry.keys.length > 0) return entry.keys;
  if (!entry.adapter) return [];
  const { credential, baseUrl } = keylessDeployment(name, entry.adapter.model);
  return [{ adapter: entry.adapter, credential, baseUrl }];
}

export function deploymentsOf(target: ChatTarget, registry: ReadonlyMap<string, ProviderEntry>): Deployment[] {
  const entry = registry.get(target.provider);
  if (!entry) return [];
  return keysOf(target.provider, entry).map((k) => ({
    ref: {
      id: `${target.provider}/${target.model}#${k.credential.label}`,
      provider: target.provider,
      model: target.model,
      credential: k.credential,
      baseUrl: k.baseUrl,
    },
    adapter: bindModel(k.adapter, target.model),
  }));
}

/**
 * Targets this worker cannot reach become skipped attempts (the API checked them; a worker may
 * differ), and so do targets that cannot do what the request needs (`needs`: tools, images, JSON
 * output; shared/chat-capabilities.ts), with the reason: a request is never sent with a part of it
 * silently dropped.
 */
export function resolveTiers(
  tiers: readonly (readonly ChatTarget[])[],
  registry: ReadonlyMap<string, ProviderEntry>,
  needs: readonly ChatCapability[] = [],
): { tiers: Deployment[][]; missing: Attempt[] } {
  const missing: Attempt[] = [];
  const out: Deployment[][] = [];
  for (const tier of tiers) {
    const deployments: Deployment[] = [];
    for (const target of tier) {
      const entry = registry.get(target.provider);
      const lacking = entry ? missingCapability(chatCapabilitiesOf(entry.info), needs) : undefined;
      if (lacking !== undefined) {
        missing.push({ provider: target.provider, model: target.model, outcome: 'skipped', error_kind: 'unsupported', message: lacking, latency_ms: 0 });
        continue;
      }
      const found = deploymentsOf(target, registry);
      if (found.length > 0) deployments.push(...found);
      else missing.push({ provider: target.provider, model: target.model, outcome: 'skipped', error_kind: 'auth', message: 'not configured on this worker', latency_ms: 0 });
    }
    if (deployments.length > 0) out.push(deployments);
  }
  return { tiers: out, missing };
}
