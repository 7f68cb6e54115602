/**
 * The gateway's configuration, parsed once from the environment by one zod schema.
 * Everything else receives the typed `Config`; nothing else reads `process.env`.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { providerEnvShape, refineProviderNames } from './provider-config';

export const BUILT_IN_PROVIDERS = ['mistral', 'gemini', 'openai', 'claude', 'huggingface', 'nvidia'] as const;
export type BuiltInProvider = (typeof BUILT_IN_PROVIDERS)[number];
/** The original service's chain; `local` is appended to every auto chain when enabled. */
export const DEFAULT_PROVIDER_ORDER: BuiltInProvider[] = ['mistral', 'gemini', 'openai', 'claude', 'huggingface'];

const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max);
const seconds = () => z.coerce.number().positive().max(86_400);
const optionalSecret = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));
const url = (protocols: string[]) =>
  z.string().refine((v) => {
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.join(' or ')}//`);
const providerList = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  )
  .refine((names) => names.length > 0, 'must name at least one provider')
  .refine((names) => names.every((n) => /^[a-z][a-z0-9_-]{0,31}$/.test(n)), 'provider names are lower-case letters, digits, - or _');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: int(0, 65_535).default(5000),
  HOST: z.string().min(1).default('0.0.0.0'),
  REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  DATABASE_URL: url(['postgres:', 'postgresql:']).default('postgres://postgres@127.0.0.1:5432/ai_gateway'),
  QUEUE_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, _ . - only (it becomes part of Redis key names)')
    .default('ai-tasks'),
  /** BullMQ key prefix. Wrap it in braces (`{aigw}`) to keep one queue in one Redis Cluster slot. */
  QUEUE_PREFIX: z.string().min(1).max(64).default('aigw'),
  WORKER_CONCURRENCY: int(1, 1000).default(10),
  SYNC_WAIT_MS: int(0, 600_000).default(30_000),
  TIMEOUT_SECONDS: seconds().default(10),
  MAX_RETRIES: int(0, 10).default(1),
  /** A whole task's budget across every provider and retry; the sync wait never exceeds it. */
  TASK_DEADLINE_SECONDS: seconds().default(60),
  RETRY_BASE_MS: int(0, 60_000).default(200),
  RETRY_MAX_MS: int(0, 600_000).default(2_000),
  /** The longest Retry-After the gateway waits out on one provider; a longer one fails over at once. */
  RETRY_AFTER_MAX_MS: int(0, 600_000).default(10_000),
  CIRCUIT_BREAKER_THRESHOLD: int(1, 1000).default(3),
  CIRCUIT_BREAKER_RESET_TIMEOUT: seconds().default(60),
  PROVIDER_ORDER: providerList.default(DEFAULT_PROVIDER_ORDER),
  LOCAL_PROVIDER: bool.default(true),
  API_KEY: optionalSecret,
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly']).default('info'),
  MAX_BODY_BYTES: int(1_024, 50 * 1024 * 1024).default(1024 * 1024),
  MAX_TEXT_CHARS: int(1, 10_000_000).default(200_000),
  /** How long a worker waits for active tasks to finish after SIGTERM before closing anyway. */
  SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(25_000),
  /** BullMQ lock and stalled-job check: a killed worker's job is handed on after about this long. */
  JOB_LOCK_MS: int(1_000, 600_000).default(30_000),
  STALLED_INTERVAL_MS: int(1_000, 600_000).default(30_000),
  /** Attempts at persisting a finished task when Postgres is unreachable (exponential backoff). */
  PERSIST_ATTEMPTS: int(1, 100).default(8),
  /** Completed jobs stay in Redis this long so late pollers and idempotent retries find them. */
  JOB_RETENTION_SECONDS: int(60, 30 * 86_400).default(86_400),
  IDEMPOTENCY_TTL_SECONDS: int(60, 30 * 86_400).default(86_400),

  NVIDIA_API_KEY: optionalSecret,
  MISTRAL_API_KEY: optionalSecret,
  OPENAI_API_KEY: optionalSecret,
  CLAUDE_API_KEY: optionalSecret,
  GEMINI_API_KEY: optionalSecret,
  HF_API_KEY: optionalSecret,
  ...providerEnvShape,
  // `when`: check provider names even when other variables are bad, so one message names them all.
}).superRefine((env, ctx) => refineProviderNames(env, [...BUILT_IN_PROVIDERS, 'local'], ctx), { when: () => true });

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment; empty strings count as unset so `FOO=` in .env means "use the default". */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') cleaned[key] = value.trim();
  }
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`));
  }
  return parsed.data;
}

/** Reads `.env` (when present) into the process environment, without overriding real variables. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** Entry points call this once: a bad value ends the process with one message naming every bad variable. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): Config {
  try {
    loadDotEnv();
    return parseConfig(env);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
