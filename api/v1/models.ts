/** GET /v1/models and GET /v1/models/{id}: what `model` may name, in OpenAI's list format. */
import { Router } from 'express';
import { HttpError } from '../http-error';
import type { ModelRoutes } from './routing';

export function modelRoutes(routes: ModelRoutes): Router {
  const router = Router();
  router.get('/v1/models', (_req, res) => {
    res.json({ object: 'list', data: routes.list() });
  });
  // Model ids hold slashes (`openai/gpt-4o-mini`), so the id is the rest of the path.
  router.get('/v1/models/*id', (req, res) => {
    const raw = req.params.id;
    const id = Array.isArray(raw) ? raw.join('/') : String(raw);
    const model = routes.find(id);
    if (!model) throw new HttpError('model_not_found', `the model "${id}" does not exist`, { details: { param: 'model' } });
    res.json(model);
  });
  return router;
}
