/**
 * The configuration as composed from its groups and the provider table: the same variables and
 * defaults as the flat schema it replaced, every variable documented, one JSON reader for every
 * JSON variable, and docs/configuration.md generated from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES, parseConfig } from '../../../shared/config';
import { configGroups } from '../../../shared/config/groups';
import { checkDescriptors, configSchema } from '../../../shared/config/schema';
import type { ProviderDescriptor } from '../../../shared/providers/descriptor';
import { builtInDescriptor, PROVIDER_DESCRIPTORS } from '../../../shared/providers/descriptors';
import { CONFIGURATION_DOC, renderConfigurationDoc } from '../../../scripts/config-docs';
import { configProblems } from '../../helpers/config-problems';

const ROOT = join(__dirname, '..', '..', '..');


/** What the single flat schema gave for an empty environment before the configuration was grouped. */
const DEFAULTS_BEFORE_GROUPS = {
  NODE_ENV: 'development', PORT: 5000, HOST: '0.0.0.0', REDIS_URL: 'redis://127.0.0.1:6379', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/ai_gateway',
  QUEUE_NAME: 'ai-tasks', QUEUE_PREFIX: 'aigw', WORKER_CONCURRENCY: 10, SYNC_WAIT_MS: 30000, TIMEOUT_SECONDS: 10, MAX_RETRIES: 1, TASK_DEADLINE_SECONDS: 60,
  FIRST_TOKEN_TIMEOUT_SECONDS: 15, STREAM_IDLE_TIMEOUT_SECONDS: 10, RETRY_BASE_MS: 200, RETRY_MAX_MS: 2000, RETRY_AFTER_MAX_MS: 10000,
  CIRCUIT_BREAKER_THRESHOLD: 3, CIRCUIT_BREAKER_RESET_TIMEOUT: 60, CIRCUIT_BREAKER_MAX_RESET_TIMEOUT: 600, CIRCUIT_BREAKER_WINDOW_SECONDS: 60,
  CIRCUIT_BREAKER_FAILURE_RATE: 0.5, CIRCUIT_BREAKER_MIN_CALLS: 10, CIRCUIT_BREAKER_HALF_OPEN_PROBES: 1, RATE_LIMIT_COOLDOWN_MS: 5000,
  REDIS_EVICTION_CHECK: 'refuse', PROVIDER_ORDER: ['mistral', 'gemini', 'openai', 'claude', 'huggingface'], ROUTES: {}, LOCAL_PROVIDER: true,
  CONFIDENCE_OVERRIDES: {}, GRAFANA_URL: 'http://localhost:3000', RATE_LIMIT_TASKS_PER_MINUTE: 30, RATE_LIMIT_CLEANUP_PER_MINUTE: 5, AUTH_CACHE_SECONDS: 5,
  CORS_ORIGINS: [], TRUST_PROXY: false, LOG_TEXT: false, LOG_LEVEL: 'info', WORKER_METRICS_PORT: 9464, BULL_BOARD_READ_ONLY: false,
  MAX_BODY_BYTES: 1048576, MAX_TEXT_CHARS: 200000, SHUTDOWN_TIMEOUT_MS: 25000, JOB_LOCK_MS: 9000, STALLED_INTERVAL_MS: 3000, PERSIST_ATTEMPTS: 1000,
  PERSIST_RETRY_MAX_MS: 30000, JOB_RETENTION_SECONDS: 86400, IDEMPOTENCY_TTL_SECONDS: 86400, OPENAI_MODEL: 'gpt-4o-mini', CLAUDE_MODEL: 'claude-sonnet-4-5',
  GEMINI_MODEL: 'gemini-2.5-flash', MISTRAL_MODEL: 'mistral-small-latest', HF_MODEL: 'meta-llama/Llama-3.1-8B-Instruct', NVIDIA_MODEL: 'meta/llama-3.1-8b-instruct',
  MISTRAL_NVIDIA_MODEL: 'mistralai/mistral-small-24b-instruct', GEMINI_NVIDIA_MODEL: 'google/gemma-3-27b-it', OPENAI_NVIDIA_MODEL: 'openai/gpt-oss-20b',
  CLAUDE_NVIDIA_MODEL: 'meta/llama-3.3-70b-instruct', HF_NVIDIA_MODEL: 'meta/llama-3.1-8b-instruct', OPENAI_COMPATIBLE_PROVIDERS: [],
};
const UNSET_BY_DEFAULT = ['API_KEY', 'DEMO_API_KEY', 'LOG_FILE', 'METRICS_TOKEN', 'NVIDIA_API_KEY', 'MISTRAL_API_KEY', 'OPENAI_API_KEY', 'CLAUDE_API_KEY', 'GEMINI_API_KEY', 'HF_API_KEY', 'OPENAI_BASE_URL', 'CLAUDE_BASE_URL', 'GEMINI_BASE_URL', 'MISTRAL_BASE_URL', 'HF_BASE_URL', 'NVIDIA_BASE_URL'];

