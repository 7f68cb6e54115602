/**
 * Bare model names as applications send them (`gpt-4o-mini`, `claude-sonnet-4-5`): the one
 * model-pattern table (the provider rows' `modelPatterns`, extended by MODEL_PATTERNS) sends each
 * to the provider known to serve it, with that exact model, when that provider is configured.
 */
import { HttpError } from '../../../api/http-error';
import { ModelRoutes } from '../../../api/v1/routing';
import { parseConfig } from '../../../shared/config';
import { globToRegExp, modelPatternRules } from '../../../shared/model-patterns';
import { PROVIDER_DESCRIPTORS } from '../../../shared/providers/descriptors';
import { providerInfos } from '../../../shared/providers/status';

function routesFor(env: Record<string, string>): ModelRoutes {
  const config = parseConfig({ LOCAL_PROVIDER: 'false', ...env });
  return new ModelRoutes({
    providers: providerInfos(config),
    order: config.PROVIDER_ORDER,
    routes: config.ROUTES,
    patterns: modelPatternRules(config.MODEL_PATTERNS, PROVIDER_DESCRIPTORS),
  });
}

/** openai, gemini and mistral native; claude only through NVIDIA; an Ollama server. */
const routes = routesFor({
  OPENAI_API_KEY: 'sk-openai',
  GEMINI_API_KEY: 'AIza-gemini',
  MISTRAL_API_KEY: 'mistral-key',
  CLAUDE_API_KEY: 'nvapi-claude',
  OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([{ name: 'ollama', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2' }]),
  PROVIDER_ORDER: 'openai,ollama',
  MODEL_PATTERNS: JSON.stringify({ ollama: ['llama*', 'qwen2.5:*'] }),
});
const first = (model: string) => {
  const t = routes.resolve(model, []).tiers.flat()[0];
  return `${t?.provider}/${t?.model}`;
};

function refusal(r: ModelRoutes, model: string): { status: number; code: string; message: string } {
  try {
    r.resolve(model, []);
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    return { status: err.status, code: err.code, message: err.message };
  }
  throw new Error(`${model} resolved`);
}

describe('bare model names', () => {
  it.each([
    ['gpt-4o-mini', 'openai/gpt-4o-mini'],
    ['gpt-4.1', 'openai/gpt-4.1'],
    ['o1-mini', 'openai/o1-mini'],
    ['o3', 'openai/o3'],
    ['o4-mini', 'openai/o4-mini'],
    ['text-embedding-3-small', 'openai/text-embedding-3-small'],
    ['gemini-2.5-pro', 'gemini/gemini-2.5-pro'],
    ['text-embedding-004', 'gemini/text-embedding-004'],
    ['mistral-large-latest', 'mistral/mistral-large-latest'],
    ['codestral-latest', 'mistral/codestral-latest'],
    ['mistral-embed', 'mistral/mistral-embed'],
    // MODEL_PATTERNS, tried before the table.
    ['llama3.1:70b', 'ollama/llama3.1:70b'],
    ['qwen2.5:7b', 'ollama/qwen2.5:7b'],
  ])('%s goes to %s with that exact model', (model, target) => {
    expect(first(model)).toBe(target);
  });

  it('falls back along the auto chain after the named provider, as provider/model does', () => {
    expect(routes.resolve('gemini-2.5-pro', undefined).tiers.flat().map((t) => t.provider)).toEqual(['gemini', 'openai', 'ollama']);
  });

  it('a provider reached only through NVIDIA is not sent another provider\'s model name: 404 naming the provider', () => {
    expect(refusal(routes, 'claude-sonnet-4-5')).toEqual({
      status: 404,
      code: 'model_not_found',
      message: 'the model "claude-sonnet-4-5" is served by claude, which has no API key of its own configured here; GET /v1/models lists what this gateway serves',
    });
  });

  it('a name no rule knows keeps the 404 model_not_found', () => {
    expect(refusal(routes, 'totally-unknown-model')).toEqual({
      status: 404,
      code: 'model_not_found',
      message: 'the model "totally-unknown-model" does not exist; GET /v1/models lists what this gateway serves',
    });
  });

  it('MODEL_PATTERNS can send a built-in family elsewhere', () => {
    const r = routesFor({
      OPENAI_API_KEY: 'sk-openai',
      OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([{ name: 'proxy', baseUrl: 'http://127.0.0.1:9/v1', model: 'x' }]),
      MODEL_PATTERNS: JSON.stringify({ proxy: ['gpt-4o*'] }),
    });
    expect(r.resolve('gpt-4o-2024-08-06', []).tiers.flat()).toEqual([{ provider: 'proxy', model: 'gpt-4o-2024-08-06' }]);
    expect(r.resolve('gpt-4.1', []).tiers.flat()).toEqual([{ provider: 'openai', model: 'gpt-4.1' }]);
  });

  it('GET /v1/models/{id} finds a bare name that resolves', () => {
    expect(routes.find('gemini-2.5-flash')).toMatchObject({ id: 'gemini-2.5-flash', owned_by: 'gemini' });
    expect(routes.find('claude-sonnet-4-5')).toBeUndefined();
  });

  it('globs match the whole name, with only * special', () => {
    expect(globToRegExp('qwen2.5:*').test('qwen2.5:7b')).toBe(true);
    expect(globToRegExp('qwen2.5:*').test('qwen2x5:7b')).toBe(false);
    expect(globToRegExp('llama*').test('my-llama3')).toBe(false);
  });
});

describe('MODEL_PATTERNS', () => {
  it('names an unknown provider: start-up stops naming the variable', () => {
    expect(() => parseConfig({ MODEL_PATTERNS: '{"nobody":["x*"]}' })).toThrow(/MODEL_PATTERNS.*names unknown provider nobody/);
  });
  it('is not JSON: the message says what is expected', () => {
    expect(() => parseConfig({ MODEL_PATTERNS: 'llama*' })).toThrow(/MODEL_PATTERNS.*a JSON object of provider name to a list of model-name patterns/);
  });
  it('a pattern with other special characters is refused', () => {
    expect(() => parseConfig({ MODEL_PATTERNS: '{"openai":["gpt-(4|5)"]}' })).toThrow(/MODEL_PATTERNS/);
  });
});
