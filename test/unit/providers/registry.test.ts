import { parseConfig } from '../../../shared/config';
import { providerStatusFlags } from '../../../shared/providers/status';
import { createProviderRegistry } from '../../../worker/providers/registry';
import type { ProviderAdapter } from '../../../worker/providers/types';
import { REQUEST } from '../../providers/helpers/error-cases';
import { fixture, startFake, type FakeServer } from '../../providers/helpers/fake-http';

const local: ProviderAdapter = {
  name: 'local',
  model: 'local-extractive-v1',
  complete: async () => ({ text: 'local', model: 'local-extractive-v1', finishReason: 'stop', usage: { inputTokens: 0, outputTokens: 0 }, latencyMs: 0 }),
};

describe('provider registry', () => {
  it('has an entry per built-in, no adapter without a key, and local when given', () => {
    const registry = createProviderRegistry(parseConfig({}), { local });
    expect([...registry.keys()]).toEqual(['mistral', 'gemini', 'openai', 'claude', 'huggingface', 'nvidia', 'local']);
    for (const name of ['mistral', 'gemini', 'openai', 'claude', 'huggingface', 'nvidia']) {
      expect(registry.get(name)?.adapter).toBeUndefined();
      expect(registry.get(name)?.info).toMatchObject({ configured: false, credentialSource: null });
    }
    expect(registry.get('local')?.info).toEqual({ name: 'local', configured: true, credentialSource: 'none', model: 'local-extractive-v1', baseUrlHost: null });
    // The given adapter, wrapped once for tracing (worker/providers/traced-adapter.ts).
    expect(registry.get('local')?.adapter).toMatchObject({ name: local.name, model: local.model });
    expect(createProviderRegistry(parseConfig({})).has('local')).toBe(false);
  });

  it('reports model and base URL host, and never a key', () => {
    const keys = { OPENAI_API_KEY: 'sk-secret-openai-1', NVIDIA_API_KEY: 'nvapi-secret-nv-1', CLAUDE_API_KEY: 'sk-ant-secret-1', OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([{ name: 'proxy', baseUrl: 'https://llm.example.com:8443/v1', model: 'm', apiKey: 'corp-secret-1' }]) };
    const registry = createProviderRegistry(parseConfig(keys));
    expect(registry.get('openai')?.info).toEqual({ name: 'openai', configured: true, credentialSource: 'native', model: 'gpt-4o-mini', baseUrlHost: 'api.openai.com' });
    expect(registry.get('gemini')?.info).toEqual({ name: 'gemini', configured: true, credentialSource: 'nvidia', model: 'google/gemma-3-27b-it', baseUrlHost: 'integrate.api.nvidia.com' });
    expect(registry.get('proxy')?.info).toMatchObject({ configured: true, credentialSource: 'native', baseUrlHost: 'llm.example.com:8443' });
    const shown = JSON.stringify([...registry.values()]);
    for (const key of ['sk-secret-openai-1', 'nvapi-secret-nv-1', 'sk-ant-secret-1', 'corp-secret-1']) expect(shown).not.toContain(key);
  });

  it.each([
    [{}, { nvidia_fallback_enabled: false, openai_native_enabled: false, claude_native_enabled: false, gemini_native_enabled: false, huggingface_native_enabled: false }],
    [{ NVIDIA_API_KEY: 'nvapi-x' }, { nvidia_fallback_enabled: true, openai_native_enabled: false, claude_native_enabled: false, gemini_native_enabled: false, huggingface_native_enabled: false }],
    [{ OPENAI_API_KEY: 'sk-x', CLAUDE_API_KEY: 'sk-ant-x', GEMINI_API_KEY: 'AIza-x', HF_API_KEY: 'hf_x' }, { nvidia_fallback_enabled: false, openai_native_enabled: true, claude_native_enabled: true, gemini_native_enabled: true, huggingface_native_enabled: true }],
    [{ HF_API_KEY: 'nvapi-in-hf-slot' }, { nvidia_fallback_enabled: true, openai_native_enabled: false, claude_native_enabled: false, gemini_native_enabled: false, huggingface_native_enabled: false }],
  ])('keeps the original status flags for %j', (env, flags) => {
    expect(providerStatusFlags(parseConfig(env))).toEqual(flags);
  });
});

