/** Spend control: model prices, the operator-wide daily budget and the response cache. */
import { z } from 'zod';
import { priceTableSchema } from '../spend/price-book';
import { jsonEnv } from './json-env';
import { defineGroup, setting } from './variable';
import { int } from './values';

const modelPrices = jsonEnv(priceTableSchema, 'a JSON object of "provider/model" to {"input": USD per 1M tokens, "output": USD per 1M tokens}, e.g. {"openai/gpt-4o-mini":{"input":0.15,"output":0.6}}');

export const spendGroup = defineGroup('spend', 'Spend control: prices, budgets, cache', {
  MODEL_PRICES: setting(modelPrices, {
    default: '{}',
    description:
      'USD per 1M input and output tokens (optional `cached_input`) by `provider/model` (or `provider/*`), overriding and extending the built-in table (shared/spend/prices.json). A model with no price has cost null.',
    example: '{"openai/gpt-4o-mini":{"input":0.15,"output":0.6},"ollama/*":{"input":0,"output":0}}',
  }),
  BUDGET_USD_PER_DAY: setting(z.coerce.number().positive().max(1e12).optional(), {
    description: 'Operator-wide budget: once every key together has spent this many USD today (UTC), tasks get 429 `budget_exceeded` until midnight UTC. Unset: no limit.',
    example: '200',
  }),
  CACHE_TTL_SECONDS: setting(int(0, 30 * 86_400), {
    default: '0',
    description: 'How long an answer stays in the exact-match response cache (per caller key); 0 turns the cache off.',
    example: '3600',
  }),
});
