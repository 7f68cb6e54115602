/**
 * Which key reaches which provider, and through which endpoint: the original service's rules,
 * kept in one pure function so they can be read, and tested, in one place.
 *
 * - A key beginning `nvapi-` is an NVIDIA key: whichever variable holds it, the provider is
 *   reached through NVIDIA's OpenAI-compatible endpoint (NVIDIA_BASE_URL) with `<NAME>_NVIDIA_MODEL`.
 * - mistral:     NVIDIA_API_KEY first, then MISTRAL_API_KEY (native unless `nvapi-`).
 * - gemini:      NVIDIA_API_KEY first, then GEMINI_API_KEY (native unless `nvapi-`).
 * - openai:      OPENAI_API_KEY natively only when it begins `sk-`, otherwise NVIDIA_API_KEY
 *                (or OPENAI_API_KEY itself when it is an `nvapi-` key).
 * - claude:      CLAUDE_API_KEY first (native unless `nvapi-`), then NVIDIA_API_KEY.
 * - huggingface: HF_API_KEY first (native unless `nvapi-`), then NVIDIA_API_KEY.
 * - nvidia:      NVIDIA_API_KEY, whatever its prefix (self-hosted NIM keys need not start `nvapi-`).
 * - extra OpenAI-compatible servers: their own key, or none (Ollama, vLLM take none).
 * A provider with no usable key is not configured, and `auto` skips it.
 */
import { BUILT_IN_PROVIDERS, type BuiltInProvider, type Config } from '../../shared/config';

export type AdapterFormat = 'openai' | 'anthropic' | 'gemini' | 'mistral' | 'openai-compatible';
export type KeySource = 'native' | 'nvidia' | 'none';

export interface ProviderCredentials {
  name: string;
  configured: boolean;
  /** `null` when not configured; `none` for a server that takes no key. */
  keySource: KeySource | null;
  apiKey?: string;
  baseUrl: string;
  model: string;
  format: AdapterFormat;
  headers?: Record<string, string>;
}

export const NATIVE_BASE_URLS: Readonly<Record<BuiltInProvider, string>> = {
  openai: 'https://api.openai.com/v1',
  claude: 'https://api.anthropic.com/v1',
  gemini: 'https://generativelanguage.googleapis.com/v1beta',
  mistral: 'https://api.mistral.ai/v1',
  huggingface: 'https://router.huggingface.co/v1',
  nvidia: 'https://integrate.api.nvidia.com/v1',
};

const NATIVE_FORMATS: Readonly<Record<BuiltInProvider, AdapterFormat>> = {
  openai: 'openai',
  claude: 'anthropic',
  gemini: 'gemini',
  mistral: 'mistral',
  huggingface: 'openai-compatible',
  nvidia: 'openai-compatible',
};

export type ProviderKeyConfig = Pick<
  Config,
  | 'NVIDIA_API_KEY'
  | 'MISTRAL_API_KEY'
  | 'OPENAI_API_KEY'
  | 'CLAUDE_API_KEY'
  | 'GEMINI_API_KEY'
  | 'HF_API_KEY'
  | 'OPENAI_MODEL'
  | 'OPENAI_BASE_URL'
  | 'CLAUDE_MODEL'
  | 'CLAUDE_BASE_URL'
  | 'GEMINI_MODEL'
  | 'GEMINI_BASE_URL'
  | 'MISTRAL_MODEL'
  | 'MISTRAL_BASE_URL'
  | 'HF_MODEL'
  | 'HF_BASE_URL'
  | 'NVIDIA_MODEL'
  | 'NVIDIA_BASE_URL'
  | 'MISTRAL_NVIDIA_MODEL'
  | 'GEMINI_NVIDIA_MODEL'
  | 'OPENAI_NVIDIA_MODEL'
  | 'CLAUDE_NVIDIA_MODEL'
  | 'HF_NVIDIA_MODEL'
  | 'OPENAI_COMPATIBLE_PROVIDERS'
>;

export function isNvidiaKey(key: string | undefined): key is string {
  return key !== undefined && key.startsWith('nvapi-');
}

type Choice = { via: 'native' | 'nvidia'; key: string } | null;

/** A provider's own key: native, unless it is an NVIDIA key. */
function own(key: string | undefined): Choice {
  if (key === undefined) return null;
  return { via: isNvidiaKey(key) ? 'nvidia' : 'native', key };
}

