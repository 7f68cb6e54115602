/** The HTTP side: where the API and the worker's metrics listen, who may call, what the dashboard offers. */
import { z } from 'zod';
import { defineGroup, setting } from './variable';
import { bool, int, optionalSecret, originList, trustProxy, url } from './values';

export const serverGroup = defineGroup('server', 'Server, authentication and operator pages', {
  NODE_ENV: setting(z.enum(['development', 'production', 'test']), {
    default: 'development',
    description: 'The usual Node.js switch; the Docker images set `production`.',
    example: 'production',
  }),
  PORT: setting(int(0, 65_535), { default: '5000', description: 'The port the API listens on.', example: '8080' }),
  HOST: setting(z.string().min(1), {
    default: '0.0.0.0',
    description: 'The address the API (and each worker\'s metrics server) binds to.',
    example: '127.0.0.1',
  }),
  TRUST_PROXY: setting(trustProxy, {
    default: 'false',
    description: 'Express `trust proxy`: `true`, `false`, a hop count, or comma-separated proxy IPs/subnets (`loopback`, `linklocal`, `uniquelocal` allowed). Decides the client IP that rate limits see.',
    example: 'loopback,10.0.0.0/8',
  }),
  CORS_ORIGINS: setting(originList, {
    default: '',
    description: 'Browser origins allowed by CORS, comma-separated, or `*`; unset keeps CORS off.',
    example: 'https://app.example.com',
  }),
  API_KEY: setting(optionalSecret, {
    description: 'The operator\'s API key (all scopes). With neither this nor managed API keys (`npm run keys`), authentication is off.',
    example: 'change-me-to-a-long-random-string',
  }),
  DEMO_API_KEY: setting(optionalSecret, {
    description: 'Offered by the dashboard\'s "Use demo key" button to anyone who opens it: give it only harmless scopes.',
    example: 'aigw_demo_readonly_key',
  }),
  AUTH_CACHE_SECONDS: setting(int(0, 3_600), {
    default: '5',
    description: 'How long a managed API key lookup is cached in the API; a revoked key stops working within this time.',
    example: '30',
  }),
  GRAFANA_URL: setting(url(['http:', 'https:']), {
    default: 'http://localhost:3000',
    description: 'The Grafana dashboard the web dashboard links to.',
    example: 'https://grafana.example.com',
  }),
  METRICS_TOKEN: setting(optionalSecret, {
    description: 'When set, /metrics on the API and on every worker wants `Authorization: Bearer <token>`.',
    example: 'prometheus-scrape-token',
  }),
  BULL_BOARD_READ_ONLY: setting(bool, {
    default: 'false',
    description: 'Bull Board at /admin/queues shows the queue but cannot retry, remove, pause or add jobs.',
    example: 'true',
  }),
  WORKER_METRICS_PORT: setting(int(0, 65_535), {
    default: '9464',
    description: 'Each worker serves /metrics (and /health) here, so Prometheus sees a dead worker as `up == 0`; 0 picks a free port.',
    example: '9465',
  }),
  SHUTDOWN_TIMEOUT_MS: setting(int(0, 600_000), {
    default: '25000',
    description: 'How long a worker waits for active tasks to finish after SIGTERM before closing anyway.',
    example: '55000',
  }),
});
