/** The Express app factory: middleware order, routes, and the one error handler. */
import express, { type Express } from 'express';
import type { Logger } from '../shared/logger';
import { authenticate, requireScope } from './middleware/auth';
import { routeGuards } from './middleware/auth-guards';
import type { ApiKeyResolver } from './middleware/api-keys';
import { methodNotAllowed } from './middleware/method-not-allowed';
import type { RateLimits } from './middleware/rate-limit';
import { cors, securityHeaders } from './middleware/security';
import { buildOpenApiDocument } from './openapi/document';
import { apiRoutes } from './openapi/routes';
import { docsRoutes } from './routes/docs';
import { historyRoutes, type HistoryRoutesDeps } from './routes/history';
import { errorHandler, notFound } from './middleware/error-handler';
import { jsonBody } from './middleware/json-body';
import { refuseUnstorableText } from './middleware/storable-text';
import { requestId } from './middleware/request-id';
import { traceRequests } from './middleware/tracing';
import { healthRoutes } from './routes/health';
import { providerRoutes, type ProviderRoutesDeps } from './routes/providers';
import { taskRoutes, type TaskRoutesDeps } from './routes/tasks';
import { taskCatalogRoutes } from './routes/task-catalog';
import { httpMetrics } from './middleware/http-metrics';
import { metricsRoutes, type MetricsRoutesDeps } from './routes/metrics';
import { ADMIN_QUEUES_PATH, adminQueueRoutes } from './routes/admin-queues';
import { dashboardRoutes, type DashboardOptions } from './routes/dashboard';
import { queueStatsRoutes, type QueueStatsDeps } from './routes/queue-stats';
import type { TaskQueue } from '../shared/queue';
import { v1Routes, type V1Deps } from './v1';
import { openAIErrorHandler } from './v1/errors';
import { anthropicErrorHandler } from './v1/messages/errors';
import type { Redis } from 'ioredis';
import type { Db } from '../shared/db';
import { spendGuard, type SpendGuardOptions } from './spend/guard';
import { usageRoutes } from './spend/usage-route';
import { UsageQuery } from './spend/usage-query';

export interface AppDeps extends TaskRoutesDeps, ProviderRoutesDeps, MetricsRoutesDeps, HistoryRoutesDeps {
  logger: Logger;
  queue: TaskQueue;
  bullBoardReadOnly: boolean;
  redis: Redis;
  db: Db;
  auth: ApiKeyResolver;
  rateLimits: RateLimits;
  corsOrigins: readonly string[];
  trustProxy: boolean | number | string[];
  maxBodyBytes: number;
  /** The web dashboard at `/`; left out, the page is still served with no demo key. */
  dashboard?: DashboardOptions;
  /** The OpenAI-compatible API under /v1; left out, those paths are 404s. */
  v1?: V1Deps;
  /** Lane and per-key depth for /queue/stats; left out (FAIR_QUEUEING off), only the state counts. */
  fairStats?: QueueStatsDeps['fairStats'];
  /** Budgets and tokens-per-minute limits (docs/spend.md); left out, nothing is checked. */
  spend?: SpendGuardOptions;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', deps.trustProxy);
  // One table drives the OpenAPI document, the scope and rate-limit guards, and the 405s.
  const routes = apiRoutes({ maxTextChars: deps.maxTextChars });
  app.use(requestId());
  app.use(httpMetrics(deps.metrics, { mounts: [ADMIN_QUEUES_PATH] }));
  app.use(traceRequests());
  app.use(securityHeaders());
  app.use(cors(deps.corsOrigins));
  app.use(healthRoutes(deps));
  app.use(metricsRoutes(deps));
  app.use(docsRoutes(buildOpenApiDocument(routes)));
  // The page and its assets are public; the API calls it makes carry the user's key.
  app.use(dashboardRoutes(deps.dashboard ?? { demoApiKey: undefined, grafanaUrl: 'http://localhost:3000' }));
  // Before jsonBody: Bull Board parses its own bodies.
  app.use(adminQueueRoutes({ queue: deps.queue, readOnly: deps.bullBoardReadOnly, guards: [authenticate(deps.auth), requireScope('admin')] }));
  // Authentication, scopes and rate limits come before body parsing: a stranger's body is never parsed.
  app.use(authenticate(deps.auth));
  app.use(routeGuards(routes, deps.rateLimits));
  // /v1 follows OpenAI's own spec, so it is not in the route table; it shares /ai/task's scope and limit.
  const v1TaskPaths = ['/v1/chat/completions', '/v1/embeddings', '/v1/responses', '/v1/messages', '/v1/messages/count_tokens'];
  app.post(v1TaskPaths, requireScope('tasks'), deps.rateLimits.tasks);
  // Budgets after the rate limit (a flood is refused without touching the counters), before any body is read.
  if (deps.spend) app.post(['/ai/task', ...v1TaskPaths.filter((path) => path !== '/v1/messages/count_tokens')], spendGuard(deps.spend));
  app.use(jsonBody(deps.maxBodyBytes));
  app.use(refuseUnstorableText());
  app.use(taskRoutes(deps));
  app.use(taskCatalogRoutes());
  app.use(historyRoutes(deps));
  app.use(usageRoutes({ usage: new UsageQuery(deps.db), outages: deps.outages }));
  app.use(providerRoutes(deps));
  if (deps.v1) app.use(v1Routes(deps.v1));
  app.use(queueStatsRoutes(deps));
  app.use(methodNotAllowed(routes));
  app.use(notFound());
  // Everything under /v1 fails in OpenAI's error shape, so OpenAI's SDKs raise their usual exceptions.
  // /v1/messages is Anthropic's API: its errors in Anthropic's shape, so the Anthropic SDK raises its own classes.
  app.use('/v1/messages', anthropicErrorHandler(deps.logger));
  app.use('/v1', openAIErrorHandler(deps.logger));
  app.use(errorHandler(deps.logger));
  return app;
}
