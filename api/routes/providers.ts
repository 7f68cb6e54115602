/**
 * GET /provider/status: the original service's flags, each provider's set-up, and deployment
 * health as every worker sees it: `deployments` lists each provider + model + key (its label,
 * never the key) with its state, failure rate, cooldown, calls in flight and p50 latency; each
 * provider's `circuit` sums up its deployments (the worst of them). Never a credential.
 */
import { Router } from 'express';
import { deploymentStatusView, type DeploymentStatusView } from '../../shared/health/status-view';
import type { DeploymentRef, DeploymentStatus } from '../../shared/health/types';
import type { StatusReport } from '../../shared/health/status-reader';
import type { ProviderInfo, ProviderStatusFlags } from '../../shared/providers/status';

export interface ProviderRoutesDeps {
  providers: ReadonlyMap<string, ProviderInfo>;
  providerFlags: ProviderStatusFlags;
  providerOrder: string[];
  /** The configured deployments and the shared health reader; when absent or unreachable, health is reported unavailable. */
  health?: { deployments: readonly DeploymentRef[]; reader: { status(deployments: readonly DeploymentRef[]): Promise<StatusReport> } };
}

const SEVERITY = { closed: 0, half_open: 1, open: 2 } as const;

/** A provider's deployments summed up: the worst state, its failures, the soonest probe. */
function providerCircuit(statuses: DeploymentStatus[]) {
  if (statuses.length === 0) return null;
  const worst = statuses.reduce((a, b) => (SEVERITY[b.state] > SEVERITY[a.state] ? b : a));
  const scopes = statuses.flatMap((s) => Object.values(s.scopes));
  const probes = scopes.map((s) => s.nextProbeInMs).filter((n): n is number => n !== null);
  const cooldowns = scopes.map((s) => s.cooldownUntil).filter((n): n is number => n !== null);
  return {
    state: worst.state,
    consecutive_failures: Math.max(...statuses.map((s) => s.scopes.deployment.consecutiveFailures)),
    next_probe_in_ms: worst.state === 'closed' || probes.length === 0 ? null : Math.min(...probes),
    cooldown_remaining_ms: cooldowns.length === 0 ? null : Math.max(0, Math.max(...cooldowns) - Date.now()),
    window_calls: statuses.reduce((n, s) => n + s.scopes.deployment.window.calls, 0),
    window_failures: statuses.reduce((n, s) => n + s.scopes.deployment.window.failures, 0),
  };
}

export function providerRoutes(deps: ProviderRoutesDeps): Router {
  const router = Router();
  router.get('/provider/status', async (_req, res) => {
    const infos = [...deps.providers.values()];
    let statuses: DeploymentStatus[] | undefined;
    try {
      const report = deps.health ? await deps.health.reader.status(deps.health.deployments) : undefined;
      statuses = report?.available ? report.deployments : undefined;
    } catch {
      // Redis is away: the set-up is still worth showing; health is reported unknown.
      statuses = undefined;
    }
    const deployments: DeploymentStatusView[] | null = statuses ? statuses.map(deploymentStatusView) : null;
    res.json({
      ...deps.providerFlags,
      provider_order: deps.providerOrder,
      circuit_breakers: statuses ? 'available' : 'unavailable',
      deployments,
      providers: infos.map((p) => {
        const own = statuses?.filter((s) => s.deployment.provider === p.name) ?? [];
        const views = deployments?.filter((d) => d.provider === p.name) ?? [];
        return {
          name: p.name,
          configured: p.configured,
          key_source: p.credentialSource,
          model: p.model,
          base_url_host: p.baseUrlHost,
          circuit: providerCircuit(own),
          misconfigured: views.find((v) => v.misconfigured !== null)?.misconfigured ?? null,
        };
      }),
    });
  });
  return router;
}
