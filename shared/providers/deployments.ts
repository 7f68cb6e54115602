/**
 * Deployments from the configuration: one provider + model + credential + base URL, the unit of
 * health, cooldown and balancing (shared/health). A provider with several keys
 * (`OPENAI_API_KEYS=k1,k2`, `apiKeys` of an extra server) has one deployment per key for each
 * model it serves. Ids and labels never hold a key's characters: the credential id is a hash,
 * the label names where the key came from (`OPENAI_API_KEYS[2]`, counting from 1).
 */
import { createHash } from 'node:crypto';
import type { DeploymentRef } from '../health/types';

/** One key of a provider, as configured. `value` stays in the worker (adapters); everything else may be shown. */
export interface ProviderKey {
  label: string;
  /** Absent for servers that take no credential (Ollama, vLLM). */
  value?: string;
}

const hex16 = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

export function credentialRef(key: ProviderKey): DeploymentRef['credential'] {
  return { id: key.value === undefined ? 'none' : hex16(key.value), label: key.label };
}

export function baseUrlRef(baseUrl: string): DeploymentRef['baseUrl'] {
  try {
    const url = new URL(baseUrl);
    return { id: hex16(`${url.origin}${url.pathname}`), host: url.host };
  } catch {
    return { id: hex16(baseUrl), host: baseUrl };
  }
}

export function deploymentRef(provider: string, model: string, key: ProviderKey, baseUrl: string): DeploymentRef {
  return { id: `${provider}/${model}#${key.label}`, provider, model, credential: credentialRef(key), baseUrl: baseUrlRef(baseUrl) };
}

/** `OPENAI_API_KEY` → `OPENAI_API_KEYS`: the list variable beside each built-in provider's single key. */
/** A provider reached without keys of ours (an in-process adapter, `local`): one deployment, named after the provider. */
export function keylessDeployment(provider: string, model: string): DeploymentRef {
  const credential = { id: 'none', label: `${provider} (no key)` };
  return { id: `${provider}/${model}#${credential.label}`, provider, model, credential, baseUrl: baseUrlRef(`gateway://${provider}`) };
}

export function keysVariable(credentialVariable: string): string {
  return `${credentialVariable}S`;
}

/**
 * The keys of a built-in provider: each of `<PREFIX>_API_KEYS` (labelled `[1]`, `[2]`, …), then the
 * single `<PREFIX>_API_KEY` when it is set and not already in the list.
 */
export function builtInKeys(credentialVariable: string, single: string | undefined, list: readonly string[] | undefined): ProviderKey[] {
  const keys: ProviderKey[] = (list ?? []).map((value, i) => ({ label: `${keysVariable(credentialVariable)}[${i + 1}]`, value }));
  if (single !== undefined && !keys.some((k) => k.value === single)) keys.push({ label: credentialVariable, value: single });
  return keys;
}

/** The keys of an extra OpenAI-compatible server: `apiKeys` (labelled `name.apiKeys[1]`, …), then `apiKey`; none: one key-less deployment. */
export function extraServerKeys(name: string, apiKey: string | undefined, apiKeys: readonly string[] | undefined): ProviderKey[] {
  const keys: ProviderKey[] = (apiKeys ?? []).map((value, i) => ({ label: `${name}.apiKeys[${i + 1}]`, value }));
  if (apiKey !== undefined && !keys.some((k) => k.value === apiKey)) keys.push({ label: `${name}.apiKey`, value: apiKey });
  return keys.length > 0 ? keys : [{ label: `${name} (no key)` }];
}
