/**
 * The provider table and what the worker builds from it: every row names an adapter folder the
 * registry has, capabilities agree with what the adapters do, and the offline provider's name
 * and model are the same on both sides.
 */
import { parseConfig } from '../../../shared/config';
import type { ProviderDescriptor } from '../../../shared/providers/descriptor';
import { BUILT_IN_PROVIDERS, builtInDescriptor, LOCAL_MODEL, LOCAL_PROVIDER, PROVIDER_DESCRIPTORS } from '../../../shared/providers/descriptors';
import { LOCAL_INFO, providerInfos } from '../../../shared/providers/status';
import { ADAPTERS } from '../../../worker/providers/adapters';
import { LOCAL_MODEL as WORKER_LOCAL_MODEL, LOCAL_PROVIDER as WORKER_LOCAL_PROVIDER } from '../../../worker/providers/local';
import { createProviderRegistry } from '../../../worker/providers/registry';

const rows: readonly ProviderDescriptor[] = PROVIDER_DESCRIPTORS;

describe('the provider table', () => {
  it('has the six built-in providers, in the order every list shows them', () => {
    expect(BUILT_IN_PROVIDERS).toEqual(['mistral', 'gemini', 'openai', 'claude', 'huggingface', 'nvidia']);
  });

  it.each(rows.map((d) => [d.name, d] as const))('%s names an adapter folder the worker registers', (_name, d) => {
    expect(Object.keys(ADAPTERS)).toContain(d.adapter);
  });

  it.each(rows.map((d) => [d.name, d] as const))('%s claims prefill when its adapter continues an assistant prefill', (_name, d) => {
    const factory = ADAPTERS[d.adapter as keyof typeof ADAPTERS];
    const adapter = factory({ name: d.name, credential: 'test-credential', baseUrl: d.nativeBaseUrl, model: d.defaultModel });
    if (adapter.assistantPrefill === true) expect(d.capabilities.prefill).toBe(true);
    expect(d.capabilities.streaming).toBe(true);
  });

  it('keeps the JSON capability in step with the adapters that ask for JSON mode', () => {
    // The Messages API has no schema-less JSON mode: the claude adapter asks in the prompt instead.
    expect(rows.filter((d) => !d.capabilities.json).map((d) => d.name)).toEqual(['claude']);
  });

  it('gives the offline provider the name and model its worker adapter uses', () => {
    expect([LOCAL_PROVIDER, LOCAL_MODEL]).toEqual([WORKER_LOCAL_PROVIDER, WORKER_LOCAL_MODEL]);
    expect(providerInfos(parseConfig({})).get('local')).toEqual(LOCAL_INFO);
    expect(providerInfos(parseConfig({ LOCAL_PROVIDER: 'false' })).has('local')).toBe(false);
  });

  it('lists providers to the API exactly as the worker registry does, without building an adapter', () => {
    const config = parseConfig({ OPENAI_API_KEY: 'sk-x', NVIDIA_API_KEY: 'nvapi-x', OPENAI_COMPATIBLE_PROVIDERS: '[{"name":"ollama","baseUrl":"http://127.0.0.1:11434/v1","model":"m"}]' });
    const registry = createProviderRegistry(config);
    const infos = providerInfos({ ...config, LOCAL_PROVIDER: false });
    expect([...infos.values()]).toEqual([...registry.values()].map((e) => e.info));
  });

  it('refuses, at start-up, a row whose adapter folder is not registered', () => {
    const orphan: ProviderDescriptor = { ...builtInDescriptor('claude'), name: 'orphan', env: { credential: 'ORPHAN_API_KEY', model: 'ORPHAN_MODEL', baseUrl: 'ORPHAN_BASE_URL' }, defaultNvidiaModel: undefined, credentialRule: { kind: 'own-only' }, adapter: 'orphan' };
    const config = parseConfig({ ORPHAN_API_KEY: 'k' }, [...PROVIDER_DESCRIPTORS, orphan]);
    expect(() => createProviderRegistry(config)).toThrow('provider "orphan" names the adapter folder "orphan", which worker/providers/adapters.ts does not register');
  });
});
