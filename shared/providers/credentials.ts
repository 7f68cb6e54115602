/**
 * Which credential reaches which provider, and through which endpoint: each row's declarative
 * credential rule (shared/providers/descriptor.ts) applied to the configured values, in one pure
 * function so the rules can be read, and tested, in one place.
 *
 * - A credential beginning `nvapi-` is an NVIDIA key: whichever variable holds it, the provider is
 *   reached through NVIDIA's OpenAI-compatible endpoint (NVIDIA_BASE_URL) with its NVIDIA model
 *   (`<NAME>_NVIDIA_MODEL`), unless its rule is `own-only`.
 * - Extra OpenAI-compatible servers: their own credential, or none (Ollama, vLLM take none).
 * A provider with no usable credential is not configured, and `auto` skips it.
 */
import type { Config } from '../config';
import type { ExtraProviderConfig } from '../config/providers';
import type { ProviderSettings } from '../config/provider-env';
import type { CredentialRule, WireFormat } from './descriptor';
import { builtInKeys, extraServerKeys, type ProviderKey } from './deployments';
import { NVIDIA, OPENAI_COMPATIBLE_ADAPTER } from './descriptors';

export type CredentialSource = 'native' | 'nvidia' | 'none';

/** How one provider is reached. Holds the credential: it never leaves the worker's adapters (see `ProviderInfo`). */
export interface ResolvedProvider {
  name: string;
  configured: boolean;
  /** `null` when not configured; `none` for a server that takes no credential. */
  credentialSource: CredentialSource | null;
  credential?: string;
  /** Every key the provider is reached with (one deployment per key and model); `credential` is the first. Empty when not configured. */
  keys: ProviderKey[];
  baseUrl: string;
  model: string;
  wireFormat: WireFormat;
  /** The worker's adapter folder that speaks `wireFormat`. */
  adapter: string;
  headers?: Record<string, string>;
}

export type ProviderConfig = Pick<Config, 'providers' | 'OPENAI_COMPATIBLE_PROVIDERS'>;

export function isNvidiaCredential(value: string | undefined): value is string {
  return value !== undefined && value.startsWith('nvapi-');
}

type Choice = { via: 'native' | 'nvidia'; credential: string } | null;

/** The provider's own credential: native, unless it is an NVIDIA key. */
function own(value: string | undefined): Choice {
  if (value === undefined) return null;
  return { via: isNvidiaCredential(value) ? 'nvidia' : 'native', credential: value };
}

function throughNvidia(value: string | undefined): Choice {
  return value === undefined ? null : { via: 'nvidia', credential: value };
}

export function chooseCredential(rule: CredentialRule, ownValue: string | undefined, nvidiaValue: string | undefined): Choice {
  switch (rule.kind) {
    case 'nvidia-first':
      return throughNvidia(nvidiaValue) ?? own(ownValue);
    case 'own-first':
      return own(ownValue) ?? throughNvidia(nvidiaValue);
    case 'own-with-prefix':
      if (ownValue?.startsWith(rule.prefix)) return { via: 'native', credential: ownValue };
      return throughNvidia(nvidiaValue) ?? (isNvidiaCredential(ownValue) ? throughNvidia(ownValue) : null);
    case 'own-only':
      return ownValue === undefined ? null : { via: 'native', credential: ownValue };
  }
}

function resolveRow(settings: ProviderSettings, nvidia: ProviderSettings | undefined): ResolvedProvider {
  const d = settings.descriptor;
  const native = { name: d.name, baseUrl: settings.baseUrl ?? d.nativeBaseUrl, model: settings.model, wireFormat: d.wireFormat, adapter: d.adapter };
  const ownKeys = builtInKeys(d.env.credential, settings.credential, settings.credentials);
  // With only a key list, the rule judges its first key as it would the single variable.
  const choice = chooseCredential(d.credentialRule, settings.credential ?? ownKeys[0]?.value, nvidia?.credential);
  if (choice === null) return { ...native, configured: false, credentialSource: null, keys: [] };
  if (choice.via === 'native') {
    // Every own key that would itself be used natively: an `nvapi-` key in the list is NVIDIA's, not this provider's.
    const keys = ownKeys.filter((k) => k.value === choice.credential || chooseCredential(d.credentialRule, k.value, undefined)?.via === 'native');
    return { ...native, configured: true, credentialSource: 'native', credential: choice.credential, keys };
  }
  const viaNvidia = choice.credential === nvidia?.credential ? builtInKeys(nvidia.descriptor.env.credential, nvidia.credential, nvidia.credentials) : [];
  const nvidiaKeys = viaNvidia.length > 0 ? viaNvidia : [{ label: d.env.credential, value: choice.credential }];
  if (!nvidia) throw new Error(`provider "${d.name}" is reached through NVIDIA, but the table has no "${NVIDIA}" row`);
  return {
    ...native,
    configured: true,
    credentialSource: 'nvidia',
    credential: choice.credential,
    keys: nvidiaKeys,
    baseUrl: nvidia.baseUrl ?? nvidia.descriptor.nativeBaseUrl,
    model: settings.nvidiaModel ?? settings.model,
    wireFormat: nvidia.descriptor.wireFormat,
    adapter: nvidia.descriptor.adapter,
  };
}

function resolveExtra(p: ExtraProviderConfig): ResolvedProvider {
  return {
    name: p.name,
    configured: true,
    credentialSource: p.apiKey === undefined && p.apiKeys === undefined ? 'none' : 'native',
    credential: p.apiKey ?? p.apiKeys?.[0],
    keys: extraServerKeys(p.name, p.apiKey, p.apiKeys),
    baseUrl: p.baseUrl,
    model: p.model,
    wireFormat: 'openai-compatible',
    adapter: OPENAI_COMPATIBLE_ADAPTER,
    headers: p.headers,
  };
}

/** Every provider row, then every extra OpenAI-compatible server, with the credential and endpoint each uses. */
export function resolveProviders(config: ProviderConfig): ResolvedProvider[] {
  const rows = Object.values(config.providers);
  const nvidia = config.providers[NVIDIA];
  return [...rows.map((settings) => resolveRow(settings, nvidia)), ...config.OPENAI_COMPATIBLE_PROVIDERS.map(resolveExtra)];
}
