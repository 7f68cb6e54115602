/**
 * GET /provider/status: the original service's flags, each provider's set-up, and its circuit
 * breaker as every worker sees it (state, consecutive failures, time to the next probe, a 429
 * cooldown, and whether an auth failure marked it misconfigured). Never a credential.
 */
import { Router } from 'express';
import type { BreakerSnapshot } from '../../shared/breaker/types';
import type { ProviderInfo, ProviderStatusFlags } from '../../shared/providers/status';

export interface ProviderRoutesDeps {
  providers: ReadonlyMap<string, ProviderInfo>;
  providerFlags: ProviderStatusFlags;
  providerOrder: string[];
  /** The shared breaker state; when absent or unreachable, `circuit` is null. */
  breaker?: { snapshot(providers: readonly string[]): Promise<Record<string, BreakerSnapshot>> };
}

function circuitView(s: BreakerSnapshot) {
  return {
    state: s.state,
    consecutive_failures: s.consecutiveFailures,
    next_probe_in_ms: s.nextProbeInMs,
    cooldown_remaining_ms: s.cooldownRemainingMs,
    window_calls: s.window.calls,
    window_failures: s.window.failures,
  };
}

export function providerRoutes(deps: ProviderRoutesDeps): Router {
  const router = Router();
  router.get('/provider/status', async (_req, res) => {
    const infos = [...deps.providers.values()];
    let circuits: Record<string, BreakerSnapshot> | undefined;
    try {
      circuits = await deps.breaker?.snapshot(infos.filter((p) => p.configured).map((p) => p.name));
    } catch {
      // Redis is away: the set-up is still worth showing; the breaker state is reported unknown.
      circuits = undefined;
    }
    res.json({
      ...deps.providerFlags,
      provider_order: deps.providerOrder,
      circuit_breakers: circuits ? 'available' : 'unavailable',
      providers: infos.map((p) => {
        const circuit = circuits?.[p.name];
        return {
          name: p.name,
          configured: p.configured,
          key_source: p.credentialSource,
          model: p.model,
          base_url_host: p.baseUrlHost,
          circuit: circuit ? circuitView(circuit) : null,
          misconfigured: circuit?.misconfigured ?? null,
        };
      }),
    });
  });
  return router;
}
