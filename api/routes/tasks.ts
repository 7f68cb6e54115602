/** POST /ai/task (sync with a bounded wait, or async) and GET /ai/task/:id. */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { ProviderInfo } from '../../shared/providers/status';
import { findTaskContract, TASK_NAMES } from '../../shared/tasks/catalog';
import type { CompletionWaiter } from '../completion-waiter';
import { HttpError } from '../http-error';
import { idempotencyKeyOf } from '../idempotency-keys';
import { placementFor } from '../intake';
import { isAdmin } from '../middleware/auth';
import { fieldErrors, taskRequestSchema, type TaskRequest } from '../schemas';
import type { TaskService } from '../task-service';
import { outcomeView } from '../task-view';
import { attemptsFor, errorFor, viewFor } from '../tenant-view';
import type { TaskOutcome } from '../../shared/task-schemas';
import type { ApiCache } from '../spend/cache';

/** Built once: clients poll this route, and zod builds a schema at some cost. */
const taskIdSchema = z.uuid();

export interface TaskRoutesDeps {
  service: TaskService;
  waiter: CompletionWaiter;
  providers: ReadonlyMap<string, ProviderInfo>;
  maxTextChars: number;
  syncWaitMs: number;
  /** The response cache (CACHE_TTL_SECONDS > 0); absent, nothing is cached. */
  cache?: ApiCache;
}

function validate(body: unknown, deps: TaskRoutesDeps, schema: ReturnType<typeof taskRequestSchema>): TaskRequest {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new HttpError('invalid_request', 'the request body is not valid', { details: fieldErrors(parsed.error) });
  const request = parsed.data;
  const task = findTaskContract(request.task);
  if (!task) throw new HttpError('unknown_task', `unknown task "${request.task}"`, { details: { known_tasks: TASK_NAMES } });
  const options = task.options.safeParse(request.options);
  if (!options.success) throw new HttpError('invalid_options', `invalid options for task "${request.task}"`, { details: fieldErrors(options.error) });
  if (request.provider !== 'auto') {
    const provider = deps.providers.get(request.provider);
    if (!provider) {
      throw new HttpError('unknown_provider', `unknown provider "${request.provider}"`, { details: { known_providers: ['auto', ...deps.providers.keys()] } });
    }
    if (!provider.configured) {
      throw new HttpError('provider_not_configured', `provider "${request.provider}" has no usable API key configured`);
    }
  }
  return { ...request, options: options.data as Record<string, unknown> };
}

function wantsAsync(req: Request): boolean {
  const wait = String(req.query.wait ?? '').toLowerCase();
  if (wait === 'false' || wait === '0') return true;
  return /\brespond-async\b/i.test(req.get('prefer') ?? '');
}

function accepted(res: Response, taskId: string, status: string): void {
  const statusUrl = `/ai/task/${taskId}`;
  res.status(202).location(statusUrl).json({ task_id: taskId, status, status_url: statusUrl });
}

function sendOutcome(res: Response, outcome: TaskOutcome, admin: boolean): void {
  if (outcome.status === 'success') {
    res.status(200).json(viewFor(outcomeView(outcome), admin));
    return;
  }
  const error = errorFor(outcome.error ?? { code: 'task_failed', message: 'the task failed' }, outcome.attempts, admin);
  throw HttpError.fromTask(error.code, error.message, {
    task_id: outcome.task_id,
    attempts: attemptsFor(outcome.attempts, admin),
  });
}

export function taskRoutes(deps: TaskRoutesDeps): Router {
  const router = Router();
  // Built once: constructing a zod schema per request was a tenth of the API's CPU under load.
  const requestSchema = taskRequestSchema(deps.maxTextChars);

  router.post('/ai/task', async (req, res) => {
    const request = validate(req.body, deps, requestSchema);
    const idempotencyKey = idempotencyKeyOf(req);
    const async = wantsAsync(req);
    const cached = await deps.cache?.lookup(req, res, 'ai/task', [request.task, request.text, request.provider, request.options]);
    if (cached?.hit) return sendOutcome(res, cached.hit, isAdmin(req));
    // Someone waiting for a sync answer is interactive; async work is batch unless the caller asks otherwise.
    const placement = placementFor(req.principal, request.priority ?? (async ? 'batch' : 'interactive'));
    const { taskId, reused, lane } = await deps.service.submit(request, req.caller, idempotencyKey, req.requestId, placement, cached?.entry);
    if (reused) res.setHeader('Idempotent-Replayed', 'true');
    if (lane) res.setHeader('X-Queue-Lane', lane);
    if (async) return accepted(res, taskId, 'queued');

    const result = await deps.waiter.wait(taskId, deps.syncWaitMs);
    if (result.kind === 'timeout') return accepted(res, taskId, 'running');
    if (result.kind === 'failed') throw new HttpError('task_failed', `the task could not be completed: ${result.reason}`, { details: { task_id: taskId } });
    sendOutcome(res, result.outcome, isAdmin(req));
  });

  router.get('/ai/task/:id', async (req, res) => {
    const id = taskIdSchema.safeParse(req.params.id);
    if (!id.success) throw new HttpError('task_not_found', `no task with id ${req.params.id}`);
    res.json(viewFor(await deps.service.find(id.data, req.caller, isAdmin(req)), isAdmin(req)));
  });

  return router;
}
