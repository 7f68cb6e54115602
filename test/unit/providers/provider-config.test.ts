import { parseConfig } from '../../../shared/config';
import { configProblems } from '../../helpers/config-problems';


const OLLAMA = JSON.stringify([{ name: 'ollama', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2' }]);

describe('provider configuration', () => {
  it('has sensible default models and no extra servers', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ OPENAI_MODEL: 'gpt-4o-mini', CLAUDE_MODEL: 'claude-sonnet-4-5', GEMINI_MODEL: 'gemini-2.5-flash', MISTRAL_MODEL: 'mistral-small-latest' });
    expect(c.OPENAI_COMPATIBLE_PROVIDERS).toEqual([]);
  });

  it('accepts extra OpenAI-compatible servers and lets PROVIDER_ORDER name them', () => {
    const c = parseConfig({ OPENAI_COMPATIBLE_PROVIDERS: OLLAMA, PROVIDER_ORDER: 'ollama, openai, local' });
    expect(c.PROVIDER_ORDER).toEqual(['ollama', 'openai', 'local']);
    expect(c.OPENAI_COMPATIBLE_PROVIDERS).toEqual([{ name: 'ollama', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2' }]);
  });

  it.each([
    ['an unknown name in PROVIDER_ORDER', { PROVIDER_ORDER: 'ollama' }, /PROVIDER_ORDER: unknown provider ollama/],
    ['an extra server named like a built-in', { OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([{ name: 'openai', baseUrl: 'http://x/v1', model: 'm' }]) }, /OPENAI_COMPATIBLE_PROVIDERS: "openai" is a built-in/],
    ['an extra server named local', { OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([{ name: 'local', baseUrl: 'http://x/v1', model: 'm' }]) }, /"local" is a built-in/],
    ['two extra servers with one name', { OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([{ name: 'a', baseUrl: 'http://x/v1', model: 'm' }, { name: 'a', baseUrl: 'http://y/v1', model: 'm' }]) }, /its own name/],
    ['extra servers that are not JSON', { OPENAI_COMPATIBLE_PROVIDERS: 'ollama=http://x' }, /OPENAI_COMPATIBLE_PROVIDERS: must be a JSON array/],
    ['an extra server with a non-HTTP URL', { OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([{ name: 'a', baseUrl: 'ftp://x', model: 'm' }]) }, /baseUrl: must be a URL/],
    ['an extra server without a model', { OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([{ name: 'a', baseUrl: 'http://x/v1' }]) }, /model/],
    ['a provider base URL that is not HTTP', { OPENAI_BASE_URL: 'file:///etc/passwd' }, /OPENAI_BASE_URL: must be a URL/],
  ])('rejects %s, naming the variable', (_name, env, message) => {
    expect(configProblems(env)).toMatch(message);
  });
});

describe('provider names alongside other bad variables', () => {
  it('still names PROVIDER_ORDER when other variables are bad too', () => {
    const message = configProblems({ PORT: 'eighty', MAX_RETRIES: '-1', PROVIDER_ORDER: 'openai,skynet' });
    expect(message).toMatch(/^PORT:/m);
    expect(message).toMatch(/^MAX_RETRIES:/m);
    expect(message).toMatch(/^PROVIDER_ORDER: unknown provider skynet/m);
  });

  it('does not blame PROVIDER_ORDER for extra servers that failed to parse', () => {
    const message = configProblems({ OPENAI_COMPATIBLE_PROVIDERS: 'not json', PROVIDER_ORDER: 'ollama' });
    expect(message).toMatch(/OPENAI_COMPATIBLE_PROVIDERS/);
    expect(message).not.toMatch(/PROVIDER_ORDER: unknown/);
  });
});
