/**
 * Zod schemas of the API's answers, for the OpenAPI document (requests are validated by the
 * schemas in api/schemas.ts and api/history-schemas.ts, which the document also uses). Tests
 * parse real answers with these, so the document cannot drift from what the API sends.
 */
import { z } from 'zod';
import { deploymentStatusViewSchema } from '../../shared/health/status-view';
import { outcomeSchema, TASK_STATUSES } from '../../shared/task-schemas';

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'A stable, machine-readable code; see each response for the codes it may carry.' }),
      message: z.string(),
      details: z.unknown().optional().meta({ description: 'Per code: the bad fields, the known tasks or providers, every attempt, ...' }),
      request_id: z.string().optional().meta({ description: 'The X-Request-Id of this request; quote it when reporting a problem.' }),
    }),
  })
  .meta({ description: 'Every error has this shape.' });

/** A finished task, as POST /ai/task and GET /ai/task/{id} return it. */
export const taskResultSchema = outcomeSchema.omit({ caller: true, idempotency_key: true }).extend({
  status: z.enum(TASK_STATUSES),
});

export const taskPendingSchema = z.object({
  task_id: z.uuid(),
  status: z.enum(['queued', 'running']),
  task: z.string(),
  provider_requested: z.string(),
  created_at: z.string(),
});

export const taskAcceptedSchema = z.object({
  task_id: z.uuid(),
  status: z.enum(['queued', 'running']),
  status_url: z.string().meta({ description: 'Poll this (GET) for the result; also in the Location header.' }),
});

/** A history row: the fields GET /ai/task/{id} shows for a task, and its tool-call count. */
export const historyItemSchema = taskResultSchema.extend({
  tool_call_count: z.number().int().nullable().optional().meta({ description: 'Chat completions: how many tool calls the answer made; null for other tasks and older rows.' }),
});

export const historyPageSchema = z.object({
  items: z.array(historyItemSchema).meta({ description: 'Newest first.' }),
  next_cursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
});

export const cleanupResultSchema = z.object({
  deleted: z.number().int().meta({ description: 'How many error rows were deleted.' }),
  older_than_minutes: z.number().int().nullable(),
});

export const providerStatusSchema = z.looseObject({
  nvidia_fallback_enabled: z.boolean(),
  openai_native_enabled: z.boolean(),
  claude_native_enabled: z.boolean(),
  gemini_native_enabled: z.boolean(),
  huggingface_native_enabled: z.boolean(),
  provider_order: z.array(z.string()).meta({ description: 'The `auto` chain, `local` last when enabled.' }),
  deployments: z
    .array(deploymentStatusViewSchema)
    .nullable()
    .meta({ description: 'Every configured deployment (provider + model + key label, never the key) with its health; null while Redis is unreachable.' }),
  providers: z.array(
    z.looseObject({
      name: z.string(),
      configured: z.boolean(),
      key_source: z.enum(['native', 'nvidia', 'none']).nullable(),
      model: z.string().nullable(),
      base_url_host: z.string().nullable(),
    }),
  ),
});

export const taskCatalogEntrySchema = z.object({
  name: z.string(),
  description: z.string(),
  offline: z.boolean().meta({ description: 'The offline `local` provider can do this task.' }),
  options_schema: z.unknown().meta({ description: "JSON Schema of the task's `options`." }),
});

export const taskCatalogSchema = z.object({ tasks: z.array(taskCatalogEntrySchema) });

export const healthSchema = z.object({ status: z.literal('ok') });

export const readySchema = z.object({
  status: z.literal('ready'),
  checks: z.object({ redis: z.enum(['up', 'down']), postgres: z.enum(['up', 'down']) }),
  redis_persistence: z
    .object({
      mode: z.enum(['aof', 'rdb', 'off', 'unknown']),
      appendfsync: z.string().optional(),
      save: z.string().optional().meta({ description: 'RDB save points; empty means none.' }),
      source: z.enum(['config', 'info', 'none']),
    })
    .meta({ description: 'Whether Redis keeps its data across a restart; reported, never a reason to fail (accepted tasks are in Postgres).' }),
});

const laneDepthSchema = z.object({
  waiting: z.number().int().meta({ description: 'Jobs admitted to the lane and not started yet.' }),
  oldest_wait_ms: z.number().int().meta({ description: 'How long the oldest of them has waited (0 when none waits).' }),
});
const laneDepthsSchema = z.object({ interactive: laneDepthSchema, batch: laneDepthSchema });

export const queueStatsSchema = z.object({
  waiting: z.number().int(),
  active: z.number().int(),
  delayed: z.number().int(),
  failed: z.number().int(),
  completed: z.number().int(),
  fair_queueing: z.boolean().meta({ description: 'FAIR_QUEUEING: lanes and per-key fair share are on (docs/fair-queueing.md).' }),
  lanes: laneDepthsSchema.optional().meta({ description: 'Depth and oldest wait per lane; absent when fair queueing is off.' }),
  keys: z
    .array(
      z.object({
        key_id: z.string(),
        name: z.string(),
        lanes: laneDepthsSchema,
        running: z.number().int().meta({ description: 'Jobs of this key running now, across all workers.' }),
      }),
    )
    .optional()
    .meta({ description: 'Keys with jobs waiting or running, deepest first: every key for an admin key, only its own for others.' }),
});

export const dashboardConfigSchema = z.object({
  demo_api_key: z.string().nullable().meta({ description: 'DEMO_API_KEY, offered by the dashboard; null when unset.' }),
  grafana_url: z.string(),
});
