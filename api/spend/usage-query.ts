/**
 * GET /usage from Postgres: requests, errors, tokens, cost and cache hits of the finished tasks
 * created in a span, grouped by key, provider, model or UTC day. Reads the same history rows as
 * GET /history (created_at is the partition key, so a span reads only its months).
 */
import type { Knex } from 'knex';
import type { Db } from '../../shared/db';
import type { UsageGroup, UsageItem, UsageQueryParams } from './usage-schemas';

const QUERY_TIMEOUT_MS = 10_000;

const GROUP_COLUMNS: Record<UsageGroup, string[]> = {
  key: ['r.caller AS key_id', 'COALESCE(k.name, r.caller) AS key_name'],
  provider: [`COALESCE(r.provider_used, 'none') AS provider`],
  model: [`COALESCE(r.provider_used, 'none') AS provider`, `COALESCE(r.model, 'none') AS model`],
  day: [`to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day`],
};

const MEASURES = [
  'count(*)::int AS requests',
  `(count(*) FILTER (WHERE r.status = 'error'))::int AS errors`,
  // A cache hit repeats its answer's usage, but no provider counted those tokens.
  'COALESCE(sum(r.input_tokens) FILTER (WHERE NOT r.cache_hit), 0)::bigint AS prompt_tokens',
  'COALESCE(sum(r.output_tokens) FILTER (WHERE NOT r.cache_hit), 0)::bigint AS completion_tokens',
  'COALESCE(sum(r.cost_usd), 0)::double precision AS cost_usd',
  `(count(*) FILTER (WHERE r.cost_usd IS NULL AND NOT r.cache_hit AND (COALESCE(r.input_tokens, 0) + COALESCE(r.output_tokens, 0)) > 0))::int AS unpriced_requests`,
  '(count(*) FILTER (WHERE r.cache_hit))::int AS cache_hits',
];

export class UsageQuery {
  constructor(private readonly db: Db) {}

  /** `caller` undefined reads every caller's tasks (admins); otherwise only that caller's. */
  async report(caller: string | undefined, params: UsageQueryParams): Promise<UsageItem[]> {
    // Day first, so a chart reads its rows in order.
    const groups = [...params.groupBy].sort((a, b) => Number(b === 'day') - Number(a === 'day'));
    const columns = [...new Set(groups.flatMap((g) => GROUP_COLUMNS[g]))];
    const query: Knex.QueryBuilder = this.db('ai_requests AS r')
      .select(this.db.raw([...columns, ...MEASURES].join(', ')))
      .where('r.created_at', '>=', params.from)
      .andWhere('r.created_at', '<', params.to)
      .whereIn('r.status', ['success', 'error'])
      .groupByRaw(columns.map((_, i) => String(i + 1)).join(', '))
      .orderByRaw(groups[0] === 'day' ? (columns.length > 1 ? '1 ASC, cost_usd DESC' : '1 ASC') : 'cost_usd DESC, requests DESC');
    if (groups.includes('key')) query.joinRaw('LEFT JOIN api_keys AS k ON k.id::text = r.caller');
    if (caller !== undefined) query.where('r.caller', caller);
    const rows = (await query.timeout(QUERY_TIMEOUT_MS, { cancel: true })) as Record<string, unknown>[];
    return rows.map((row) => ({
      ...row,
      prompt_tokens: Number(row.prompt_tokens),
      completion_tokens: Number(row.completion_tokens),
      cost_usd: Math.round(Number(row.cost_usd) * 1e9) / 1e9,
    })) as UsageItem[];
  }
}
