/** The OpenAI-compatible API under /v1 (its errors are shaped by `openAIErrorHandler`, mounted in app.ts). */
import { Router } from 'express';
import { chatCompletionRoutes, type ChatCompletionDeps } from './chat-completions';
import { modelRoutes } from './models';

export type OpenAIDeps = ChatCompletionDeps;

export function openAIRoutes(deps: OpenAIDeps): Router {
  const router = Router();
  router.use(chatCompletionRoutes(deps));
  router.use(modelRoutes(deps.routes));
  return router;
}
