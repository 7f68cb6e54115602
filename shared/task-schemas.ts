/**
 * The shapes that cross process boundaries: a queued job's payload and a finished task's outcome.
 * Both are validated with zod where they are read, because Redis holds them between processes
 * that may run different versions.
 */
import { z } from 'zod';
import { chatJobSchema, toolCallSchema } from './chat-job';
import { embeddingJobSchema } from './embedding-job';
import { fairTicketSchema } from './fair/policy';
import { jobCacheSchema } from './spend/job-cache';
import { jobIdempotencySchema } from './idempotency-job';


export const ERROR_KINDS = [
  'rate_limited',
  'overloaded',
  'server_error',
  'timeout',
  'network',
  'auth',
  'bad_request',
  'context_length',
  'content_filter',
  'malformed_response',
  'circuit_open',
  'unsupported',
  /** The provider does not serve the model (404): that deployment is misconfigured. */
  'model_not_found',
  /** Connection refused, DNS failure: every deployment on that base URL is unreachable. */
  'connection',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export const attemptSchema = z.object({
  provider: z.string(),
  model: z.string().optional(),
  outcome: z.enum(['success', 'error', 'skipped']),
  status_code: z.number().int().optional(),
  error_kind: z.enum(ERROR_KINDS).optional(),
  message: z.string().optional(),
  latency_ms: z.number(),
  /** Set on the last attempt at a provider the chain then left: the provider it moved on to (the reason is `error_kind`). */
  failover_to: z.string().optional(),
  /** Tokens this attempt consumed (a failed attempt that consumed tokens carries them too) and their price. */
  input_tokens: z.number().int().optional(),
  output_tokens: z.number().int().optional(),
  /** USD; null when the model has no price (shared/spend/price-book.ts). */
  cost_usd: z.number().nullable().optional(),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const decisionSchema = z.object({
  decision: z.enum(['PASS', 'FAIL', 'NEEDS_INFO']),
  reasons: z.array(z.string()),
  evidence: z.array(z.string()),
  fields: z.record(z.string(), z.unknown()).optional(),
  engine: z.enum(['model', 'rules']),
});
export type Decision = z.infer<typeof decisionSchema>;

export const usageSchema = z.object({ input_tokens: z.number().int(), output_tokens: z.number().int() });
export type Usage = z.infer<typeof usageSchema>;

export const TASK_STATUSES = ['queued', 'running', 'success', 'error'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** What a worker produces for a task; the same object is persisted and returned to the caller. */
export const outcomeSchema = z.object({
  task_id: z.uuid(),
  status: z.enum(['success', 'error']),
  task: z.string(),
  provider_requested: z.string(),
  provider_used: z.string().nullable(),
  /** The model that answered; after a failover not the one asked for (`requested_model`). */
  model: z.string().nullable(),
  /** The model the request asked for first (a /v1 request's first target); null for /ai/task, which names a provider; absent on old records. */
  requested_model: z.string().nullable().optional(),
  result: z.string().nullable(),
  confidence: z.number().nullable(),
  decision: decisionSchema.nullable(),
  /** What the task's parser corrected or dropped (a repaired answer, invented evidence); absent on old records. */
  notes: z.array(z.string()).optional(),
  latency_ms: z.number(),
  queue_wait_ms: z.number(),
  attempts: z.array(attemptSchema),
  usage: usageSchema.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  /** USD: the sum of the attempts' costs; null when a model that consumed tokens has no price; absent on old records. */
  cost_usd: z.number().nullable().optional(),
  /** Answered from the response cache: no provider was called and it cost nothing. */
  cache_hit: z.boolean().optional(),
  /** Chat completions: why the answering model stopped (`stop`, `length`, ...), in OpenAI's words. */
  finish_reason: z.string().optional(),
  /** Embeddings: the vectors, in input order. On the job's return value only; the history never stores them. */
  embeddings: z.array(z.array(z.number())).optional(),
  /** Chat completions: the tool calls the answer made (finish reason `tool_calls`); absent when none. */
  tool_calls: z.array(toolCallSchema).optional(),
  caller: z.string(),
  idempotency_key: z.string().nullable(),
  created_at: z.string(),
  started_at: z.string(),
  finished_at: z.string(),
});
export type TaskOutcome = z.infer<typeof outcomeSchema>;

export const jobDataSchema = z.object({
  taskId: z.uuid(),
  task: z.string(),
  text: z.string(),
  provider: z.string(),
  options: z.record(z.string(), z.unknown()).default({}),
  caller: z.string(),
  idempotencyKey: z.string().optional(),
  requestId: z.string().optional(),
  enqueuedAt: z.number(),
  /** Set when the task ran but persisting its outcome failed: a retry persists it without calling providers again. */
  pendingOutcome: outcomeSchema.optional(),
  /** Set for POST /v1/chat/completions: the conversation and its targets replace `text` and `provider`. */
  chat: chatJobSchema.optional(),
  /** Set for POST /v1/embeddings: the texts and their targets replace `text` and `provider`. */
  embedding: embeddingJobSchema.optional(),
  /** File a successful answer in the response cache under this entry (shared/spend/response-cache.ts). */
  cache: jobCacheSchema.optional(),
  /** Sent to /v1 with an Idempotency-Key: file the finished outcome under the key's record (shared/idempotency.ts). */
  idempotency: jobIdempotencySchema.optional(),
  /** How many times writing `pendingOutcome` has failed so far. */
  persistTries: z.number().int().min(0).optional(),
  /** Its place in the fair queue (lane, tenant, tag); absent when FAIR_QUEUEING is off or on jobs queued before it existed. */
  fair: fairTicketSchema.optional(),
});
export type JobData = z.infer<typeof jobDataSchema>;
