import { parseConfig } from '../../../shared/config';
import { resolveProviders, type ResolvedProvider } from '../../../shared/providers/credentials';
import { builtInDescriptor } from '../../../shared/providers/descriptors';

const NV = 'nvapi-fleet-key-000000000000';
const SK = 'sk-proj-openai-key-00000000';
type Expect = [source: 'native' | 'nvidia' | null, key?: string];

function resolve(env: Record<string, string>): Map<string, ResolvedProvider> {
  return new Map(resolveProviders(parseConfig(env)).map((c) => [c.name, c]));
}

describe('credential rules', () => {
  const none: Expect = [null];
  const table: [string, Record<string, string>, Record<string, Expect>][] = [
    ['no keys at all', {}, { mistral: none, gemini: none, openai: none, claude: none, huggingface: none, nvidia: none }],
    ['only an sk- OpenAI key', { OPENAI_API_KEY: SK }, { openai: ['native', SK], mistral: none, gemini: none, claude: none, huggingface: none, nvidia: none }],
    ['an OpenAI key without sk- and no NVIDIA key', { OPENAI_API_KEY: 'org-key-123' }, { openai: none }],
    ['an OpenAI key without sk- and an NVIDIA key', { OPENAI_API_KEY: 'org-key-123', NVIDIA_API_KEY: NV }, { openai: ['nvidia', NV] }],
    ['an sk- OpenAI key beats the NVIDIA key', { OPENAI_API_KEY: SK, NVIDIA_API_KEY: NV }, { openai: ['native', SK] }],
    ['an nvapi- key in OPENAI_API_KEY', { OPENAI_API_KEY: 'nvapi-openai-slot' }, { openai: ['nvidia', 'nvapi-openai-slot'] }],
    [
      'only an NVIDIA key reaches every provider through NVIDIA',
      { NVIDIA_API_KEY: NV },
      { mistral: ['nvidia', NV], gemini: ['nvidia', NV], openai: ['nvidia', NV], claude: ['nvidia', NV], huggingface: ['nvidia', NV], nvidia: ['native', NV] },
    ],
    ['mistral prefers the NVIDIA key', { MISTRAL_API_KEY: 'mistral-native', NVIDIA_API_KEY: NV }, { mistral: ['nvidia', NV] }],
    ['mistral native with only its own key', { MISTRAL_API_KEY: 'mistral-native' }, { mistral: ['native', 'mistral-native'] }],
    ['an nvapi- key in MISTRAL_API_KEY', { MISTRAL_API_KEY: 'nvapi-mistral-slot' }, { mistral: ['nvidia', 'nvapi-mistral-slot'] }],
    ['gemini prefers the NVIDIA key', { GEMINI_API_KEY: 'AIza-native', NVIDIA_API_KEY: NV }, { gemini: ['nvidia', NV] }],
    ['gemini native with only its own key', { GEMINI_API_KEY: 'AIza-native' }, { gemini: ['native', 'AIza-native'] }],
    ['claude prefers its own key', { CLAUDE_API_KEY: 'sk-ant-native', NVIDIA_API_KEY: NV }, { claude: ['native', 'sk-ant-native'] }],
    ['an nvapi- key in CLAUDE_API_KEY', { CLAUDE_API_KEY: 'nvapi-claude-slot', NVIDIA_API_KEY: NV }, { claude: ['nvidia', 'nvapi-claude-slot'] }],
    ['huggingface prefers its own key', { HF_API_KEY: 'hf_native', NVIDIA_API_KEY: NV }, { huggingface: ['native', 'hf_native'] }],
    ['an nvapi- key in HF_API_KEY', { HF_API_KEY: 'nvapi-hf-slot' }, { huggingface: ['nvidia', 'nvapi-hf-slot'], nvidia: none }],
    ['a self-hosted NIM key without the nvapi- prefix', { NVIDIA_API_KEY: 'local-nim-token' }, { nvidia: ['native', 'local-nim-token'], mistral: ['nvidia', 'local-nim-token'] }],
  ];

  it.each(table)('%s', (_name, env, expected) => {
    const resolved = resolve(env);
    for (const [name, [source, key]] of Object.entries(expected)) {
      const c = resolved.get(name);
      expect({ name, configured: c?.configured, credentialSource: c?.credentialSource, credential: c?.credential }).toEqual({
        name,
        configured: source !== null,
        credentialSource: source,
        credential: key,
      });
    }
  });

  it('reaches a provider through NVIDIA with NVIDIA_BASE_URL and the provider’s NVIDIA model', () => {
    const c = resolve({ NVIDIA_API_KEY: NV, NVIDIA_BASE_URL: 'http://nim.internal:8000/v1', OPENAI_BASE_URL: 'http://ignored/v1', OPENAI_NVIDIA_MODEL: 'openai/gpt-oss-120b' }).get('openai');
    expect(c).toMatchObject({ wireFormat: 'openai-compatible', baseUrl: 'http://nim.internal:8000/v1', model: 'openai/gpt-oss-120b' });
  });

  it('uses <NAME>_MODEL and <NAME>_BASE_URL natively, and public endpoints by default', () => {
    const resolved = resolve({ OPENAI_API_KEY: SK, OPENAI_MODEL: 'gpt-4.1-mini', OPENAI_BASE_URL: 'http://127.0.0.1:8900/v1', CLAUDE_API_KEY: 'sk-ant-x', GEMINI_API_KEY: 'AIza-x' });
    expect(resolved.get('openai')).toMatchObject({ wireFormat: 'openai', model: 'gpt-4.1-mini', baseUrl: 'http://127.0.0.1:8900/v1' });
    expect(resolved.get('claude')).toMatchObject({ wireFormat: 'anthropic', model: 'claude-sonnet-4-5', baseUrl: builtInDescriptor('claude').nativeBaseUrl });
    expect(resolved.get('gemini')).toMatchObject({ wireFormat: 'gemini', model: 'gemini-2.5-flash', baseUrl: builtInDescriptor('gemini').nativeBaseUrl });
    expect(resolved.get('huggingface')).toMatchObject({ configured: false, baseUrl: 'https://router.huggingface.co/v1' });
  });

  it('lists extra OpenAI-compatible servers after the built-ins, keyed or keyless', () => {
    const list = resolveProviders(
      parseConfig({
        OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([
          { name: 'ollama', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2' },
          { name: 'proxy', baseUrl: 'https://llm.example.com/v1', model: 'gpt-4o', apiKey: 'corp-key', headers: { 'x-team': 'billing' } },
        ]),
      }),
    );
    expect(list.map((c) => c.name)).toEqual(['mistral', 'gemini', 'openai', 'claude', 'huggingface', 'nvidia', 'ollama', 'proxy']);
    expect(list[6]).toMatchObject({ configured: true, credentialSource: 'none', credential: undefined, wireFormat: 'openai-compatible' });
    expect(list[7]).toMatchObject({ configured: true, credentialSource: 'native', credential: 'corp-key', headers: { 'x-team': 'billing' } });
  });
});
