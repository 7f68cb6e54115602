/** GET /provider/status: the original service's flags, and each provider's set-up. Never a key. */
import { Router } from 'express';
import type { ProviderStatusFlags } from '../../worker/providers/registry';
import type { ProviderInfo } from '../../worker/providers/types';

export interface ProviderRoutesDeps {
  providers: ReadonlyMap<string, ProviderInfo>;
  providerFlags: ProviderStatusFlags;
  providerOrder: string[];
}

export function providerRoutes(deps: ProviderRoutesDeps): Router {
  const router = Router();
  router.get('/provider/status', (_req, res) => {
    res.json({
      ...deps.providerFlags,
      provider_order: deps.providerOrder,
      providers: [...deps.providers.values()].map((p) => ({
        name: p.name,
        configured: p.configured,
        key_source: p.keySource,
        model: p.model,
        base_url_host: p.baseUrlHost,
      })),
    });
  });
  return router;
}
