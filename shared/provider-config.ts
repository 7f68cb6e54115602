/**
 * Provider settings read from the environment: per-provider model and base URL, the models used
 * when a provider is reached through NVIDIA's endpoint, and extra OpenAI-compatible servers.
 * Merged into the one schema in shared/config.ts.
 */
import { z } from 'zod';

/** Same rule as PROVIDER_ORDER's names, so every configured server can be named there. */
const PROVIDER_NAME = /^[a-z][a-z0-9_-]{0,31}$/;

const httpUrl = z.string().refine((v) => {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}, 'must be a URL starting with http:// or https://');

export const extraProviderSchema = z.strictObject({
  name: z.string().regex(PROVIDER_NAME, 'lower-case letters, digits, - or _ (at most 32, starting with a letter)'),
  baseUrl: httpUrl,
  model: z.string().min(1),
  /** Optional: local servers such as Ollama or vLLM often take no key. */
  apiKey: z.string().min(1).optional(),
  /** Extra request headers, e.g. a company proxy's routing header. */
  headers: z.record(z.string(), z.string()).optional(),
});
export type ExtraProviderConfig = z.infer<typeof extraProviderSchema>;

/** The parsed form, used to tell whether the variable parsed when the cross-field check runs. */
const extraProvidersOutput = z.array(extraProviderSchema);

const extraProviders = z
  .string()
  .transform((raw, ctx): unknown => {
    try {
      return JSON.parse(raw);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array, e.g. [{"name":"ollama","baseUrl":"http://127.0.0.1:11434/v1","model":"llama3.2"}]' });
      return z.NEVER;
    }
  })
  .pipe(z.array(extraProviderSchema))
  .refine((list) => new Set(list.map((p) => p.name)).size === list.length, 'each server needs its own name');

export const providerEnvShape = {
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_BASE_URL: httpUrl.optional(),
  CLAUDE_MODEL: z.string().min(1).default('claude-sonnet-4-5'),
  CLAUDE_BASE_URL: httpUrl.optional(),
  GEMINI_MODEL: z.string().min(1).default('gemini-2.5-flash'),
  GEMINI_BASE_URL: httpUrl.optional(),
  MISTRAL_MODEL: z.string().min(1).default('mistral-small-latest'),
  MISTRAL_BASE_URL: httpUrl.optional(),
  HF_MODEL: z.string().min(1).default('meta-llama/Llama-3.1-8B-Instruct'),
  HF_BASE_URL: httpUrl.optional(),
  NVIDIA_MODEL: z.string().min(1).default('meta/llama-3.1-8b-instruct'),
  NVIDIA_BASE_URL: httpUrl.optional(),
  /**
   * Models used when a provider is reached through NVIDIA's endpoint (an `nvapi-` key): the native
   * model names mean nothing there, so each provider maps to a model NVIDIA hosts.
   */
  MISTRAL_NVIDIA_MODEL: z.string().min(1).default('mistralai/mistral-small-24b-instruct'),
  GEMINI_NVIDIA_MODEL: z.string().min(1).default('google/gemma-3-27b-it'),
  OPENAI_NVIDIA_MODEL: z.string().min(1).default('openai/gpt-oss-20b'),
  CLAUDE_NVIDIA_MODEL: z.string().min(1).default('meta/llama-3.3-70b-instruct'),
  HF_NVIDIA_MODEL: z.string().min(1).default('meta/llama-3.1-8b-instruct'),
  /** Extra OpenAI-compatible servers (Ollama, vLLM, LM Studio, a company proxy), usable in PROVIDER_ORDER. */
  OPENAI_COMPATIBLE_PROVIDERS: extraProviders.default([]),
};

/**
 * Cross-field checks on provider names, run from the schema's `superRefine` in shared/config.ts:
 * extra servers must not take a reserved name, and PROVIDER_ORDER may name built-ins, `local`
 * and the extra servers. `reserved` is passed in because the built-in list lives in config.ts.
 * It runs even when other variables are bad (so one message names every bad variable), so it
 * checks only the fields that parsed and leaves the others to their own messages.
 */
export function refineProviderNames(
  env: { PROVIDER_ORDER?: unknown; OPENAI_COMPATIBLE_PROVIDERS?: unknown },
  reserved: readonly string[],
  ctx: z.RefinementCtx,
): void {
  const extrasParsed = extraProvidersOutput.safeParse(env.OPENAI_COMPATIBLE_PROVIDERS);
  const extras = extrasParsed.success ? extrasParsed.data.map((p) => p.name) : [];
  for (const name of extras) {
    if (reserved.includes(name)) {
      ctx.addIssue({ code: 'custom', path: ['OPENAI_COMPATIBLE_PROVIDERS'], message: `"${name}" is a built-in provider name; choose another` });
    }
  }
  const order = z.array(z.string()).safeParse(env.PROVIDER_ORDER);
  if (!order.success || !extrasParsed.success) return;
  const known = [...reserved, ...extras];
  const unknown = order.data.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['PROVIDER_ORDER'],
      message: `unknown provider ${unknown.join(', ')}: each name must be one of ${known.join(', ')}`,
    });
  }
}
