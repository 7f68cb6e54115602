/**
 * The API's routes as data: access rule, rate limit, request and response schemas, error codes.
 * The OpenAPI document is generated from this table, and the app enforces scopes, rate limits and
 * 405s from the same table, so what the document promises is what the gateway does.
 */
import { z } from 'zod';
import type { Scope } from '../../shared/api-key-store';
import { cleanupRequestSchema, historyQuerySchema } from '../history-schemas';
import type { RateLimits } from '../middleware/rate-limit';
import { taskRequestSchema } from '../schemas';
import type { ErrorCode, ErrorVariant } from '../../shared/errors/catalog';
import * as s from './schemas';
import { usageQueryParamsSchema, usageReportSchema } from '../spend/usage-schemas';

export type Method = 'get' | 'post';

export interface ResponseSpec {
  description: string;
  /** A named schema becomes a component (`#/components/schemas/<name>`). */
  schema?: z.ZodType;
  name?: string;
  contentType?: string;
  headers?: string[];
}

export interface RouteSpec {
  method: Method;
  /** OpenAPI path template: `/ai/task/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** `open`: no key needed; `key`: any valid key; a scope: a key holding it (admin holds all). */
  access: 'open' | 'key' | Scope;
  rateLimit?: keyof RateLimits;
  params?: z.ZodObject;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  body?: { name: string; schema: z.ZodType; required: boolean };
  responses: Record<number, ResponseSpec>;
  /** Codes this route answers with besides those its access and rate limit imply; `[code, variant]` names the catalogue's other status. */
  errors: (ErrorCode | [ErrorCode, ErrorVariant])[];
}

export interface RouteTableOptions {
  maxTextChars: number;
}

const JSON_BODY_ERRORS: ErrorCode[] = ['invalid_json', 'invalid_request', 'unstorable_text', 'undecodable_body', 'payload_too_large', 'unsupported_media_type', 'unsupported_content_encoding', 'request_aborted'];

