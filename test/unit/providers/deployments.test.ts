/** Deployments from the configuration: several keys per provider, labels, tiers, and never a key in sight. */
import { parseConfig } from '../../../shared/config';
import { chatTiers } from '../../../shared/chat-job';
import { configuredDeployments } from '../../../shared/providers/deployment-list';
import { routeTierStrings } from '../../../shared/route-config';
import { clientTimeoutMs, requestLimit } from '../../../shared/timeouts';

describe('deployments from the configuration', () => {
  it('OPENAI_API_KEYS gives one deployment per key (labelled from 1), the single OPENAI_API_KEY one more, for every model routes name', () => {
    const config = parseConfig({
      OPENAI_API_KEYS: 'sk-aaaaaaaaaaaa, sk-bbbbbbbbbbbb',
      OPENAI_API_KEY: 'sk-cccccccccccc',
      OPENAI_MODEL: 'gpt-4o',
      ROUTES: JSON.stringify({ fast: [['openai/gpt-4o-mini', 'openai/gpt-4o'], 'openai/gpt-4.1'] }),
    });
    const openai = configuredDeployments(config).filter((d) => d.provider === 'openai');
    expect(openai.map((d) => d.id)).toEqual([
      'openai/gpt-4o#OPENAI_API_KEYS[1]',
      'openai/gpt-4o#OPENAI_API_KEYS[2]',
      'openai/gpt-4o#OPENAI_API_KEY',
      'openai/gpt-4o-mini#OPENAI_API_KEYS[1]',
      'openai/gpt-4o-mini#OPENAI_API_KEYS[2]',
      'openai/gpt-4o-mini#OPENAI_API_KEY',
      'openai/gpt-4.1#OPENAI_API_KEYS[1]',
      'openai/gpt-4.1#OPENAI_API_KEYS[2]',
      'openai/gpt-4.1#OPENAI_API_KEY',
    ]);
    expect(new Set(openai.map((d) => d.credential.id)).size).toBe(3);
    expect(JSON.stringify(openai)).not.toMatch(/sk-[abc]{12}/);
  });

  it('apiKeys of an extra server are its deployments; a server without a key is one key-less deployment', () => {
    const config = parseConfig({
      OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([
        { name: 'azure-eu', baseUrl: 'https://azure-eu.example/v1', model: 'gpt-4o-mini', apiKeys: ['k-one-123456', 'k-two-123456'] },
        { name: 'ollama', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2' },
      ]),
    });
    const ids = configuredDeployments(config).map((d) => `${d.id} ${d.credential.id === 'none' ? 'none' : 'hash'}`);
    expect(ids).toEqual(expect.arrayContaining(['azure-eu/gpt-4o-mini#azure-eu.apiKeys[1] hash', 'azure-eu/gpt-4o-mini#azure-eu.apiKeys[2] hash', 'ollama/llama3.2#ollama (no key) none']));
  });

  it('a ROUTES entry may hold tiers; a plain list is one target per tier; a legacy job with targets reads as one-target tiers', () => {
    expect(routeTierStrings([['a/x', 'b/x'], 'c/y'])).toEqual([['a/x', 'b/x'], ['c/y']]);
    expect(routeTierStrings(['a/x', 'c/y'])).toEqual([['a/x'], ['c/y']]);
    expect(chatTiers({ targets: [{ provider: 'a', model: 'x' }, { provider: 'c', model: 'y' }] })).toEqual([[{ provider: 'a', model: 'x' }], [{ provider: 'c', model: 'y' }]]);
    expect(() => parseConfig({ ROUTES: JSON.stringify({ fast: [[]] }) })).toThrow(/a tier needs at least one target/);
  });
});

describe('a /v1 request time limit', () => {
  it('reads x-stainless-timeout as seconds (what the OpenAI SDKs send), and 10 000 or more as milliseconds', () => {
    expect(clientTimeoutMs('600')).toBe(600_000);
    expect(clientTimeoutMs('1.5')).toBe(1_500);
    expect(clientTimeoutMs('60000')).toBe(60_000);
    expect(clientTimeoutMs('soon')).toBeUndefined();
    expect(clientTimeoutMs(undefined)).toBeUndefined();
  });

  it('V1_REQUEST_TIMEOUT_SECONDS by default, TIMEOUT_OVERRIDES by route or first target, capped by the client', () => {
    const base = { defaultMs: 600_000, overrides: { reasoning: 1_800, 'openai/gpt-4o-mini': 120 }, requested: 'auto' };
    expect(requestLimit(base)).toEqual({ ms: 600_000, source: 'V1_REQUEST_TIMEOUT_SECONDS' });
    expect(requestLimit({ ...base, requested: 'reasoning' })).toEqual({ ms: 1_800_000, source: 'TIMEOUT_OVERRIDES' });
    expect(requestLimit({ ...base, firstTarget: 'openai/gpt-4o-mini' })).toEqual({ ms: 120_000, source: 'TIMEOUT_OVERRIDES' });
    expect(requestLimit({ ...base, clientMs: 30_000 })).toEqual({ ms: 30_000, source: 'x-stainless-timeout' });
    expect(requestLimit({ ...base, clientMs: 900_000 }).source).toBe('V1_REQUEST_TIMEOUT_SECONDS');
  });

  it('a bad TIMEOUT_OVERRIDES stops start-up naming the variable', () => {
    expect(() => parseConfig({ TIMEOUT_OVERRIDES: '{"fast":-1}' })).toThrow(/TIMEOUT_OVERRIDES/);
  });
});
