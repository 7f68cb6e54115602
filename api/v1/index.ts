/**
 * The OpenAI-compatible API under /v1: one file (or folder) per endpoint, beside the pieces they
 * share (routing, the job queue, the stream hub, the error shape). Its errors are shaped by
 * `openAIErrorHandler`, mounted in app.ts.
 */
import { Router } from 'express';
import { chatCompletionRoutes } from './chat-completions';
import { embeddingRoutes } from './embeddings';
import { messagesRoutes } from './messages';
import { responsesRoutes, type ResponsesDeps } from './responses';
import { v1MethodNotAllowed } from './methods';
import { modelRoutes } from './models';

export type V1Deps = ResponsesDeps;

export function v1Routes(deps: V1Deps): Router {
  const router = Router();
  router.use(chatCompletionRoutes(deps));
  router.use(embeddingRoutes(deps));
  router.use(messagesRoutes(deps));
  router.use(responsesRoutes(deps));
  router.use(modelRoutes(deps.routes));
  router.use(v1MethodNotAllowed());
  return router;
}