describe('a provider configured only by its key and base URL answers from the fake', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(async () => {
    await fake.close();
  });

  const cases: [name: string, env: (origin: string) => Record<string, string>, recorded: [string, string], path: string, model: string][] = [
    ['openai', (o) => ({ OPENAI_API_KEY: 'sk-only-openai', OPENAI_BASE_URL: `${o}/v1` }), ['openai', 'chat-completion'], '/v1/chat/completions', 'gpt-4o-mini-2024-07-18'],
    ['claude', (o) => ({ CLAUDE_API_KEY: 'sk-ant-only', CLAUDE_BASE_URL: `${o}/v1` }), ['claude', 'message'], '/v1/messages', 'claude-sonnet-4-5-20250929'],
    ['gemini', (o) => ({ GEMINI_API_KEY: 'AIza-only', GEMINI_BASE_URL: `${o}/v1beta` }), ['gemini', 'generate-content'], '/v1beta/models/gemini-2.5-flash:generateContent', 'gemini-2.5-flash-preview-05-20'],
    ['mistral', (o) => ({ MISTRAL_API_KEY: 'mistral-only', MISTRAL_BASE_URL: `${o}/v1` }), ['mistral', 'chat-completion'], '/v1/chat/completions', 'mistral-small-latest'],
    ['huggingface', (o) => ({ HF_API_KEY: 'hf_only', HF_BASE_URL: `${o}/v1` }), ['huggingface', 'chat-completion'], '/v1/chat/completions', 'meta-llama/llama-3.1-8b-instruct'],
    ['nvidia', (o) => ({ NVIDIA_API_KEY: 'nvapi-only', NVIDIA_BASE_URL: `${o}/v1` }), ['nvidia', 'chat-completion'], '/v1/chat/completions', 'meta/llama-3.1-8b-instruct'],
    ['claude', (o) => ({ NVIDIA_API_KEY: 'nvapi-only', NVIDIA_BASE_URL: `${o}/v1`, CLAUDE_NVIDIA_MODEL: 'meta/llama-3.1-8b-instruct' }), ['nvidia', 'chat-completion'], '/v1/chat/completions', 'meta/llama-3.1-8b-instruct'],
  ];

  it.each(cases)('%s (%#)', async (name, env, [provider, recorded], path, model) => {
    fake.reply({ status: 200, body: fixture(provider, recorded) });
    const adapter = createProviderRegistry(parseConfig(env(fake.url))).get(name)?.adapter;
    if (!adapter) throw new Error(`${name} has no adapter`);
    const result = await adapter.complete(REQUEST, AbortSignal.timeout(5_000));
    expect(fake.last().path).toBe(path);
    expect(result.text).toBe('The invoice totals $1,250.00 and is due on 2024-03-31.');
    expect(result.model).toBe(model);
  });

  it('an extra OpenAI-compatible server, keyless, with its own headers', async () => {
    fake.reply({ status: 200, body: fixture('nvidia', 'chat-completion') });
    const config = parseConfig({
      OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([{ name: 'ollama', baseUrl: `${fake.url}/v1`, model: 'llama3.2', headers: { 'x-team': 'billing' } }]),
      PROVIDER_ORDER: 'ollama,local',
    });
    const adapter = createProviderRegistry(config).get('ollama')?.adapter;
    if (!adapter) throw new Error('ollama has no adapter');
    const result = await adapter.complete(REQUEST, AbortSignal.timeout(5_000));
    const req = fake.last();
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBeUndefined();
    expect(req.headers['x-team']).toBe('billing');
    expect(req.body).toMatchObject({ model: 'llama3.2' });
    expect(result.model).toBe('meta/llama-3.1-8b-instruct');
  });
});
