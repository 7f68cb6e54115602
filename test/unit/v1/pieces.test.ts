/**
 * The pieces of the OpenAI-compatible endpoint that need no Redis: resuming text, model routing,
 * the ROUTES setting, the mock's stream-fault grammar, and the error shape as the SDK reads it.
 */
import express from 'express';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { HttpError } from '../../../api/http-error';
import { openAIErrorHandler } from '../../../api/v1/errors';
import { ModelRoutes } from '../../../api/v1/routing';
import { ConfigError, parseConfig } from '../../../shared/config';
import type { ErrorCode } from '../../../shared/errors/catalog';
import { createRootLogger } from '../../../shared/logger';
import type { ProviderInfo } from '../../../shared/providers/status';
import { decideCall, parseBehaviour } from '../../../tools/mock-provider/behaviour';
import { PrefillJoiner, ReplayGate } from '../../../worker/stream/resume';

describe('resuming a broken stream', () => {
  it('replay-and-skip passes on only what follows the delivered text', () => {
    const gate = new ReplayGate('Hello wor');
    expect(gate.accept('Hel')).toEqual({ ok: true, pass: '' });
    expect(gate.accept('lo world')).toEqual({ ok: true, pass: 'ld' });
    expect(gate.through).toBe(true);
    expect(gate.accept(', again')).toEqual({ ok: true, pass: ', again' });
  });

  it('replay-and-skip refuses an answer that begins differently, as soon as it differs', () => {
    const gate = new ReplayGate('Hello world');
    expect(gate.accept('Hi')).toEqual({ ok: false });
  });

  it('a prefill continuation loses the whitespace the provider trimmed from the prefill, and nothing else', () => {
    expect(new PrefillJoiner('Hello ').accept(' world')).toBe('world');
    expect(new PrefillJoiner('Hello ').accept('world')).toBe('world');
    expect(new PrefillJoiner('Hello').accept(' world')).toBe(' world');
    const joiner = new PrefillJoiner('Hello \n');
    expect(joiner.accept(' ')).toBe('');
    expect(joiner.accept('\nworld')).toBe('world');
  });
});

describe('model routing', () => {
  const info = (name: string, model: string, configured = true): [string, ProviderInfo] => [name, { name, configured, credentialSource: 'native', model, baseUrlHost: null }];
  const routes = new ModelRoutes({
    providers: new Map([info('openai', 'gpt-4o-mini'), info('claude', 'claude-x'), info('gemini', 'gemini-y', false), info('local', 'local-v1')]),
    order: ['gemini', 'openai', 'claude'],
    routes: { fast: ['gemini/g', 'claude/claude-haiku', 'openai/gpt-4o-mini'] },
  });
  const ids = (model: string, fallbacks?: string[]) => routes.resolve(model, fallbacks).tiers.flat().map((t) => `${t.provider}/${t.model}`);

  it('auto is the configured order without unconfigured providers or the offline local one', () => {
    expect(ids('auto')).toEqual(['openai/gpt-4o-mini', 'claude/claude-x']);
  });

  it('provider/model comes first, then the auto chain; fallbacks replace the chain', () => {
    expect(ids('claude/claude-opus')).toEqual(['claude/claude-opus', 'openai/gpt-4o-mini', 'claude/claude-x']);
    expect(ids('openai/gpt-4o-mini')).toEqual(['openai/gpt-4o-mini', 'claude/claude-x']);
    expect(ids('claude/claude-opus', [])).toEqual(['claude/claude-opus']);
    expect(ids('claude/claude-opus', ['fast'])).toEqual(['claude/claude-opus', 'claude/claude-haiku', 'openai/gpt-4o-mini']);
  });

  it('a route keeps its order and skips providers without a key; a bare provider or model name works too', () => {
    expect(ids('fast')).toEqual(['claude/claude-haiku', 'openai/gpt-4o-mini']);
    expect(ids('openai')).toEqual(['openai/gpt-4o-mini', 'claude/claude-x']);
    expect(ids('claude-x')).toEqual(['claude/claude-x', 'openai/gpt-4o-mini']);
  });

  it.each([
    ['nothing-like-it', 404, 'model_not_found'],
    ['gemini/g', 404, 'model_not_found'],
    ['local/local-v1', 404, 'model_not_found'],
    ['nobody/model', 404, 'model_not_found'],
    ['constructor', 404, 'model_not_found'],
  ])('%s is refused with %d %s', (model, status, code) => {
    expect(() => routes.resolve(model, undefined)).toThrow(expect.objectContaining({ status, code }));
  });

  it('an unusable fallback is a 400 naming it', () => {
    expect(() => routes.resolve('auto', ['openai/x', 'nope'])).toThrow(expect.objectContaining({ status: 400, code: 'invalid_fallback', details: { param: 'fallbacks[1]' } }));
  });

  it('lists auto, usable routes and configured provider/model pairs', () => {
    expect(routes.list().map((m) => m.id)).toEqual(['auto', 'fast', 'openai/gpt-4o-mini', 'claude/claude-x']);
  });
});

