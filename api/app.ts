/** The Express app factory: middleware order, routes, and the one error handler. */
import express, { type Express } from 'express';
import type { Logger } from '../shared/logger';
import { apiKeyAuth } from './middleware/api-key';
import { errorHandler, notFound } from './middleware/error-handler';
import { jsonBody } from './middleware/json-body';
import { requestId } from './middleware/request-id';
import { healthRoutes } from './routes/health';
import { providerRoutes, type ProviderRoutesDeps } from './routes/providers';
import { taskRoutes, type TaskRoutesDeps } from './routes/tasks';
import type { Redis } from 'ioredis';
import type { Db } from '../shared/db';

export interface AppDeps extends TaskRoutesDeps, ProviderRoutesDeps {
  logger: Logger;
  redis: Redis;
  db: Db;
  apiKey: string | undefined;
  maxBodyBytes: number;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestId());
  app.use(healthRoutes(deps));
  app.use(jsonBody(deps.maxBodyBytes));
  app.use(apiKeyAuth(deps.apiKey));
  app.use(taskRoutes(deps));
  app.use(providerRoutes(deps));
  app.use(notFound());
  app.use(errorHandler(deps.logger));
  return app;
}
