/** GET /ai/tasks: what a caller can ask for, each task with its description and options as JSON Schema. */
import { Router } from 'express';
import { z } from 'zod';
import { TASK_CATALOG, TASK_NAMES, type TaskContract } from '../../shared/tasks/catalog';
import { HttpError } from '../http-error';

export interface TaskCatalogEntry {
  name: string;
  description: string;
  /** The offline `local` provider can do this task (possibly only for some inputs; see the description). */
  offline: boolean;
  options_schema: unknown;
}

function entry(name: string, task: TaskContract): TaskCatalogEntry {
  return {
    name,
    description: task.description,
    offline: task.offline,
    // The input side: what a request may send, with defaults still optional.
    options_schema: z.toJSONSchema(task.options, { io: 'input', unrepresentable: 'any' }),
  };
}

export function taskCatalogRoutes(): Router {
  // The catalogue is fixed at start-up, so its JSON is built once.
  const catalog = new Map(Object.entries(TASK_CATALOG).map(([name, task]) => [name, entry(name, task)]));
  const router = Router();

  router.get('/ai/tasks', (_req, res) => {
    res.json({ tasks: [...catalog.values()] });
  });

  router.get('/ai/tasks/:name', (req, res) => {
    const found = catalog.get(req.params.name);
    if (!found) throw new HttpError('unknown_task', `unknown task "${req.params.name}"`, { details: { known_tasks: TASK_NAMES }, variant: 'lookup' });
    res.json(found);
  });

  return router;
}
