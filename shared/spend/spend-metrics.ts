/**
 * Prometheus counters for spend: tokens and USD by provider and model, answers served from the
 * cache, and tokens that could not be priced. Model names come from provider answers, so a process
 * labels at most MAX_MODELS distinct ones and counts the rest as `other` (a bounded label set).
 */
import { Counter, type Registry } from 'prom-client';
import type { TaskOutcome } from '../task-schemas';

const MAX_MODELS = 100;

export interface SpendMetrics {
  /** Every priced attempt of a fresh outcome (after shared/spend/task-cost.ts priced it). */
  recordOutcome(outcome: TaskOutcome): void;
  /** A model answered (or consumed tokens) without a price. */
  recordUnpriced(provider: string, model: string): void;
  /** A configured model has no price: its series exists at 0 from start-up, before its first call. */
  declareUnpriced(provider: string, model: string): void;
}

export function spendMetrics(registry: Registry): SpendMetrics {
  const registers = [registry];
  const tokens = new Counter({
    name: 'ai_model_tokens_total',
    help: 'Tokens consumed by provider attempts (failed ones included), by provider, model and direction (input or output).',
    labelNames: ['provider', 'model', 'direction'] as const,
    registers,
  });
  const cost = new Counter({
    name: 'ai_cost_usd_total',
    help: 'USD spent on provider attempts, by provider and model (models without a price are counted in ai_unpriced_calls_total instead).',
    labelNames: ['provider', 'model'] as const,
    registers,
  });
  const unpriced = new Counter({
    name: 'ai_unpriced_calls_total',
    help: 'Attempts that consumed tokens on a model without a price (their cost is null); set MODEL_PRICES.',
    labelNames: ['provider', 'model'] as const,
    registers,
  });
  // No labels, so it is exported at 0 from the start and a dashboard finds the series before the first hit.
  const cacheHits = new Counter({
    name: 'ai_cache_hits_total',
    help: 'Tasks answered from the response cache (no provider called).',
    registers,
  });
  const models = new Set<string>();
  const modelLabel = (model: string | undefined): string => {
    const name = model ?? 'unknown';
    if (models.has(name)) return name;
    if (models.size >= MAX_MODELS) return 'other';
    models.add(name);
    return name;
  };

  return {
    recordOutcome(outcome) {
      if (outcome.cache_hit) {
        cacheHits.inc();
        return;
      }
      for (const a of outcome.attempts) {
        if (a.input_tokens === undefined && a.output_tokens === undefined) continue;
        const labels = { provider: a.provider, model: modelLabel(a.model) };
        tokens.inc({ ...labels, direction: 'input' }, Math.max(0, a.input_tokens ?? 0));
        tokens.inc({ ...labels, direction: 'output' }, Math.max(0, a.output_tokens ?? 0));
        if (typeof a.cost_usd === 'number') cost.inc(labels, Math.max(0, a.cost_usd));
      }
    },
    recordUnpriced(provider, model) {
      unpriced.inc({ provider, model: modelLabel(model) });
    },
    declareUnpriced(provider, model) {
      unpriced.inc({ provider, model: modelLabel(model) }, 0);
    },
  };
}
