/**
 * What a provider row says: everything about a provider except its SDK client. Configuration,
 * credential rules, confidence, /provider/status, /v1/models, the compose file, the docs and the
 * worker's adapter registry all read these rows (shared/providers/descriptors.ts), so adding a
 * provider is one row plus one adapter folder (docs/adding-a-provider.md).
 */

/** The API dialect a provider speaks on the wire. */
export type WireFormat = 'openai' | 'anthropic' | 'gemini' | 'mistral' | 'openai-compatible';

/**
 * Which credential reaches the provider, and through which endpoint. "Own" is the provider's own
 * variable (`credential` below); an own credential beginning `nvapi-` is an NVIDIA key and
 * reaches the provider through NVIDIA's endpoint, except under `own-only`.
 */
export type CredentialRule =
  /** NVIDIA_API_KEY first, then the own credential. */
  | { kind: 'nvidia-first' }
  /** The own credential first, then NVIDIA_API_KEY. */
  | { kind: 'own-first' }
  /** The own credential natively only when it begins `prefix`; otherwise NVIDIA_API_KEY, or the own one when it is an `nvapi-` key. */
  | { kind: 'own-with-prefix'; prefix: string }
  /** The own credential whatever it looks like, always natively; never through NVIDIA. */
  | { kind: 'own-only' };

/** What the provider's API (through its AI SDK package) can do; the gateway uses some of it today. */
export interface Capabilities {
  streaming: boolean;
  /** Function/tool calling. */
  tools: boolean;
  /** A JSON output mode that needs no schema (`response_format: json_object` or equivalent). */
  json: boolean;
  /** Answers shaped by a JSON Schema (`response_format: json_schema`), natively or emulated by its SDK package (Claude: a forced tool). */
  jsonSchema: boolean;
  /** Images in the input. */
  images: boolean;
  /** An embeddings endpoint. */
  embeddings: boolean;
  /** Continues a conversation that ends with the assistant's own words. */
  prefill: boolean;
}

export interface ProviderEnvNames {
  /** The provider's own credential, e.g. `OPENAI_API_KEY`. */
  credential: string;
  model: string;
  baseUrl: string;
  /** The model used when the provider is reached through NVIDIA's endpoint; absent under `own-only`. */
  nvidiaModel?: string;
  /*
   * Room for what comes next: several credentials per provider (`<PREFIX>_API_KEYS`, one
   * deployment each) will be one more name here, read by the same credential rules.
   */
}

export interface ProviderDescriptor {
  /** Lower-case: what PROVIDER_ORDER, ROUTES, `provider` and `provider/model` name. */
  name: string;
  /** For people: the docs and the dashboard. */
  label: string;
  env: ProviderEnvNames;
  defaultModel: string;
  /** For docs/configuration.md: what a credential and another model look like. */
  credentialExample: string;
  modelExample: string;
  /** Required unless the rule is `own-only`. */
  defaultNvidiaModel?: string;
  nativeBaseUrl: string;
  wireFormat: WireFormat;
  credentialRule: CredentialRule;
  /** How far an answer from this provider is trusted before corrections (0 to 1). */
  baseConfidence: number;
  /** Part of the default PROVIDER_ORDER. */
  inDefaultOrder: boolean;
  /** The worker's adapter folder, `worker/providers/<adapter>/index.ts`. */
  adapter: string;
  capabilities: Capabilities;
  /**
   * Bare model names this provider serves (`gpt-4o` → openai): /v1 sends a request for such a name
   * to this provider with that exact model when it is configured natively (api/v1/routing.ts);
   * MODEL_PATTERNS adds more (shared/model-patterns.ts).
   */
  modelPatterns?: readonly RegExp[];
}