export function apiRoutes({ maxTextChars }: RouteTableOptions): RouteSpec[] {
  return [
    {
      method: 'post',
      path: '/ai/task',
      operationId: 'submitTask',
      summary: 'Run a task',
      description:
        'Waits up to SYNC_WAIT_MS for the answer (200); past that, or with `?wait=false` or `Prefer: respond-async`, answers 202 with a status URL. It never hangs. A sync request goes to the interactive lane, an async one to the batch lane unless `priority` says otherwise; `X-Queue-Lane` names the lane used (docs/fair-queueing.md).',
      tag: 'tasks',
      access: 'tasks',
      rateLimit: 'tasks',
      query: z.object({ wait: z.enum(['true', 'false', '1', '0']).optional().meta({ description: '`false` (or `0`) answers 202 at once.' }) }),
      headers: z.object({
        'Idempotency-Key': z
          .string()
          .regex(/^[\x21-\x7e]{1,255}$/)
          .optional()
          .meta({ description: 'The same key (per caller) returns the same task and never enqueues a second job.' }),
        Prefer: z.string().optional().meta({ description: '`respond-async` answers 202 at once.' }),
      }),
      body: { name: 'TaskRequest', schema: taskRequestSchema(maxTextChars), required: true },
      responses: {
        200: { description: 'The task finished successfully.', name: 'TaskResult', schema: s.taskResultSchema, headers: ['X-Queue-Lane'] },
        202: { description: 'Accepted; poll `status_url`.', name: 'TaskAccepted', schema: s.taskAcceptedSchema, headers: ['Location', 'X-Queue-Lane'] },
      },
      errors: [
        ...JSON_BODY_ERRORS,
        'unknown_task',
        'invalid_options',
        'unknown_provider',
        'provider_not_configured',
        'invalid_idempotency_key',
        'idempotency_key_reused',
        'content_filtered',
        'task_failed',
        'all_providers_failed',
        'no_provider_available',
        'queue_unavailable',
        'database_unavailable',
        'queue_full',
        'task_deadline_exceeded',
      ],
    },
    {
      method: 'get',
      path: '/ai/task/{id}',
      operationId: 'getTask',
      summary: "A task's status and result",
      description: 'Only the key that created the task, or an admin key, can read it; anyone else gets 404.',
      tag: 'tasks',
      access: 'tasks',
      params: z.object({ id: z.uuid().meta({ description: 'The `task_id`.' }) }),
      responses: {
        200: { description: 'The task, finished or still queued/running.', schema: z.union([s.taskResultSchema, s.taskPendingSchema]) },
      },
      errors: ['task_not_found', 'queue_unavailable', 'database_unavailable', 'storage_unavailable'],
    },
    {
      method: 'get',
      path: '/ai/tasks',
      operationId: 'listTasks',
      summary: 'The tasks this gateway can run',
      tag: 'tasks',
      access: 'key',
      responses: { 200: { description: 'Every task with its options as JSON Schema.', name: 'TaskCatalog', schema: s.taskCatalogSchema } },
      errors: [],
    },
    {
      method: 'get',
      path: '/ai/tasks/{name}',
      operationId: 'getTaskDefinition',
      summary: 'One task of the catalog',
      tag: 'tasks',
      access: 'key',
      params: z.object({ name: z.string().meta({ description: 'A task name, e.g. `summarize`.' }) }),
      responses: { 200: { description: 'The task.', name: 'TaskCatalogEntry', schema: s.taskCatalogEntrySchema } },
      errors: [['unknown_task', 'lookup']],
    },
    {
      method: 'get',
      path: '/history',
      operationId: 'listHistory',
      summary: 'Recent tasks, newest first',
      description: "The caller's own tasks (every caller's for admin keys), 50 per page by default, with cursor paging and filters.",
      tag: 'history',
      access: 'history',
      query: historyQuerySchema,
      responses: { 200: { description: 'A page of tasks.', name: 'HistoryPage', schema: s.historyPageSchema } },
      errors: ['invalid_query', 'database_unavailable'],
    },
    {
      method: 'get',
      path: '/usage',
      operationId: 'usageReport',
      summary: 'Spend and traffic per key, provider, model or day',
      description:
        "Requests, errors, tokens, cost (USD) and cache hits of the tasks created in [`from`, `to`), from Postgres: the caller's own (every key's for admin keys). See docs/spend.md.",
      tag: 'history',
      access: 'history',
      query: usageQueryParamsSchema,
      responses: { 200: { description: 'One item per group.', name: 'UsageReport', schema: usageReportSchema } },
      errors: ['invalid_query', 'database_unavailable'],
    },
    {
      method: 'post',
      path: '/history/cleanup',
      operationId: 'cleanupHistory',
      summary: 'Delete failed tasks from the history',
      description: "Deletes rows in status `error`: the caller's own, or every caller's for admin keys.",
      tag: 'history',
      access: 'history',
      rateLimit: 'cleanup',
      body: { name: 'CleanupRequest', schema: cleanupRequestSchema, required: false },
      responses: { 200: { description: 'How many rows were deleted.', name: 'CleanupResult', schema: s.cleanupResultSchema } },
      errors: [...JSON_BODY_ERRORS, 'database_unavailable'],
    },
    {
      method: 'get',
      path: '/provider/status',
      operationId: 'providerStatus',
      summary: 'Provider configuration',
      description: "The original service's flags, the `auto` order, and each provider's set-up. Never a key.",
      tag: 'providers',
      access: 'key',
      responses: { 200: { description: 'Provider status.', name: 'ProviderStatus', schema: s.providerStatusSchema } },
      errors: [],
    },
    {
      method: 'get',
      path: '/queue/stats',
      operationId: 'queueStats',
      summary: 'Jobs per queue state',
      tag: 'operations',
      access: 'key',
      responses: { 200: { description: 'Counts.', name: 'QueueStats', schema: s.queueStatsSchema } },
      errors: ['queue_unavailable'],
    },
    {
      method: 'get',
      path: '/metrics',
      operationId: 'metrics',
      summary: 'Prometheus metrics of this process',
      description: 'Not behind API keys (Prometheus does not send them); when METRICS_TOKEN is set, send it as a Bearer token.',
      tag: 'operations',
      access: 'open',
      responses: { 200: { description: 'The Prometheus text format.', contentType: 'text/plain' } },
      errors: ['invalid_metrics_token'],
    },
    {
      method: 'get',
      path: '/',
      operationId: 'dashboard',
      summary: 'The web dashboard',
      description: 'Public: the page holds no data, and the API calls it makes carry the key the user saved in the browser.',
      tag: 'operations',
      access: 'open',
      responses: { 200: { description: 'An HTML page (its assets are under /dashboard/).', contentType: 'text/html' } },
      errors: ['dashboard_not_built'],
    },
    {
      method: 'get',
      path: '/dashboard/config',
      operationId: 'dashboardConfig',
      summary: "The dashboard's settings",
      tag: 'operations',
      access: 'open',
      responses: { 200: { description: 'Settings.', name: 'DashboardConfig', schema: s.dashboardConfigSchema } },
      errors: [],
    },
    {
      method: 'get',
      path: '/admin/queues/',
      operationId: 'queueBoard',
      summary: 'Bull Board: the queue for operators',
      description: 'A browser may send the key as the Basic-auth password. With BULL_BOARD_READ_ONLY it can look but not change.',
      tag: 'operations',
      access: 'admin',
      responses: { 200: { description: 'An HTML page.', contentType: 'text/html' } },
      errors: [],
    },
    {
      method: 'get',
      path: '/health',
      operationId: 'health',
      summary: 'Liveness: the process is up',
      tag: 'operations',
      access: 'open',
      responses: { 200: { description: 'Up.', schema: s.healthSchema } },
      errors: [],
    },
    {
      method: 'get',
      path: '/ready',
      operationId: 'ready',
      summary: 'Readiness: Redis and Postgres answer',
      tag: 'operations',
      access: 'open',
      responses: { 200: { description: 'Ready.', schema: s.readySchema } },
      errors: ['not_ready'],
    },
    {
      method: 'get',
      path: '/openapi.json',
      operationId: 'openApiDocument',
      summary: 'This document',
      tag: 'operations',
      access: 'open',
      responses: { 200: { description: 'The OpenAPI 3.1 document.', schema: z.record(z.string(), z.unknown()) } },
      errors: [],
    },
    {
      method: 'get',
      path: '/docs/',
      operationId: 'apiReference',
      summary: 'Interactive API reference',
      description: 'Served from the gateway itself (no CDN). `/docs` redirects here.',
      tag: 'operations',
      access: 'open',
      responses: { 200: { description: 'An HTML page.', contentType: 'text/html' } },
      errors: [],
    },
  ];
}

/** `/ai/task/{id}` → `/ai/task/:id`. */
export function expressPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}
