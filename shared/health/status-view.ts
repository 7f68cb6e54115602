/**
 * One deployment as `/provider/status` shows it (`deployments: [...]`), from its health status.
 * Pure; the schema documents the shape for the OpenAPI document and for tests. Never a key: the
 * credential is its label (where it came from).
 */
import { z } from 'zod';
import { SCOPES, type DeploymentStatus } from './types';

const circuitState = z.enum(['closed', 'half_open', 'open']);
const scope = z.enum(['deployment', 'credential', 'base_url']);

export const deploymentStatusViewSchema = z.object({
  id: z.string(),
  provider: z.string(),
  model: z.string(),
  /** The key's label, e.g. OPENAI_API_KEYS[2]. */
  credential: z.string(),
  base_url_host: z.string(),
  /** The worst of its scopes. */
  state: circuitState,
  scope_states: z.object({ deployment: circuitState, credential: circuitState, base_url: circuitState }),
  /** Faults over calls in the deployment scope's window (0..1, 3 decimals). */
  failure_rate: z.number().min(0).max(1),
  /** When the latest-ending 429 cooldown of its scopes ends (ISO 8601), or null. */
  cooldown_until: z.string().nullable(),
  in_flight: z.number().int().nonnegative(),
  p50_latency_ms: z.number().nonnegative().nullable(),
  /** Why a scope of it is marked misconfigured (revoked key, unknown model) and since when; null when none is. */
  misconfigured: z.object({ scope, reason: z.string(), since: z.string() }).nullable(),
});

export type DeploymentStatusView = z.infer<typeof deploymentStatusViewSchema>;

export function deploymentStatusView(status: DeploymentStatus): DeploymentStatusView {
  const { deployment, scopes } = status;
  const cooldowns = SCOPES.map((s) => scopes[s].cooldownUntil).filter((c): c is number => c !== null);
  const marked = SCOPES.find((s) => scopes[s].misconfigured !== null);
  const mark = marked ? scopes[marked].misconfigured : null;
  return {
    id: deployment.id,
    provider: deployment.provider,
    model: deployment.model,
    credential: deployment.credential.label,
    base_url_host: deployment.baseUrl.host,
    state: status.state,
    scope_states: { deployment: scopes.deployment.state, credential: scopes.credential.state, base_url: scopes.base_url.state },
    failure_rate: Math.round(scopes.deployment.failureRate * 1000) / 1000,
    cooldown_until: cooldowns.length > 0 ? new Date(Math.max(...cooldowns)).toISOString() : null,
    in_flight: status.inFlight,
    p50_latency_ms: status.p50LatencyMs,
    misconfigured: marked && mark ? { scope: marked, reason: mark.reason, since: mark.since } : null,
  };
}
