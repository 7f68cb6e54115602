/**
 * The built-in providers, one row each. Configuration (the provider variables), the credential
 * rules, confidence, the worker's adapter registry, /provider/status, /v1/models, the compose
 * file's test and docs/configuration.md all read this table: a provider missing a field here
 * does not compile, so it cannot silently fall back to a default anywhere else.
 */
import type { ProviderDescriptor } from './descriptor';

/** The provider whose OpenAI-compatible endpoint also serves the other providers' models (an `nvapi-` key). */
export const NVIDIA = 'nvidia';
/** The offline provider: not a row (no credential, no network), but a name every list knows. */
export const LOCAL_PROVIDER = 'local';
export const LOCAL_MODEL = 'local-extractive-v1';
/** `local` is a heuristic: its answers never claim more than this. */
export const LOCAL_CONFIDENCE = 0.6;
/** Extra OpenAI-compatible servers (OPENAI_COMPATIBLE_PROVIDERS: Ollama, vLLM, a proxy) are unknown quantities. */
export const EXTRA_SERVER_CONFIDENCE = 0.75;

const ALL_CAPABILITIES = { streaming: true, tools: true, json: true, jsonSchema: true, images: true, embeddings: true, prefill: false } as const;

export const PROVIDER_DESCRIPTORS = [
  {
    name: 'mistral',
    label: 'Mistral AI',
    env: { credential: 'MISTRAL_API_KEY', model: 'MISTRAL_MODEL', baseUrl: 'MISTRAL_BASE_URL', nvidiaModel: 'MISTRAL_NVIDIA_MODEL' },
    defaultModel: 'mistral-small-latest',
    credentialExample: 'mistral-abc123-your-key',
    modelExample: 'mistral-large-latest',
    defaultNvidiaModel: 'mistralai/mistral-small-24b-instruct',
    nativeBaseUrl: 'https://api.mistral.ai/v1',
    wireFormat: 'mistral',
    credentialRule: { kind: 'nvidia-first' },
    baseConfidence: 0.88,
    inDefaultOrder: true,
    adapter: 'mistral',
    // The chat API continues a final assistant message sent with `prefix: true` (the AI SDK sends it).
    capabilities: { ...ALL_CAPABILITIES, prefill: true },
    modelPatterns: [/^(?:mistral|ministral|magistral|codestral|devstral|pixtral|open-mistral)-/],
  },
  {
    name: 'gemini',
    label: 'Google Gemini',
    env: { credential: 'GEMINI_API_KEY', model: 'GEMINI_MODEL', baseUrl: 'GEMINI_BASE_URL', nvidiaModel: 'GEMINI_NVIDIA_MODEL' },
    defaultModel: 'gemini-2.5-flash',
    credentialExample: 'AIzaSy-your-key',
    modelExample: 'gemini-2.5-pro',
    defaultNvidiaModel: 'google/gemma-3-27b-it',
    nativeBaseUrl: 'https://generativelanguage.googleapis.com/v1beta',
    wireFormat: 'gemini',
    credentialRule: { kind: 'nvidia-first' },
    baseConfidence: 0.85,
    inDefaultOrder: true,
    adapter: 'gemini',
    capabilities: ALL_CAPABILITIES,
    // `text-embedding-004` and `embedding-001` are Gemini's; OpenAI's are `text-embedding-3-*` and `-ada-`.
    modelPatterns: [/^gemini-/, /^gemma-/, /^text-embedding-0/, /^embedding-0/],
  },
  {
    name: 'openai',
    label: 'OpenAI',
    env: { credential: 'OPENAI_API_KEY', model: 'OPENAI_MODEL', baseUrl: 'OPENAI_BASE_URL', nvidiaModel: 'OPENAI_NVIDIA_MODEL' },
    defaultModel: 'gpt-4o-mini',
    credentialExample: 'sk-proj-your-key',
    modelExample: 'gpt-4.1-mini',
    defaultNvidiaModel: 'openai/gpt-oss-20b',
    nativeBaseUrl: 'https://api.openai.com/v1',
    wireFormat: 'openai',
    credentialRule: { kind: 'own-with-prefix', prefix: 'sk-' },
    baseConfidence: 0.89,
    inDefaultOrder: true,
    adapter: 'openai',
    capabilities: ALL_CAPABILITIES,
    modelPatterns: [/^gpt-/, /^o\d/, /^chatgpt-/, /^text-embedding-(?:3|ada)/, /^(?:davinci|babbage)-002$/],
  },
  {
    name: 'claude',
    label: 'Anthropic Claude',
    env: { credential: 'CLAUDE_API_KEY', model: 'CLAUDE_MODEL', baseUrl: 'CLAUDE_BASE_URL', nvidiaModel: 'CLAUDE_NVIDIA_MODEL' },
    defaultModel: 'claude-sonnet-4-5',
    credentialExample: 'sk-ant-api03-your-key',
    modelExample: 'claude-3-5-haiku-latest',
    defaultNvidiaModel: 'meta/llama-3.3-70b-instruct',
    nativeBaseUrl: 'https://api.anthropic.com/v1',
    wireFormat: 'anthropic',
    credentialRule: { kind: 'own-first' },
    baseConfidence: 0.9,
    inDefaultOrder: true,
    adapter: 'claude',
    // The Messages API has no schema-less JSON mode (the gateway emulates it with an object schema) and no
    // embeddings; the AI SDK sends a schema as output_config.format or a forced `json` tool; it continues a prefill.
    capabilities: { streaming: true, tools: true, json: false, jsonSchema: true, images: true, embeddings: false, prefill: true },
    modelPatterns: [/^claude-/],
  },
  {
    name: 'huggingface',
    label: 'Hugging Face Inference Providers',
    env: { credential: 'HF_API_KEY', model: 'HF_MODEL', baseUrl: 'HF_BASE_URL', nvidiaModel: 'HF_NVIDIA_MODEL' },
    defaultModel: 'meta-llama/Llama-3.1-8B-Instruct',
    credentialExample: 'hf_your_token',
    modelExample: 'Qwen/Qwen2.5-72B-Instruct',
    defaultNvidiaModel: 'meta/llama-3.1-8b-instruct',
    nativeBaseUrl: 'https://router.huggingface.co/v1',
    wireFormat: 'openai-compatible',
    credentialRule: { kind: 'own-first' },
    baseConfidence: 0.75,
    inDefaultOrder: true,
    adapter: 'huggingface',
    // The router's chat API documents tools and response_format; whether a model honours them varies,
    // and images or embeddings depend on the model entirely, so they are not claimed.
    capabilities: { streaming: true, tools: true, json: true, jsonSchema: true, images: false, embeddings: false, prefill: false },
  },
  {
    name: NVIDIA,
    label: 'NVIDIA NIM',
    env: { credential: 'NVIDIA_API_KEY', model: 'NVIDIA_MODEL', baseUrl: 'NVIDIA_BASE_URL' },
    defaultModel: 'meta/llama-3.1-8b-instruct',
    credentialExample: 'nvapi-your-key',
    modelExample: 'meta/llama-3.3-70b-instruct',
    nativeBaseUrl: 'https://integrate.api.nvidia.com/v1',
    wireFormat: 'openai-compatible',
    // Self-hosted NIM keys need not begin `nvapi-`.
    credentialRule: { kind: 'own-only' },
    // It sits with the hosted models it serves.
    baseConfidence: 0.85,
    inDefaultOrder: false,
    adapter: 'nvidia',
    // As for the router: tools and JSON per NIM's OpenAI-compatible API, the rest model-dependent.
    capabilities: { streaming: true, tools: true, json: true, jsonSchema: true, images: false, embeddings: false, prefill: false },
  },
] as const satisfies readonly ProviderDescriptor[];

/** The shared base every OpenAI-compatible server is reached with: extra servers, and providers reached through NVIDIA. */
export const OPENAI_COMPATIBLE_ADAPTER = 'openai-compatible';

export type BuiltInProvider = (typeof PROVIDER_DESCRIPTORS)[number]['name'];
/** The adapter folders the gateway needs; the worker's registry has one factory for each, or does not compile. */
export type BuiltInAdapter = (typeof PROVIDER_DESCRIPTORS)[number]['adapter'] | typeof OPENAI_COMPATIBLE_ADAPTER;

export const BUILT_IN_PROVIDERS: readonly BuiltInProvider[] = PROVIDER_DESCRIPTORS.map((d) => d.name);

export function findDescriptor(name: string, descriptors: readonly ProviderDescriptor[] = PROVIDER_DESCRIPTORS): ProviderDescriptor | undefined {
  return descriptors.find((d) => d.name === name);
}

/** A built-in row by its (type-checked) name. */
export function builtInDescriptor(name: BuiltInProvider): ProviderDescriptor {
  const found = findDescriptor(name);
  if (!found) throw new Error(`no provider row named "${name}"`);
  return found;
}
