/** Prices and task cost: the built-in table, MODEL_PRICES and server `prices`, null for unpriced models, and per-attempt sums. */
import { parseConfig, ConfigError } from '../../../shared/config';
import { BUILT_IN_PRICES, PriceBook } from '../../../shared/spend/price-book';
import { priceOutcome } from '../../../shared/spend/task-cost';
import type { TaskOutcome } from '../../../shared/task-schemas';
import { successOutcome } from '../../helpers/outcome';

const outcome = (over: Partial<TaskOutcome>): TaskOutcome =>
  successOutcome(new Date('2026-12-03T00:00:00.000Z'), {
    task_id: '5f0c3a5e-8d1f-4a43-9f6e-0d3f3e0b1a2c',
    latency_ms: 1,
    queue_wait_ms: 0,
    attempts: [{ provider: 'openai', model: 'gpt-4o-mini', outcome: 'success', latency_ms: 1 }],
    usage: { input_tokens: 1_000_000, output_tokens: 2_000_000 },
    ...over,
  });

describe('price book', () => {
  it('has a dated built-in table that prices every built-in default model with a published price', () => {
    expect(BUILT_IN_PRICES.takenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const key of ['openai/gpt-4o-mini', 'claude/claude-sonnet-4-5', 'gemini/gemini-2.5-flash', 'mistral/mistral-small-latest', 'local/local-extractive-v1']) {
      expect(BUILT_IN_PRICES.models[key]).toBeDefined();
    }
  });

  it('prices input, output and cached input per 1M tokens, and a dated snapshot at its alias price', () => {
    const book = new PriceBook();
    expect(book.cost('openai', 'gpt-4o-mini', { input_tokens: 1_000_000, output_tokens: 1_000_000 })).toBe(0.75);
    expect(book.cost('openai', 'gpt-4o-mini-2024-07-18', { input_tokens: 2_000, output_tokens: 0 })).toBe(0.0003);
    expect(book.cost('openai', 'gpt-4o-mini', { input_tokens: 1_000_000, output_tokens: 0, cached_input_tokens: 1_000_000 })).toBe(0.075);
  });

  it('lets MODEL_PRICES win over the file and a server entry, and extends them (provider/* too)', () => {
    const config = parseConfig({
      MODEL_PRICES: '{"openai/gpt-4o-mini":{"input":1,"output":1},"ollama/*":{"input":0.5,"output":0.5}}',
      OPENAI_COMPATIBLE_PROVIDERS: '[{"name":"ollama","baseUrl":"http://127.0.0.1:11434/v1","model":"llama3.2","prices":{"llama3.2":{"input":9,"output":9}}},{"name":"vllm","baseUrl":"http://127.0.0.1:8000/v1","model":"qwen","prices":{"qwen":{"input":2,"output":3}}}]',
    });
    const book = new PriceBook({ overrides: config.MODEL_PRICES, extraServers: config.OPENAI_COMPATIBLE_PROVIDERS });
    const million = { input_tokens: 1_000_000, output_tokens: 1_000_000 };
    expect(book.cost('openai', 'gpt-4o-mini', million)).toBe(2);
    expect(book.cost('ollama', 'llama3.2', million)).toBe(18);
    expect(book.cost('ollama', 'mistral-nemo', million)).toBe(1);
    expect(book.cost('vllm', 'qwen', million)).toBe(5);
  });

  it('answers null for a model without a price, reports it once, and 0 when no token was consumed', () => {
    const seen: [string, string, boolean][] = [];
    const book = new PriceBook({ onUnpriced: (p, m, first) => seen.push([p, m, first]) });
    expect(book.cost('huggingface', 'meta-llama/Llama-3.1-8B-Instruct', { input_tokens: 10, output_tokens: 5 })).toBeNull();
    expect(book.cost('huggingface', 'meta-llama/Llama-3.1-8B-Instruct', { input_tokens: 1, output_tokens: 1 })).toBeNull();
    expect(book.cost('huggingface', 'unknown', { input_tokens: 0, output_tokens: 0 })).toBe(0);
    expect(seen).toEqual([
      ['huggingface', 'meta-llama/Llama-3.1-8B-Instruct', true],
      ['huggingface', 'meta-llama/Llama-3.1-8B-Instruct', false],
    ]);
  });

  it('refuses a bad MODEL_PRICES with a message naming the variable and what is expected', () => {
    expect(() => parseConfig({ MODEL_PRICES: 'cheap' })).toThrow(ConfigError);
    expect(() => parseConfig({ MODEL_PRICES: 'cheap' })).toThrow(/MODEL_PRICES: must be a JSON object of "provider\/model"/);
    expect(() => parseConfig({ MODEL_PRICES: '{"gpt-4o":{"input":1,"output":1}}' })).toThrow(/keys are "provider\/model"/);
    expect(() => parseConfig({ MODEL_PRICES: '{"openai/gpt-4o":{"input":-1,"output":1}}' })).toThrow(/a price is 0 or more/);
    expect(() => parseConfig({ CACHE_TTL_SECONDS: '-5' })).toThrow(/CACHE_TTL_SECONDS/);
    expect(() => parseConfig({ BUDGET_USD_PER_DAY: '0' })).toThrow(/BUDGET_USD_PER_DAY/);
  });
});

describe('task cost', () => {
  const book = new PriceBook({ overrides: { 'openai/gpt-4o-mini': { input: 1, output: 2 }, 'claude/haiku': { input: 10, output: 10 } } });

  it('gives the answering attempt the task usage and the task the sum of its attempts, failed ones that consumed tokens included', () => {
    const priced = priceOutcome(
      outcome({
        attempts: [
          { provider: 'claude', model: 'haiku', outcome: 'error', error_kind: 'timeout', latency_ms: 1, input_tokens: 100_000, output_tokens: 0 },
          { provider: 'claude', model: 'haiku', outcome: 'error', error_kind: 'server_error', latency_ms: 1 },
          { provider: 'openai', model: 'gpt-4o-mini', outcome: 'success', latency_ms: 1 },
        ],
      }),
      book,
    );
    expect(priced.attempts.map((a) => a.cost_usd)).toEqual([1, undefined, 5]);
    expect(priced.attempts[2]).toMatchObject({ input_tokens: 1_000_000, output_tokens: 2_000_000 });
    expect(priced.cost_usd).toBe(6);
  });

  it('is null when a model that consumed tokens has no price, 0 for a failure that consumed none, 0 for a cache hit', () => {
    expect(priceOutcome(outcome({ provider_used: 'compat', model: 'x', attempts: [{ provider: 'compat', model: 'x', outcome: 'success', latency_ms: 1 }] }), book).cost_usd).toBeNull();
    const failed = outcome({ status: 'error', provider_used: null, model: null, usage: null, attempts: [{ provider: 'openai', outcome: 'error', latency_ms: 1 }] });
    expect(priceOutcome(failed, book).cost_usd).toBe(0);
    expect(priceOutcome(outcome({ cache_hit: true, attempts: [] }), book).cost_usd).toBe(0);
  });
});
