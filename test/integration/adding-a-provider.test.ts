/**
 * docs/adding-a-provider.md, followed with a fixture provider: one descriptor row and one adapter
 * folder's factory, handed to configuration parsing and the registry. Its variables are accepted
 * and validated, it appears in /provider/status and /v1/models, and a task reaches its server (a
 * local HTTP fake speaking its wire format).
 */
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import request from 'supertest';
import { ConfigError, parseConfig } from '../../shared/config';
import type { ProviderDescriptor } from '../../shared/providers/descriptor';
import { PROVIDER_DESCRIPTORS } from '../../shared/providers/descriptors';
import { classifyOpenAIStyleError } from '../../worker/providers/errors/openai-style';
import { createSdkAdapter } from '../../worker/providers/sdk-adapter';
import type { AdapterSettings, ProviderAdapter } from '../../worker/providers/types';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { fixture, startFake, type FakeServer } from '../providers/helpers/fake-http';
import { streamOf } from './stream-fixture';

/** Step 1: the row. */
const ACME: ProviderDescriptor = {
  name: 'acme',
  label: 'Acme AI',
  env: { credential: 'ACME_API_KEY', model: 'ACME_MODEL', baseUrl: 'ACME_BASE_URL' },
  defaultModel: 'acme-large-1',
  credentialExample: 'acme-your-key',
  modelExample: 'acme-small-1',
  nativeBaseUrl: 'https://api.acme.example/v1',
  wireFormat: 'openai-compatible',
  credentialRule: { kind: 'own-only' },
  baseConfidence: 0.7,
  inDefaultOrder: false,
  adapter: 'acme',
  capabilities: { streaming: true, tools: true, json: true, jsonSchema: true, images: false, embeddings: false, prefill: false },
};
const DESCRIPTORS = [...PROVIDER_DESCRIPTORS, ACME];

/** Step 2: the adapter folder's factory, built on an AI SDK package as the recipe shows. */
function createAcmeAdapter(settings: AdapterSettings): ProviderAdapter {
  const provider = createOpenAICompatible({ name: 'acme', apiKey: settings.credential, baseURL: settings.baseUrl });
  return createSdkAdapter({
    name: settings.name,
    model: settings.model,
    languageModel: (modelId) => provider.chatModel(modelId),
    classify: classifyOpenAIStyleError,
    secrets: [settings.credential],
    jsonMode: true,
      dialect: 'openai-compatible',
  });
}

const CREDENTIAL = 'acme-secret-credential-0123';
const ANSWER = 'The invoice totals $1,250.00 and is due on 2024-03-31.';

describe('adding a provider by the recipe', () => {
  let fake: FakeServer;
  let gw: TestGateway;

  beforeAll(async () => {
    // The gateway calls every provider through its streaming API: the recorded answer is replayed as a stream.
    fake = await startFake(streamOf('openai', fixture('openai', 'chat-completion')));
    gw = await startTestGateway({
      descriptors: DESCRIPTORS,
      // Step 3: the registration line, here handed to the registry instead of written into adapters.ts.
      adapters: { acme: createAcmeAdapter },
      env: { ACME_API_KEY: CREDENTIAL, ACME_BASE_URL: `${fake.url}/v1`, PROVIDER_ORDER: 'acme', LOCAL_PROVIDER: 'false', MAX_RETRIES: '0' },
    });
  });
  afterAll(async () => {
    await gw?.stop();
    await fake?.close();
  });

  it('accepts the row\'s variables, with the row\'s defaults, and refuses bad values naming them', () => {
    expect(gw.config.providers.acme).toMatchObject({ credential: CREDENTIAL, model: 'acme-large-1', baseUrl: `${fake.url}/v1` });
    expect(() => parseConfig({ ACME_BASE_URL: 'ftp://acme' }, DESCRIPTORS)).toThrow(ConfigError);
    expect(() => parseConfig({ ACME_BASE_URL: 'ftp://acme' }, DESCRIPTORS)).toThrow(/ACME_BASE_URL: must be a URL/);
    // Without the row, the same name is no provider at all.
    expect(() => parseConfig({ PROVIDER_ORDER: 'acme' })).toThrow(/PROVIDER_ORDER: unknown provider acme/);
  });

  it('shows it in /provider/status, configured with its own credential (never the credential itself)', async () => {
    const res = await request(gw.url).get('/provider/status').expect(200);
    const acme = (res.body.providers as { name: string }[]).find((p) => p.name === 'acme');
    expect(acme).toMatchObject({ name: 'acme', configured: true, key_source: 'native', model: 'acme-large-1', base_url_host: new URL(fake.url).host });
    expect(res.body.provider_order).toEqual(['acme']);
    expect(JSON.stringify(res.body)).not.toContain(CREDENTIAL);
  });

  it('lists it in /v1/models', async () => {
    const res = await request(gw.url).get('/v1/models').expect(200);
    expect((res.body.data as { id: string }[]).map((m) => m.id)).toEqual(['auto', 'acme/acme-large-1']);
  });

  it('runs a task on it: the request reaches its server with its credential, and its confidence is the row\'s', async () => {
    const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: 'An invoice of $1,250.00, due 2024-03-31.', provider: 'acme' }).expect(200);
    expect(res.body).toMatchObject({ status: 'success', provider_used: 'acme', result: ANSWER, confidence: 0.7 });
    const sent = fake.last();
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.headers.authorization).toBe(`Bearer ${CREDENTIAL}`);
    expect(sent.body).toMatchObject({ model: 'acme-large-1' });
  });

  it('answers a chat completion naming acme/<model>', async () => {
    const res = await request(gw.url)
      .post('/v1/chat/completions')
      .send({ model: 'acme/acme-small-1', messages: [{ role: 'user', content: 'What is the total?' }], fallbacks: [] })
      .expect(200);
    expect(res.body.choices[0].message.content).toBe(ANSWER);
    expect(fake.last().body).toMatchObject({ model: 'acme-small-1' });
  });
});