function nvidia(key: string | undefined): Choice {
  return key === undefined ? null : { via: 'nvidia', key };
}

function chooseKey(name: Exclude<BuiltInProvider, 'nvidia'>, c: ProviderKeyConfig): Choice {
  switch (name) {
    case 'mistral':
      return nvidia(c.NVIDIA_API_KEY) ?? own(c.MISTRAL_API_KEY);
    case 'gemini':
      return nvidia(c.NVIDIA_API_KEY) ?? own(c.GEMINI_API_KEY);
    case 'openai': {
      const key = c.OPENAI_API_KEY;
      if (key?.startsWith('sk-')) return { via: 'native', key };
      return nvidia(c.NVIDIA_API_KEY) ?? (isNvidiaKey(key) ? nvidia(key) : null);
    }
    case 'claude':
      return own(c.CLAUDE_API_KEY) ?? nvidia(c.NVIDIA_API_KEY);
    case 'huggingface':
      return own(c.HF_API_KEY) ?? nvidia(c.NVIDIA_API_KEY);
  }
}

function nativeSettings(name: BuiltInProvider, c: ProviderKeyConfig): { model: string; baseUrl?: string; nvidiaModel: string } {
  switch (name) {
    case 'openai':
      return { model: c.OPENAI_MODEL, baseUrl: c.OPENAI_BASE_URL, nvidiaModel: c.OPENAI_NVIDIA_MODEL };
    case 'claude':
      return { model: c.CLAUDE_MODEL, baseUrl: c.CLAUDE_BASE_URL, nvidiaModel: c.CLAUDE_NVIDIA_MODEL };
    case 'gemini':
      return { model: c.GEMINI_MODEL, baseUrl: c.GEMINI_BASE_URL, nvidiaModel: c.GEMINI_NVIDIA_MODEL };
    case 'mistral':
      return { model: c.MISTRAL_MODEL, baseUrl: c.MISTRAL_BASE_URL, nvidiaModel: c.MISTRAL_NVIDIA_MODEL };
    case 'huggingface':
      return { model: c.HF_MODEL, baseUrl: c.HF_BASE_URL, nvidiaModel: c.HF_NVIDIA_MODEL };
    case 'nvidia':
      return { model: c.NVIDIA_MODEL, baseUrl: c.NVIDIA_BASE_URL, nvidiaModel: c.NVIDIA_MODEL };
  }
}

function resolveBuiltIn(name: BuiltInProvider, c: ProviderKeyConfig): ProviderCredentials {
  const settings = nativeSettings(name, c);
  const nativeBase = settings.baseUrl ?? NATIVE_BASE_URLS[name];
  const choice: Choice = name === 'nvidia' ? (c.NVIDIA_API_KEY === undefined ? null : { via: 'native', key: c.NVIDIA_API_KEY }) : chooseKey(name, c);
  if (choice === null) {
    return { name, configured: false, keySource: null, baseUrl: nativeBase, model: settings.model, format: NATIVE_FORMATS[name] };
  }
  if (choice.via === 'native') {
    return { name, configured: true, keySource: 'native', apiKey: choice.key, baseUrl: nativeBase, model: settings.model, format: NATIVE_FORMATS[name] };
  }
  return {
    name,
    configured: true,
    keySource: 'nvidia',
    apiKey: choice.key,
    baseUrl: c.NVIDIA_BASE_URL ?? NATIVE_BASE_URLS.nvidia,
    model: settings.nvidiaModel,
    format: 'openai-compatible',
  };
}

/** Every built-in provider, then every extra OpenAI-compatible server, with the key and endpoint each uses. */
export function resolveProviderCredentials(config: ProviderKeyConfig): ProviderCredentials[] {
  const builtIns = BUILT_IN_PROVIDERS.map((name) => resolveBuiltIn(name, config));
  const extras = config.OPENAI_COMPATIBLE_PROVIDERS.map(
    (p): ProviderCredentials => ({
      name: p.name,
      configured: true,
      keySource: p.apiKey === undefined ? 'none' : 'native',
      apiKey: p.apiKey,
      baseUrl: p.baseUrl,
      model: p.model,
      format: 'openai-compatible',
      headers: p.headers,
    }),
  );
  return [...builtIns, ...extras];
}