describe('the composed configuration', () => {
  it('still reads every variable it read before it was grouped, with the same defaults', () => {
    // Variables added since are allowed; none of the old ones may disappear or change its default.
    expect(CONFIG_VARIABLES).toEqual(expect.arrayContaining([...Object.keys(DEFAULTS_BEFORE_GROUPS), ...UNSET_BY_DEFAULT]));
    const { providers: _providers, ...flat } = parseConfig({});
    expect(flat).toMatchObject(DEFAULTS_BEFORE_GROUPS);
    for (const name of UNSET_BY_DEFAULT) expect(flat).not.toHaveProperty(name, expect.anything());
  });

  it('puts every variable in exactly one group, with a description and an example', () => {
    const documented = configGroups(PROVIDER_DESCRIPTORS).flatMap((g) => Object.keys(g.docs));
    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES].sort());
    for (const group of configGroups(PROVIDER_DESCRIPTORS)) {
      for (const [name, doc] of Object.entries(group.docs)) {
        expect({ name, description: doc.description.length > 10, example: doc.example.length > 0 }).toEqual({ name, description: true, example: true });
      }
    }
  });

  it('accepts every documented example', () => {
    // An example that is only valid together with another setting (its description says so).
    const companions: Record<string, Record<string, string>> = { REDIS_CLUSTER: { QUEUE_PREFIX: '{aigw}' } };
    for (const group of configGroups(PROVIDER_DESCRIPTORS)) {
      for (const [name, doc] of Object.entries(group.docs)) {
        expect(() => parseConfig({ ...companions[name], [name]: doc.example })).not.toThrow();
      }
    }
  });

  it('gives each provider row a record of its settings, keyed by name, in table order', () => {
    const c = parseConfig({ OPENAI_API_KEY: 'sk-x', OPENAI_MODEL: 'gpt-4.1', CLAUDE_BASE_URL: 'http://127.0.0.1:9/v1' });
    expect(Object.keys(c.providers)).toEqual(['mistral', 'gemini', 'openai', 'claude', 'huggingface', 'nvidia']);
    expect(c.providers.openai).toEqual({ descriptor: builtInDescriptor('openai'), credential: 'sk-x', model: 'gpt-4.1', baseUrl: undefined, nvidiaModel: 'openai/gpt-oss-20b' });
    expect(c.providers.claude).toMatchObject({ credential: undefined, baseUrl: 'http://127.0.0.1:9/v1' });
    expect(c.providers.nvidia?.nvidiaModel).toBeUndefined();
  });

  it.each([
    ['CONFIDENCE_OVERRIDES', /^CONFIDENCE_OVERRIDES: must be a JSON object of provider name to a number from 0 to 1, e\.g\. \{"openai":0\.8\}$/m],
    ['ROUTES', /^ROUTES: must be a JSON object of route name to a list of "provider\/model" or of tiers \(arrays of equivalent targets\), e\.g\. /m],
    ['OPENAI_COMPATIBLE_PROVIDERS', /^OPENAI_COMPATIBLE_PROVIDERS: must be a JSON array, e\.g\. \[\{"name":"ollama"/m],
  ])('reads %s with the one JSON reader: text that is not JSON gets what was expected, with an example', (name, message) => {
    expect(configProblems({ [name]: '{not json' })).toMatch(message);
  });

  it('keeps the shape errors of JSON that parsed, with their path', () => {
    expect(configProblems({ CONFIDENCE_OVERRIDES: '{"openai":2}' })).toMatch(/^CONFIDENCE_OVERRIDES\.openai: /m);
    expect(configProblems({ OPENAI_COMPATIBLE_PROVIDERS: '[{"name":"a","baseUrl":"http://x/v1"}]' })).toMatch(/^OPENAI_COMPATIBLE_PROVIDERS\.0\.model: /m);
  });

  it('names every bad variable in one message, across groups', () => {
    const message = configProblems({ PORT: 'x', REDIS_URL: 'http://nope', LOG_LEVEL: 'loud', CIRCUIT_BREAKER_FAILURE_RATE: '0', OPENAI_BASE_URL: 'ftp://x' });
    for (const name of ['PORT', 'REDIS_URL', 'LOG_LEVEL', 'CIRCUIT_BREAKER_FAILURE_RATE', 'OPENAI_BASE_URL']) expect(message).toMatch(new RegExp(`^${name}:`, 'm'));
  });

  it('accepts the built-in table', () => {
    expect(() => checkDescriptors(PROVIDER_DESCRIPTORS, [])).not.toThrow();
  });

  it('builds the schema once per provider table', () => {
    expect(configSchema()).toBe(configSchema(PROVIDER_DESCRIPTORS));
  });
});

