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
import { NVIDIA, OPENAI_COMPATIBLE_ADAPTER } from './descriptors';

export type CredentialSource = 'native' | 'nvidia' | 'none';

/** How one provider is reached. Holds the credential: it never leaves the worker's adapters (see `ProviderInfo`). */
export interface ResolvedProvider {
  name: string;
  configured: boolean;
  /** `null` when not configured; `none` for a server that takes no credential. */
  credentialSource: CredentialSource | null;
  credential?: string;
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
  const choice = chooseCredential(d.credentialRule, settings.credential, nvidia?.credential);
  if (choice === null) return { ...native, configured: false, credentialSource: null };
  if (choice.via === 'native') return { ...native, configured: true, credentialSource: 'native', credential: choice.credential };
  if (!nvidia) throw new Error(`provider "${d.name}" is reached through NVIDIA, but the table has no "${NVIDIA}" row`);
  return {
    ...native,
    configured: true,
    credentialSource: 'nvidia',
    credential: choice.credential,
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
    credentialSource: p.apiKey === undefined ? 'none' : 'native',
    credential: p.apiKey,
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
