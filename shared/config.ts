/**
 * The gateway's configuration, parsed once from the environment by one zod schema.
 * Everything else receives the typed `Config`; nothing else reads `process.env`.
 */
import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { z } from 'zod';
import { providerEnvShape, refineProviderNames } from './provider-config';
import { refineRouteProviders, routesSchema } from './route-config';

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

/** Comma-separated browser origins (`https://app.example.com`), or `*` for any. */
const originList = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim().replace(/\/+$/, ''))
      .filter(Boolean),
  )
  .refine(
    (origins) =>
      origins.every((o) => {
        if (o === '*') return true;
        try {
          const parsed = new URL(o);
          return ['http:', 'https:'].includes(parsed.protocol) && parsed.origin === o;
        } catch {
          return false;
        }
      }),
    'comma-separated origins like https://app.example.com (scheme, host and optional port only), or *',
  );
/** Express `trust proxy`: true/false, a hop count, or trusted proxy addresses, subnets and names. */
const trustProxy = z.string().transform((v, ctx): boolean | number | string[] => {
  const lower = v.toLowerCase();
  if (['true', 'false'].includes(lower)) return lower === 'true';
  if (/^\d{1,2}$/.test(v)) return Number(v);
  const entries = v.split(',').map((s) => s.trim()).filter(Boolean);
  const valid = (e: string) => ['loopback', 'linklocal', 'uniquelocal'].includes(e) || isIpOrSubnet(e);
  if (entries.length === 0 || !entries.every(valid)) {
    ctx.addIssue({ code: 'custom', message: 'true, false, a hop count, or comma-separated IPs/subnets (loopback, linklocal, uniquelocal allowed)' });
    return z.NEVER;
  }
  return entries;
});

