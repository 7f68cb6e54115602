/**
 * Which providers run, in what order, under which route names, trusted how far; and extra
 * OpenAI-compatible servers. The per-provider variables (credential, model, base URL) come from
 * the provider table: shared/config/provider-env.ts.
 */
import { z } from 'zod';
import type { ProviderDescriptor } from '../providers/descriptor';
import { modelPatternsSchema } from '../model-patterns';
import { routesSchema } from '../route-config';
import { modelPriceSchema } from '../spend/price-book';
import { jsonEnv } from './json-env';
import { defineGroup, setting } from './variable';
import { bool, providerUrl, PROVIDER_NAME, providerList } from './values';

export const extraProviderSchema = z.strictObject({
  name: z.string().regex(PROVIDER_NAME, 'lower-case letters, digits, - or _ (at most 32, starting with a letter)'),
  baseUrl: providerUrl,
  model: z.string().min(1),
  /** Optional: local servers such as Ollama or vLLM often take no credential. */
  apiKey: z.string().min(1).optional(),
  /** Several keys: one deployment per key, balanced; a 429 on one moves to the next. */
  apiKeys: z.array(z.string().min(1)).min(1).optional(),
  /** Extra request headers, e.g. a company proxy's routing header. */
  headers: z.record(z.string(), z.string()).optional(),
  /** USD per 1M tokens by model name (`*`: any model of this server); MODEL_PRICES still wins. */
  prices: z.record(z.string().min(1), modelPriceSchema).optional(),
});
export type ExtraProviderConfig = z.infer<typeof extraProviderSchema>;

const extraProviders = jsonEnv(
  z.array(extraProviderSchema).refine((list) => new Set(list.map((p) => p.name)).size === list.length, 'each server needs its own name'),
  'a JSON array, e.g. [{"name":"ollama","baseUrl":"http://127.0.0.1:11434/v1","model":"llama3.2"}]',
);

const confidenceOverrides = jsonEnv(
  z.record(z.string().regex(PROVIDER_NAME, 'provider names are lower-case'), z.number().min(0).max(1)),
  'a JSON object of provider name to a number from 0 to 1, e.g. {"openai":0.8}',
);

/** The default PROVIDER_ORDER: the rows marked `inDefaultOrder`, in table order. */
export function defaultProviderOrder(descriptors: readonly ProviderDescriptor[]): string {
  return descriptors
    .filter((d) => d.inDefaultOrder)
    .map((d) => d.name)
    .join(',');
}

export function providersGroup(descriptors: readonly ProviderDescriptor[]) {
  return defineGroup('providers', 'Providers and routes', {
    PROVIDER_ORDER: setting(providerList, {
      default: defaultProviderOrder(descriptors),
      description: 'The `auto` chain: providers tried in order (built-ins, extra servers, `local`); those without a usable credential are skipped, and `local` is tried last when LOCAL_PROVIDER is on.',
      example: 'claude,openai,local',
    }),
    LOCAL_PROVIDER: setting(bool, {
      default: 'true',
      description: 'The offline `local` provider (extractive summaries, rule-based decisions) ends every `auto` chain.',
      example: 'false',
    }),
    ROUTES: setting(routesSchema, {
      default: '{}',
      description: 'Named routes for /v1/chat/completions: JSON of route name to an ordered list of `provider/model`.',
      example: '{"fast":["openai/gpt-4o-mini","claude/claude-3-5-haiku-latest"]}',
    }),
    MODEL_PATTERNS: setting(modelPatternsSchema, {
      default: '{}',
      description:
        'More bare model names a provider serves, tried before the built-in ones (`gpt-*`, `claude-*`, `gemini-*`, `mistral-*`, ...): JSON of provider name to a list of patterns, `*` matching any characters. A request for a matching name goes to that provider with that exact model.',
      example: '{"huggingface":["meta-llama/*","Qwen/*"]}',
    }),
    CONFIDENCE_OVERRIDES: setting(confidenceOverrides, {
      default: '{}',
      description: 'Per-provider base confidence replacing the built-in figure; `local` stays capped at 0.6 whatever it says.',
      example: '{"openai":0.8,"ollama":0.5}',
    }),
    OPENAI_COMPATIBLE_PROVIDERS: setting(extraProviders, {
      default: '[]',
      description: 'Extra OpenAI-compatible servers (Ollama, vLLM, LM Studio, a company proxy), usable in PROVIDER_ORDER and ROUTES: name, baseUrl, model, optional apiKey (or apiKeys, a list: one deployment per key), headers and prices (USD per 1M tokens by model, `*` for any).',
      example: '[{"name":"ollama","baseUrl":"http://127.0.0.1:11434/v1","model":"llama3.2"}]',
    }),
  });
}
