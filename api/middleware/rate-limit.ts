/**
 * Per-minute request limits, counted in Redis so that they hold across every API replica: per key,
 * or per client IP while authentication is off. Redis being away fails closed (503), never open.
 * Each replica leases its clients' budgets from Redis in slices (leased-store.ts), so most requests
 * cost no Redis command.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit, type AugmentedRequest, type Logger as LimiterLogger } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import type { Logger } from '../../shared/logger';
import type { Outages } from '../../shared/outage-log';
import { HttpError } from '../http-error';
import { LeasedStore, leaseKey } from './leased-store';

export interface RateLimitOptions {
  redis: Redis;
  /** The Redis key prefix of a bucket's counters (from shared/keys.ts). */
  prefix: (bucket: string) => string;
  tasksPerMinute: number;
  cleanupPerMinute: number;
  logger: Logger;
  /** The store failing is a line when Redis goes and one when it returns, not one per request. */
  outages: Pick<Outages, 'redis'>;
}

export interface RateLimits {
  /** POST /ai/task; a managed key's own `rate_limit_per_minute` replaces the default. */
  tasks: RequestHandler;
  /** POST /history/cleanup. */
  cleanup: RequestHandler;
}

const WINDOW_MS = 60_000;
/** Each Redis round trip is bounded so a hung Redis answers 503 in about a second, not after a client timeout. */
const REDIS_TIMEOUT_MS = 1_000;

/** Without Redis a task could not be queued either, so POST /ai/task keeps its usual outage answer. */
const TASKS_UNAVAILABLE = new HttpError('queue_unavailable', 'the task queue (Redis) is unreachable; try again shortly', { headers: { 'Retry-After': '1' } });
const LIMITER_UNAVAILABLE = new HttpError('rate_limit_unavailable', 'the rate limiter (Redis) is unreachable; try again shortly', { headers: { 'Retry-After': '1' } });

export function createRateLimits(options: RateLimitOptions): RateLimits {
  return {
    tasks: limiter('tasks', options, (req) => req.principal?.rateLimitPerMinute ?? options.tasksPerMinute, TASKS_UNAVAILABLE),
    cleanup: limiter('cleanup', options, () => options.cleanupPerMinute, LIMITER_UNAVAILABLE),
  };
}

function clientKey(req: Request): string {
  const principal = req.principal;
  if (principal && principal.kind !== 'anonymous') return `key:${principal.id}`;
  // IPv6 clients are counted per /56, or each could rotate through its own addresses.
  return `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
}

function limiterLogger(logger: Logger): LimiterLogger {
  return {
    error: (error, message) => logger.error(message ?? 'rate limiter error', { error }),
    warn: (error, message) => logger.warn(message ?? 'rate limiter warning', { error }),
  };
}

function limiter(bucket: string, options: RateLimitOptions, limit: (req: Request) => number, unavailable: HttpError): RequestHandler {
  const limited = rateLimit({
    windowMs: WINDOW_MS,
    limit,
    standardHeaders: 'draft-6',
    legacyHeaders: false,
    // The limit rides in the key: the store asks Redis for grants under it, and a new limit is a new lease.
    keyGenerator: (req) => leaseKey(limit(req), clientKey(req)),
    store: new LeasedStore({
      redis: options.redis,
      prefix: options.prefix(bucket),
      windowMs: WINDOW_MS,
      timeoutMs: REDIS_TIMEOUT_MS,
      // Redis is back when it answers a grant; a request served from a lease during a hang is no sign of it.
      onRedisAnswer: () => options.outages.redis.up(),
    }),
    passOnStoreError: false,
    logger: limiterLogger(options.logger),
    // Retry-After and RateLimit-* are already set when this runs; the error handler writes the body.
    handler: (req, _res, next) => {
      const info = (req as AugmentedRequest)['rateLimit'];
      const retryAfter = info?.resetTime ? Math.max(1, Math.ceil((info.resetTime.getTime() - Date.now()) / 1000)) : WINDOW_MS / 1000;
      next(
        new HttpError('rate_limited', `too many requests: the limit is ${info?.limit ?? '?'} per minute; retry in ${retryAfter} s`, {
          details: { limit: info?.limit, window_seconds: WINDOW_MS / 1000, retry_after_seconds: retryAfter },
        }),
      );
    },
  });
  return function rateLimited(req: Request, res: Response, next: NextFunction): void {
    void limited(req, res, (err?: unknown) => {
      // Counted, or refused as over the limit: the store answered (from Redis, or from its lease).
      if (err === undefined || err instanceof HttpError) return next(err);
      options.outages.redis.down(err, { request_id: req.requestId, during: 'rate limit' });
      next(unavailable);
    });
  };
}