function isIpOrSubnet(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

/** `{"openai":0.8}`: a provider's base confidence, replacing the built-in figure. */
const confidenceOverrides = z
  .string()
  .transform((raw, ctx): unknown => {
    try {
      return JSON.parse(raw);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object of provider name to a number from 0 to 1, e.g. {"openai":0.8}' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'provider names are lower-case'), z.number().min(0).max(1)));

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
  /** Streaming: a provider that sends no token this long after the call began has failed (and the stream fails over). */
  FIRST_TOKEN_TIMEOUT_SECONDS: seconds().default(15),
  /** Streaming: a provider silent this long between chunks has failed; the API gives up on a silent worker a little later. */
  STREAM_IDLE_TIMEOUT_SECONDS: seconds().default(10),
  RETRY_BASE_MS: int(0, 60_000).default(200),
  RETRY_MAX_MS: int(0, 600_000).default(2_000),
  /** The longest Retry-After the gateway waits out on one provider; a longer one fails over at once. */
  RETRY_AFTER_MAX_MS: int(0, 600_000).default(10_000),
  CIRCUIT_BREAKER_THRESHOLD: int(1, 1000).default(3),
  CIRCUIT_BREAKER_RESET_TIMEOUT: seconds().default(60),
  /** Each re-open doubles the open time, up to this many seconds. */
  CIRCUIT_BREAKER_MAX_RESET_TIMEOUT: seconds().default(600),
  /** The failure-rate rule: over this window, more than FAILURE_RATE of at least MIN_CALLS calls failing opens the circuit. */
  CIRCUIT_BREAKER_WINDOW_SECONDS: seconds().default(60),
  CIRCUIT_BREAKER_FAILURE_RATE: z.coerce.number().gt(0).max(1).default(0.5),
  CIRCUIT_BREAKER_MIN_CALLS: int(1, 1_000_000).default(10),
  /** Probe calls a half-open circuit lets through across the whole fleet at once. */
  CIRCUIT_BREAKER_HALF_OPEN_PROBES: int(1, 1000).default(1),
  /** How long a provider is skipped after a 429 that names no Retry-After. */
  RATE_LIMIT_COOLDOWN_MS: int(0, 3_600_000).default(5_000),
  /** `refuse`: do not start when Redis may evict keys (maxmemory-policy other than noeviction); `warn`: start anyway. */
  REDIS_EVICTION_CHECK: z.enum(['refuse', 'warn']).default('refuse'),
  PROVIDER_ORDER: providerList.default(DEFAULT_PROVIDER_ORDER),
  /** Named routes for /v1/chat/completions: JSON of name → ordered "provider/model" list. */
  ROUTES: routesSchema.default({}),
  LOCAL_PROVIDER: bool.default(true),
  /** Per-provider base confidence, e.g. {"openai":0.8}; `local` stays capped at 0.6 whatever it says. */
  CONFIDENCE_OVERRIDES: confidenceOverrides.default({}),
  API_KEY: optionalSecret,
  /** Offered by the dashboard's "Use demo key" button to anyone who opens it: give it only harmless scopes. */
  DEMO_API_KEY: optionalSecret,
  /** The Grafana dashboard the web dashboard links to. */
  GRAFANA_URL: url(['http:', 'https:']).default('http://localhost:3000'),
  /** Per key (or per client IP when auth is off), per minute; a managed key's own limit replaces the task limit. */
  RATE_LIMIT_TASKS_PER_MINUTE: int(1, 1_000_000_000).default(30),
  RATE_LIMIT_CLEANUP_PER_MINUTE: int(1, 1_000_000_000).default(5),
  /** How long a managed key lookup is cached in the API; a revoked key stops working within this time. */
  AUTH_CACHE_SECONDS: int(0, 3_600).default(5),
  /** Browser origins allowed by CORS; unset means CORS stays off. */
  CORS_ORIGINS: originList.default([]),
  TRUST_PROXY: trustProxy.default(false),
  /** Input texts are left out of logs unless this is on. */
  LOG_TEXT: bool.default(false),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly']).default('info'),
  /** Also append the JSON log lines to this file (the console always gets them). */
  LOG_FILE: z.string().min(1).optional(),
  /** Each worker serves /metrics (and /health) here, so Prometheus sees a dead worker as `up == 0`; 0 picks a free port. */
  WORKER_METRICS_PORT: int(0, 65_535).default(9464),
  /** When set, /metrics on the API and on every worker wants `Authorization: Bearer <token>`. */
  METRICS_TOKEN: optionalSecret,
  /** Bull Board at /admin/queues shows the queue but cannot retry, remove, pause or add jobs. */
  BULL_BOARD_READ_ONLY: bool.default(false),
  MAX_BODY_BYTES: int(1_024, 50 * 1024 * 1024).default(1024 * 1024),
  MAX_TEXT_CHARS: int(1, 10_000_000).default(200_000),
  /** How long a worker waits for active tasks to finish after SIGTERM before closing anyway. */
  SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(25_000),
  /** BullMQ lock and stalled-job check: a killed worker's job is handed on after about this long. */
  JOB_LOCK_MS: int(1_000, 600_000).default(30_000),
  STALLED_INTERVAL_MS: int(1_000, 600_000).default(30_000),
  /** Tries at writing a finished task's outcome while Postgres is unreachable; at the 30 s cap, 1000 tries cover about 8 hours. */
  PERSIST_ATTEMPTS: int(1, 1_000_000).default(1_000),
  /** The longest pause between two tries at writing an outcome (the backoff doubles from 1 s up to this). */
  PERSIST_RETRY_MAX_MS: int(1_000, 3_600_000).default(30_000),
  /** Completed jobs stay in Redis this long so late pollers and idempotent retries find them. */
  JOB_RETENTION_SECONDS: int(60, 30 * 86_400).default(86_400),
  IDEMPOTENCY_TTL_SECONDS: int(60, 30 * 86_400).default(86_400),
  /** History (Postgres) older than this many days is removed by the workers, a whole month at a time where it can; 0 keeps it forever. */
  HISTORY_RETENTION_DAYS: int(0, 36_500).default(0),

  NVIDIA_API_KEY: optionalSecret,
  MISTRAL_API_KEY: optionalSecret,
  OPENAI_API_KEY: optionalSecret,
  CLAUDE_API_KEY: optionalSecret,
  GEMINI_API_KEY: optionalSecret,
  HF_API_KEY: optionalSecret,
  ...providerEnvShape,
  // `when`: check provider names even when other variables are bad, so one message names them all.
}).superRefine(
  (env, ctx) => {
    refineProviderNames(env, [...BUILT_IN_PROVIDERS, 'local'], ctx);
    refineRouteProviders(env, BUILT_IN_PROVIDERS, ctx);
  },
  { when: () => true },
);

export type Config = z.infer<typeof envSchema>;
/** Every variable the schema reads, for checks that deployment files name only real settings. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

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
