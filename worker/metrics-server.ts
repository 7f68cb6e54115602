/**
 * A worker's own tiny HTTP server: GET /metrics (this process's registry) and GET /health (for the
 * container healthcheck). Each worker serves its own, so Prometheus sees a dead worker as `up == 0`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { metricsAuthorized, type GatewayMetrics } from '../shared/metrics';

export interface MetricsServerOptions {
  port: number;
  host: string;
  token: string | undefined;
  metrics: GatewayMetrics;
}

export interface MetricsServer {
  /** The bound port (useful when `port` was 0). */
  port: number;
  close(): Promise<void>;
}

function handler(options: MetricsServerOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed\n', { allow: 'GET, HEAD' });
    if (path === '/health') return send(200, 'application/json', '{"status":"ok"}');
    if (path !== '/metrics') return send(404, 'text/plain', 'not found\n');
    if (!metricsAuthorized(req.headers.authorization, options.token)) {
      return send(401, 'text/plain', 'send METRICS_TOKEN as a Bearer token\n', { 'www-authenticate': 'Bearer realm="metrics"' });
    }
    options.metrics.registry.metrics().then(
      (body) => send(200, options.metrics.registry.contentType, body),
      (err: unknown) => send(500, 'text/plain', `could not collect metrics: ${err instanceof Error ? err.message : String(err)}\n`),
    );
  };
}

export function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
  const server: Server = createServer(handler(options));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