describe('provider rows in the configuration', () => {
  const acme: ProviderDescriptor = {
    ...builtInDescriptor('claude'),
    name: 'acme',
    label: 'Acme',
    env: { credential: 'ACME_API_KEY', model: 'ACME_MODEL', baseUrl: 'ACME_BASE_URL' },
    defaultNvidiaModel: undefined,
    credentialRule: { kind: 'own-only' },
    inDefaultOrder: false,
  };

  it('brings a row\'s variables with it, and lets PROVIDER_ORDER and ROUTES name it', () => {
    const c = parseConfig({ ACME_API_KEY: 'acme-1', PROVIDER_ORDER: 'acme,openai', ROUTES: '{"a":["acme/m1"]}' }, [...PROVIDER_DESCRIPTORS, acme]);
    expect(c.providers.acme).toMatchObject({ credential: 'acme-1', model: acme.defaultModel });
    expect(c.PROVIDER_ORDER).toEqual(['acme', 'openai']);
    expect(configProblems({ PROVIDER_ORDER: 'acme' })).toMatch(/^PROVIDER_ORDER: unknown provider acme/m);
  });

  it('takes the default PROVIDER_ORDER from the rows marked for it', () => {
    expect(parseConfig({}, [...PROVIDER_DESCRIPTORS, { ...acme, inDefaultOrder: true }]).PROVIDER_ORDER).toEqual(['mistral', 'gemini', 'openai', 'claude', 'huggingface', 'acme']);
  });

  it.each<[string, ProviderDescriptor, RegExp]>([
    ['a name taken by another row', { ...acme, name: 'openai' }, /another row has its name/],
    ['the reserved name local', { ...acme, name: 'local' }, /not "local"/],
    ['a variable another setting reads', { ...acme, env: { ...acme.env, model: 'PORT' } }, /PORT is already a variable/],
    ['an NVIDIA rule without an NVIDIA model', { ...acme, credentialRule: { kind: 'own-first' } }, /nvidiaModel/],
    ['a confidence above 1', { ...acme, baseConfidence: 1.2 }, /baseConfidence/],
  ])('refuses a row with %s when the schema is built', (_name, row, message) => {
    expect(() => parseConfig({}, [...PROVIDER_DESCRIPTORS, row])).toThrow(message);
  });
});

describe('docs/configuration.md', () => {
  it('is what `npm run docs:config` writes from the schema (run it after changing a variable)', () => {
    expect(readFileSync(join(ROOT, CONFIGURATION_DOC), 'utf8')).toBe(renderConfigurationDoc());
  });

  it('lists every variable with its default', () => {
    const doc = renderConfigurationDoc();
    for (const name of CONFIG_VARIABLES) expect(doc).toContain(`| \`${name}\` |`);
    expect(doc).toContain('| `PORT` | `5000` |');
  });
});
