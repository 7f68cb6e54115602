/**
 * What a model costs: USD per 1M input and output tokens (and cached input, where a provider
 * prices it) from shared/spend/prices.json, overridden and extended by MODEL_PRICES and the
 * `prices` of OPENAI_COMPATIBLE_PROVIDERS entries. A model without a price costs `null`, never a
 * guess; each such model is reported once (a warning) and counted every time (a metric).
 */
import { z } from 'zod';
import builtIn from './prices.json';

export const modelPriceSchema = z.strictObject({
  input: z.number().min(0, 'a price is 0 or more (USD per 1M tokens)'),
  output: z.number().min(0, 'a price is 0 or more (USD per 1M tokens)'),
  cached_input: z.number().min(0, 'a price is 0 or more (USD per 1M tokens)').optional(),
});
export type ModelPrice = z.infer<typeof modelPriceSchema>;

/** `provider/model`, or `provider/*` for every model of a provider. */
export const PRICE_KEY = /^[a-z][a-z0-9_-]{0,31}\/\S+$/;

// Keys are checked here rather than by the record's key schema, whose failure names no rule.
export const priceTableSchema = z.record(z.string(), modelPriceSchema).superRefine((table, ctx) => {
  for (const key of Object.keys(table)) {
    if (!PRICE_KEY.test(key)) ctx.addIssue({ code: 'custom', path: [key], message: 'keys are "provider/model" (or "provider/*")' });
  }
});
export type PriceTable = z.infer<typeof priceTableSchema>;

export interface TokenCounts {
  input_tokens: number;
  output_tokens: number;
  /** Input tokens the provider served from its own prompt cache (billed at `cached_input`). */
  cached_input_tokens?: number;
}

/** The built-in table and the date its figures were taken. */
export const BUILT_IN_PRICES: { takenOn: string; models: PriceTable } = {
  takenOn: builtIn.taken_on,
  models: priceTableSchema.parse(builtIn.models),
};

/** Dated snapshots (`gpt-4o-mini-2024-07-18`, `claude-sonnet-4-5-20250929`) cost what their alias costs. */
const SNAPSHOT_SUFFIX = /-(?:\d{4}-\d{2}-\d{2}|\d{8})$/;

/** Rounded to a billionth of a dollar, so sums of float products do not print as 0.30000000000000004. */
export function roundUsd(usd: number): number {
  return Math.round(usd * 1e9) / 1e9;
}

export interface PriceBookOptions {
  /** MODEL_PRICES. */
  overrides?: PriceTable;
  /** Each extra OpenAI-compatible server's `prices`, keyed by model (or `*`). */
  extraServers?: readonly { name: string; prices?: Readonly<Record<string, ModelPrice>> }[];
  /** Called the first time a model without a price answers. */
  onUnpriced?: (provider: string, model: string, first: boolean) => void;
}

export class PriceBook {
  private readonly table = new Map<string, ModelPrice>();
  private readonly warned = new Set<string>();

  constructor(private readonly options: PriceBookOptions = {}) {
    for (const [key, price] of Object.entries(BUILT_IN_PRICES.models)) this.table.set(key, price);
    for (const server of options.extraServers ?? []) {
      for (const [model, price] of Object.entries(server.prices ?? {})) this.table.set(`${server.name}/${model}`, price);
    }
    // The operator's word wins over the file and over a server entry.
    for (const [key, price] of Object.entries(options.overrides ?? {})) this.table.set(key, price);
  }

  price(provider: string, model: string): ModelPrice | undefined {
    return this.table.get(`${provider}/${model}`) ?? this.table.get(`${provider}/${model.replace(SNAPSHOT_SUFFIX, '')}`) ?? this.table.get(`${provider}/*`);
  }

  /**
   * USD for these tokens, or null when the model has no price. No tokens cost nothing whatever the
   * model, so a call that failed before the provider counted anything is a known 0.
   */
  cost(provider: string, model: string | null | undefined, tokens: TokenCounts): number | null {
    const cached = Math.min(tokens.cached_input_tokens ?? 0, tokens.input_tokens);
    if (tokens.input_tokens === 0 && tokens.output_tokens === 0) return 0;
    const price = model ? this.price(provider, model) : undefined;
    if (!price) {
      const key = `${provider}/${model ?? '?'}`;
      const first = !this.warned.has(key);
      this.warned.add(key);
      this.options.onUnpriced?.(provider, model ?? '?', first);
      return null;
    }
    const fresh = tokens.input_tokens - cached;
    const usd = (fresh * price.input + cached * (price.cached_input ?? price.input) + tokens.output_tokens * price.output) / 1_000_000;
    return roundUsd(usd);
  }
}