describe('ROUTES and the stream limits in the configuration', () => {
  it('reads ROUTES, FIRST_TOKEN_TIMEOUT_SECONDS and STREAM_IDLE_TIMEOUT_SECONDS', () => {
    const c = parseConfig({ ROUTES: '{"fast":["openai/gpt-4o-mini","claude/claude-3-5-haiku-latest"]}', FIRST_TOKEN_TIMEOUT_SECONDS: '5', STREAM_IDLE_TIMEOUT_SECONDS: '2.5' });
    expect(c.ROUTES).toEqual({ fast: ['openai/gpt-4o-mini', 'claude/claude-3-5-haiku-latest'] });
    expect([c.FIRST_TOKEN_TIMEOUT_SECONDS, c.STREAM_IDLE_TIMEOUT_SECONDS]).toEqual([5, 2.5]);
    expect(parseConfig({}).ROUTES).toEqual({});
  });

  it.each([
    ['not json', /ROUTES: must be a JSON object/],
    ['{"fast":["gpt-4o"]}', /ROUTES.*provider\/model/],
    ['{"auto":["openai/x"]}', /ROUTES.*"auto"/],
    ['{"fast":[]}', /ROUTES.*at least one/],
    ['{"fast":["imaginary/x"]}', /ROUTES: route "fast" names unknown provider imaginary/],
  ])('refuses ROUTES=%s naming the variable', (value, message) => {
    expect(() => parseConfig({ ROUTES: value })).toThrow(ConfigError);
    expect(() => parseConfig({ ROUTES: value })).toThrow(message);
  });

  it('accepts a route through an extra OpenAI-compatible server', () => {
    const c = parseConfig({ OPENAI_COMPATIBLE_PROVIDERS: '[{"name":"ollama","baseUrl":"http://127.0.0.1:11434/v1","model":"llama3.2"}]', ROUTES: '{"local-llm":["ollama/llama3.2"]}' });
    expect(c.ROUTES['local-llm']).toEqual(['ollama/llama3.2']);
  });
});

describe("the mock provider's stream faults", () => {
  it.each([
    ['mock-first-token-800', { firstTokenMs: 800 }],
    ['mock-chunk-delay-50+cut-after-2', { chunkDelayMs: 50, streamFault: { kind: 'cut-after', chunks: 2 } }],
    ['mock-reset-after-1', { streamFault: { kind: 'reset-after', chunks: 1 } }],
    ['mock-stall-after-3', { streamFault: { kind: 'stall-after', chunks: 3 } }],
    ['mock-invalid-chunk', { streamFault: { kind: 'invalid-chunk' } }],
    ['mock-no-terminator', { streamFault: { kind: 'no-terminator' } }],
    ['mock-stall-at-end', { streamFault: { kind: 'stall-at-end' } }],
    ['mock-no-prefill+random-answer', { noPrefill: true, randomAnswer: true }],
  ])('reads %s', (model, behaviour) => {
    expect(parseBehaviour(model)).toEqual({ ok: true, behaviour });
  });

  it('gates a stream fault with fail-first like any failure, without adding a 503', () => {
    const parsed = parseBehaviour('mock-fail-first-1+cut-after-2');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(decideCall(parsed.behaviour, 1, Math.random)).toEqual({ failure: undefined, streamFault: { kind: 'cut-after', chunks: 2 } });
    expect(decideCall(parsed.behaviour, 2, Math.random)).toEqual({});
  });
});

describe('errors under /v1 as the OpenAI SDK sees them', () => {
  // Each status through a catalogue code that answers with it (HttpError takes its status from the catalogue).
  it.each([
    [400, OpenAI.BadRequestError, 'invalid_request_error', 'invalid_request' as ErrorCode],
    [401, OpenAI.AuthenticationError, 'authentication_error', 'invalid_api_key' as ErrorCode],
    [403, OpenAI.PermissionDeniedError, 'permission_error', 'insufficient_scope' as ErrorCode],
    [404, OpenAI.NotFoundError, 'invalid_request_error', 'model_not_found' as ErrorCode],
    [429, OpenAI.RateLimitError, 'rate_limit_error', 'rate_limited' as ErrorCode],
    [500, OpenAI.InternalServerError, 'server_error', 'internal_error' as ErrorCode],
    [503, OpenAI.InternalServerError, 'server_error', 'queue_unavailable' as ErrorCode],
  ])('%d is raised as %p', async (status, errorClass, type, code) => {
    const app = express();
    app.get('/v1/models', () => {
      throw new HttpError(code, `failed with ${status}`, { details: { param: 'model' }, headers: { 'Retry-After': '7' } });
    });
    app.use('/v1', openAIErrorHandler(createRootLogger({ level: 'error', silent: true })));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const client = new OpenAI({ baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, apiKey: 'x', maxRetries: 0 });
      const err = await client.models.list().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(errorClass);
      expect(err).toMatchObject({ status, code, param: 'model', type, message: expect.stringContaining(`failed with ${status}`) });
      expect((err as InstanceType<typeof OpenAI.APIError>).headers?.get('retry-after')).toBe('7');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
