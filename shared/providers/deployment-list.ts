/**
 * Every deployment the configuration defines: each configured provider's keys with its configured
 * model, and with every model a route names for it. What /provider/status lists and what the
 * worker's metrics label: both bounded by the configuration, never by requests.
 */
import type { Config } from '../config';
import type { DeploymentRef } from '../health/types';
import { parseTarget, routeTargetStrings } from '../route-config';
import { resolveProviders } from './credentials';
import { deploymentRef } from './deployments';

export type DeploymentConfig = Pick<Config, 'providers' | 'OPENAI_COMPATIBLE_PROVIDERS' | 'ROUTES'>;

export function configuredDeployments(config: DeploymentConfig): DeploymentRef[] {
  const out = new Map<string, DeploymentRef>();
  const routeModels = new Map<string, Set<string>>();
  for (const entry of Object.values(config.ROUTES)) {
    for (const text of routeTargetStrings(entry)) {
      const target = parseTarget(text);
      if (target) (routeModels.get(target.provider) ?? routeModels.set(target.provider, new Set()).get(target.provider))?.add(target.model);
    }
  }
  for (const p of resolveProviders(config)) {
    if (!p.configured) continue;
    for (const model of [p.model, ...(routeModels.get(p.name) ?? [])]) {
      for (const key of p.keys) {
        const ref = deploymentRef(p.name, model, key, p.baseUrl);
        out.set(ref.id, ref);
      }
    }
  }
  return [...out.values()];
}

/** `provider/model` of every configured deployment: the values a metric's `model` label may take. */
export function configuredModels(config: DeploymentConfig): string[] {
  return [...new Set(configuredDeployments(config).map((d) => `${d.provider}/${d.model}`))];
}
