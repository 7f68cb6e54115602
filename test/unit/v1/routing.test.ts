/**
 * Route resolution for /v1 (ModelRoutes): what a request's `model` and `fallbacks` stand for,
 * computed from provider infos the API derives from the configuration alone.
 */
import { HttpError } from '../../../api/http-error';
import { ModelRoutes } from '../../../api/v1/routing';
import { parseConfig } from '../../../shared/config';
import { providerInfos } from '../../../shared/providers/status';

/** The providers as the API sees them: openai native, claude through NVIDIA, gemini without a credential, plus an extra server and local. */
const config = parseConfig({
  OPENAI_API_KEY: 'sk-openai',
  CLAUDE_API_KEY: 'nvapi-claude',
  OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([{ name: 'ollama', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2' }]),
  PROVIDER_ORDER: 'gemini,claude,openai,ollama',
  ROUTES: JSON.stringify({ cheap: ['ollama/llama3.2', 'openai/gpt-4o-mini'], broken: ['gemini/gemini-2.5-pro'], twice: ['openai/a', 'openai/a', 'claude/b'] }),
});
const routes = new ModelRoutes({ providers: providerInfos(config), order: config.PROVIDER_ORDER, routes: config.ROUTES });
const ids = (model: string, fallbacks?: string[]) => routes.resolve(model, fallbacks).tiers.flat().map((t) => `${t.provider}/${t.model}`);

function refusal(model: string, fallbacks?: string[]): { status: number; code: string; param: unknown; message: string } {
  try {
    routes.resolve(model, fallbacks);
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    return { status: err.status, code: err.code, param: (err.details as { param?: unknown } | undefined)?.param, message: err.message };
  }
  throw new Error(`${model} resolved`);
}

describe('ModelRoutes.resolve', () => {
  it('auto: PROVIDER_ORDER with each provider\'s configured model, skipping providers without a credential', () => {
    // claude is reached through NVIDIA, so its model is the NVIDIA one.
    expect(ids('auto')).toEqual(['claude/meta/llama-3.3-70b-instruct', 'openai/gpt-4o-mini', 'ollama/llama3.2']);
  });

  it('a route: its usable targets in order, without the auto chain after them', () => {
    expect(ids('cheap')).toEqual(['ollama/llama3.2', 'openai/gpt-4o-mini']);
  });

  it('drops a target listed twice', () => {
    expect(ids('twice')).toEqual(['openai/a', 'claude/b']);
  });

  it('a route whose targets are all unusable has nothing to answer with: 503 no_provider_available', () => {
    expect(refusal('broken')).toMatchObject({ status: 503, code: 'no_provider_available', param: 'model' });
  });

  it('provider/model keeps the model (slashes included) and falls back along auto', () => {
    expect(ids('ollama/library/llama3.2:8b')).toEqual(['ollama/library/llama3.2:8b', 'claude/meta/llama-3.3-70b-instruct', 'openai/gpt-4o-mini', 'ollama/llama3.2']);
  });

  it('fallbacks replace the auto chain and may name routes, providers and pairs', () => {
    expect(ids('openai/gpt-4.1', ['cheap', 'claude'])).toEqual(['openai/gpt-4.1', 'ollama/llama3.2', 'openai/gpt-4o-mini', 'claude/meta/llama-3.3-70b-instruct']);
    expect(ids('openai/gpt-4.1', [])).toEqual(['openai/gpt-4.1']);
  });

  it('a bare configured model name finds its provider', () => {
    expect(ids('llama3.2', [])).toEqual(['ollama/llama3.2']);
  });

  it.each([
    ['gemini/gemini-2.5-pro', 'provider "gemini" has no usable API key configured'],
    ['acme/model-1', 'unknown provider "acme"'],
    ['local/local-extractive-v1', 'the offline local provider cannot answer chat completions'],
    ['no-such-model', 'the model "no-such-model" does not exist; GET /v1/models lists what this gateway serves'],
    ['__proto__', 'the model "__proto__" does not exist; GET /v1/models lists what this gateway serves'],
  ])('refuses model %s with 404 model_not_found, saying why', (model, message) => {
    expect(refusal(model)).toEqual({ status: 404, code: 'model_not_found', param: 'model', message });
  });

  it('refuses an unusable fallback with 400 invalid_fallback naming its position', () => {
    expect(refusal('auto', ['openai', 'gemini'])).toMatchObject({ status: 400, code: 'invalid_fallback', param: 'fallbacks[1]' });
  });
});

describe('ModelRoutes.list and find', () => {
  it('lists auto, routes with a usable target, and each configured provider/model (never local or unconfigured ones)', () => {
    expect(routes.list().map((m) => `${m.id} (${m.owned_by})`)).toEqual([
      'auto (ai-gateway)',
      'cheap (ai-gateway)',
      'twice (ai-gateway)',
      'openai/gpt-4o-mini (openai)',
      'claude/meta/llama-3.3-70b-instruct (claude)',
      'ollama/llama3.2 (ollama)',
    ]);
  });

  it('finds a listed id, or any provider/model a usable provider could answer', () => {
    expect(routes.find('cheap')?.owned_by).toBe('ai-gateway');
    expect(routes.find('openai/gpt-4.1')).toMatchObject({ id: 'openai/gpt-4.1', object: 'model', owned_by: 'openai' });
    expect(routes.find('gemini/gemini-2.5-pro')).toBeUndefined();
    expect(routes.find('broken')).toBeUndefined();
  });

  it('has no auto entry when no provider can chat', () => {
    const offline = parseConfig({});
    const none = new ModelRoutes({ providers: providerInfos(offline), order: offline.PROVIDER_ORDER, routes: {} });
    expect(none.list()).toEqual([]);
    expect(() => none.resolve('auto', undefined)).toThrow(expect.objectContaining({ status: 503, code: 'no_provider_available' }));
  });
});
