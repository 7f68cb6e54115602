/** One log line per scope transition, naming the deployment and the scope (never a key name or a key). */
import type { Logger } from '../logger';
import type { CircuitState, DeploymentRef, Scope, TransitionDetails } from './types';

export function logTransition(logger: Logger, scope: Scope, from: CircuitState, to: CircuitState, deployment: DeploymentRef, details: TransitionDetails): void {
  const meta: Record<string, unknown> = {
    deployment: deployment.id,
    provider: deployment.provider,
    model: deployment.model,
    scope,
    from,
    to,
    source: details.source,
  };
  if (scope === 'credential') meta.credential = deployment.credential.label;
  if (scope === 'base_url') meta.base_url_host = deployment.baseUrl.host;
  if (details.why) meta.why = details.why;
  if (details.openMs !== undefined) meta.open_ms = details.openMs;
  if (details.consecutiveFailures !== undefined) meta.consecutive_failures = details.consecutiveFailures;
  const what = scope === 'deployment' ? 'deployment' : scope === 'credential' ? 'credential' : 'base URL';
  if (to === 'open') logger.warn(`${what} circuit opened`, meta);
  else logger.info(`${what} circuit ${to === 'closed' ? 'closed' : 'half-open'}`, meta);
}
