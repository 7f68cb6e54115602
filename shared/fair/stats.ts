/**
 * What the fair queue holds now, per lane and per key: jobs waiting, how long the oldest has waited,
 * jobs running. Read by GET /queue/stats and by the API's Prometheus scrape.
 */
import type { Redis } from 'ioredis';
import type { RedisKeys } from '../redis-keys';
import { LANES, type Lane } from './policy';

export interface LaneDepth {
  waiting: number;
  /** Age of the oldest waiting job in ms (0 when none waits). */
  oldest_wait_ms: number;
}

export interface KeyQueueStats {
  key_id: string;
  name: string;
  lanes: Record<Lane, LaneDepth>;
  running: number;
}

export interface FairStats {
  lanes: Record<Lane, LaneDepth>;
  /** Keys with jobs waiting or running, deepest first. */
  keys: KeyQueueStats[];
}

type PipelineReply = [Error | null, unknown][] | null;

function replies(result: PipelineReply): unknown[] {
  return (result ?? []).map(([err, value]) => {
    if (err) throw err;
    return value;
  });
}

export async function readFairStats(redis: Redis, keys: RedisKeys): Promise<FairStats> {
  const [time, names] = replies(await redis.pipeline().time().hgetall(keys.fair.names).exec()) as [[string, string], Record<string, string>];
  const now = Number(time[0]) * 1000 + Math.floor(Number(time[1]) / 1000);
  const tenants = Object.keys(names);
  const pipeline = redis.pipeline();
  for (const tenant of tenants) {
    for (const lane of LANES) {
      pipeline.zcard(keys.fair.waiting(lane, tenant));
      pipeline.zrange(keys.fair.waiting(lane, tenant), 0, 0, 'WITHSCORES');
    }
    pipeline.zcount(keys.fair.running(tenant), `(${now}`, '+inf');
  }
  const values = tenants.length ? replies(await pipeline.exec()) : [];
  const perTenant = 2 * LANES.length + 1;
  const lanes = Object.fromEntries(LANES.map((lane) => [lane, { waiting: 0, oldest_wait_ms: 0 }])) as Record<Lane, LaneDepth>;
  const found: KeyQueueStats[] = [];
  tenants.forEach((tenant, i) => {
    const at = i * perTenant;
    const own = {} as Record<Lane, LaneDepth>;
    LANES.forEach((lane, j) => {
      const waiting = Number(values[at + 2 * j]);
      const oldest = values[at + 2 * j + 1] as string[];
      const oldestWait = oldest.length === 2 ? Math.max(0, now - Number(oldest[1])) : 0;
      own[lane] = { waiting, oldest_wait_ms: oldestWait };
      lanes[lane].waiting += waiting;
      lanes[lane].oldest_wait_ms = Math.max(lanes[lane].oldest_wait_ms, oldestWait);
    });
    const running = Number(values[at + perTenant - 1]);
    if (running > 0 || LANES.some((lane) => own[lane].waiting > 0)) found.push({ key_id: tenant, name: names[tenant] ?? tenant, lanes: own, running });
  });
  const depth = (k: KeyQueueStats) => LANES.reduce((sum, lane) => sum + k.lanes[lane].waiting, 0);
  found.sort((a, b) => depth(b) - depth(a) || b.running - a.running || a.key_id.localeCompare(b.key_id));
  return { lanes, keys: found };
}
