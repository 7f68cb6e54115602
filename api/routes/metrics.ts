/**
 * GET /metrics: this process's Prometheus metrics (in `npm start` that includes the worker's).
 * Not behind API_KEY — Prometheus does not send it; METRICS_TOKEN (Bearer) protects it instead.
 */
import { Router } from 'express';
import { metricsAuthorized, type GatewayMetrics } from '../../shared/metrics';
import { HttpError } from '../http-error';

export interface MetricsRoutesDeps {
  metrics: GatewayMetrics;
  metricsToken: string | undefined;
}

export function metricsRoutes(deps: MetricsRoutesDeps): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (!metricsAuthorized(req.get('authorization'), deps.metricsToken)) {
      throw new HttpError('invalid_metrics_token', 'send METRICS_TOKEN as a Bearer token', { headers: { 'WWW-Authenticate': 'Bearer realm="metrics"' } });
    }
    const body = await deps.metrics.registry.metrics();
    res.type(deps.metrics.registry.contentType).send(body);
  });
  return router;
}
