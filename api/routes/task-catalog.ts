/** GET /ai/tasks: what a caller can ask for, each task with its description and options as JSON Schema. */
import { Router } from 'express';
import { z } from 'zod';
import { TASKS, taskNames } from '../../worker/tasks/registry';
import type { TaskDefinition } from '../../worker/tasks/types';
import { HttpError } from '../http-error';

export interface TaskCatalogEntry {
  name: string;
  description: string;
  /** The offline `local` provider can do this task (possibly only for some inputs; see the description). */
  offline: boolean;
  options_schema: unknown;
}

function entry(task: TaskDefinition): TaskCatalogEntry {
  return {
    name: task.name,
    description: task.description,
    offline: typeof task.offline === 'function',
    // The input side: what a request may send, with defaults still optional.
    options_schema: z.toJSONSchema(task.options, { io: 'input', unrepresentable: 'any' }),
  };
}

export function taskCatalogRoutes(): Router {
  // The registry is fixed at start-up, so the catalog is built once.
  const catalog = new Map([...TASKS.values()].map((task) => [task.name, entry(task)]));
  const router = Router();

  router.get('/ai/tasks', (_req, res) => {
    res.json({ tasks: [...catalog.values()] });
  });

  router.get('/ai/tasks/:name', (req, res) => {
    const found = catalog.get(req.params.name);
    if (!found) throw new HttpError(404, 'unknown_task', `unknown task "${req.params.name}"`, { known_tasks: taskNames() });
    res.json(found);
  });

  return router;
}
