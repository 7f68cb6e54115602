/**
 * The variables each provider row declares (credential, model, base URL, NVIDIA model), built from
 * the table so a new row brings its variables, their validation and their documentation with it.
 * `providerSettings` then reads the parsed values back into one record per provider.
 */
import { z } from 'zod';
import type { CredentialRule, ProviderDescriptor } from '../providers/descriptor';
import { keysVariable } from '../providers/deployments';
import type { ConfigGroup, VariableDoc } from './variable';
import { providerUrl, optionalSecret, secretList } from './values';

/** One provider's settings as configured; `credential` is absent when its variable is unset. */
export interface ProviderSettings {
  descriptor: ProviderDescriptor;
  credential?: string;
  /** `<PREFIX>_API_KEYS`, in order: several keys of one account or of several (rate-limit headroom). */
  credentials?: string[];
  model: string;
  /** Absent: the row's native base URL. */
  baseUrl?: string;
  /** Absent for `own-only` rows. */
  nvidiaModel?: string;
}

/** How the rule reads in docs/configuration.md. */
export function describeRule(rule: CredentialRule): string {
  switch (rule.kind) {
    case 'nvidia-first':
      return 'NVIDIA_API_KEY is preferred when set; otherwise this credential is used natively (an `nvapi-` value goes through NVIDIA)';
    case 'own-first':
      return 'used natively when set (an `nvapi-` value goes through NVIDIA); otherwise NVIDIA_API_KEY reaches the provider through NVIDIA';
    case 'own-with-prefix':
      return `used natively only when it begins \`${rule.prefix}\`; otherwise NVIDIA_API_KEY (or this value, when it is an \`nvapi-\` key) reaches the provider through NVIDIA`;
    case 'own-only':
      return 'used whatever it looks like, always natively';
  }
}

function examplePath(nativeBaseUrl: string): string {
  return new URL(nativeBaseUrl).pathname.replace(/\/+$/, '');
}

/** One group per row: its credential, model, base URL and (unless `own-only`) NVIDIA model. */
export function providerEnvGroup(d: ProviderDescriptor): ConfigGroup {
  const shape: Record<string, z.ZodType> = {};
  const docs: Record<string, VariableDoc> = {};
  const add = (name: string, schema: z.ZodType, doc: VariableDoc): void => {
    shape[name] = doc.default === undefined ? schema : schema.prefault(doc.default);
    docs[name] = doc;
  };
  add(d.env.credential, optionalSecret, {
    description: `The credential for ${d.label}: ${describeRule(d.credentialRule)}. Without a usable credential the provider is not configured and \`auto\` skips it.`,
    example: d.credentialExample,
  });
  add(keysVariable(d.env.credential), secretList, {
    description: `Several ${d.label} keys, comma-separated: one deployment per key for each model, balanced (least in flight) with a 429 on one key moving to the next key before the next model. ${d.env.credential}, when also set, is one more key.`,
    example: `${d.credentialExample}-1,${d.credentialExample}-2`,
  });
  add(d.env.model, z.string().min(1), { default: d.defaultModel, description: `The ${d.label} model asked when a request names none.`, example: d.modelExample });
  add(d.env.baseUrl, providerUrl.optional(), {
    description: `The ${d.label} endpoint; unset means ${d.nativeBaseUrl}. Point it at a proxy or a local fake.`,
    example: `http://127.0.0.1:8900${examplePath(d.nativeBaseUrl)}`,
  });
  if (d.env.nvidiaModel !== undefined && d.defaultNvidiaModel !== undefined) {
    add(d.env.nvidiaModel, z.string().min(1), {
      default: d.defaultNvidiaModel,
      description: `The model used for ${d.name} when it is reached through NVIDIA's endpoint (an \`nvapi-\` credential): native model names mean nothing there.`,
      example: 'meta/llama-3.1-70b-instruct',
    });
  }
  return { name: `provider:${d.name}`, title: `${d.label} (\`${d.name}\`)`, shape, docs };
}

/** The parsed provider variables, one record per row, keyed by provider name in table order. */
export function providerSettings(descriptors: readonly ProviderDescriptor[], parsed: Readonly<Record<string, unknown>>): Record<string, ProviderSettings> {
  const text = (name: string | undefined): string | undefined => {
    const value = name === undefined ? undefined : parsed[name];
    return typeof value === 'string' ? value : undefined;
  };
  const list = (name: string): string[] | undefined => {
    const value = parsed[name];
    return Array.isArray(value) && value.length > 0 ? value.filter((v): v is string => typeof v === 'string') : undefined;
  };
  const out: Record<string, ProviderSettings> = {};
  for (const d of descriptors) {
    out[d.name] = {
      descriptor: d,
      credential: text(d.env.credential),
      credentials: list(keysVariable(d.env.credential)),
      model: text(d.env.model) ?? d.defaultModel,
      baseUrl: text(d.env.baseUrl),
      nvidiaModel: text(d.env.nvidiaModel),
    };
  }
  return out;
}
