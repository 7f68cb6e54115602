/**
 * The response cache as the API uses it (docs/spend.md): `Cache-Control: no-cache` skips the
 * lookup, `no-store` skips filing the answer; every cached route answers `X-Cache: HIT` or `MISS`.
 * A hit calls no provider and costs 0; it is recorded as a task of its own with `cache_hit: true`.
 */
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { HistoryStore } from '../../shared/history-store';
import type { GatewayMetrics } from '../../shared/metrics';
import type { Outages } from '../../shared/outage-log';
import { cacheKeyHash, type JobCache, type ResponseCache } from '../../shared/spend/response-cache';
import type { TaskOutcome } from '../../shared/task-schemas';

export interface ApiCacheOptions {
  cache: ResponseCache;
  ttlSeconds: number;
  store: HistoryStore;
  metrics: Pick<GatewayMetrics, 'recordOutcome'>;
  /** Postgres being away is logged once, not per cache hit. */
  outages: Pick<Outages, 'postgres'>;
}

export interface CacheLookup {
  /** The answer, recorded as a new task of the caller's. */
  hit?: TaskOutcome;
  /** On a miss: the entry the worker files the answer under (absent with `no-store`). */
  entry?: JobCache;
}

function directives(req: Request): { lookup: boolean; store: boolean } {
  const header = (req.get('cache-control') ?? '').toLowerCase();
  return { lookup: !/\bno-cache\b/.test(header) && !/\bno-store\b/.test(header), store: !/\bno-store\b/.test(header) };
}

export class ApiCache {
  constructor(private readonly options: ApiCacheOptions) {}

  /** `fields` must hold every request field that can change the answer. */
  async lookup(req: Request, res: Response, route: string, fields: unknown): Promise<CacheLookup> {
    const wanted = directives(req);
    const key = cacheKeyHash(req.caller, route, fields);
    const found = wanted.lookup ? await this.options.cache.get(key) : undefined;
    res.setHeader('X-Cache', found ? 'HIT' : 'MISS');
    if (found) return { hit: await this.recordHit(found, req) };
    return wanted.store ? { entry: { key, ttlSeconds: this.options.ttlSeconds } } : {};
  }

  private async recordHit(cached: TaskOutcome, req: Request): Promise<TaskOutcome> {
    const now = new Date().toISOString();
    const hit: TaskOutcome = {
      ...cached,
      task_id: randomUUID(),
      caller: req.caller,
      idempotency_key: null,
      attempts: [],
      latency_ms: 0,
      queue_wait_ms: 0,
      cost_usd: 0,
      cache_hit: true,
      created_at: now,
      started_at: now,
      finished_at: now,
    };
    this.options.metrics.recordOutcome(hit);
    // Best effort: the answer is already in hand, and Postgres being away must not withhold it.
    await this.options.store.saveOutcome(hit).then(
      () => this.options.outages.postgres.up(),
      (err: unknown) => this.options.outages.postgres.down(err, { request_id: req.requestId, during: 'recording a cache hit' }),
    );
    return hit;
  }
}
