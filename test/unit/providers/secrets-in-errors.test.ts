/**
 * Credentials never reach an error text: a refused key's reason is not repeated (providers quote
 * the key, masked or not), a URL's `user:password@` is stripped, and a provider base URL holding
 * credentials is refused at start-up with a message naming the variable.
 */
import { stripUserinfo } from '../../../shared/text/userinfo';
import { createClaudeAdapter } from '../../../worker/providers/claude';
import { redact } from '../../../worker/providers/errors/common';
import { createOpenAIAdapter } from '../../../worker/providers/openai';
import { rejection } from '../../providers/helpers/error-cases';
import { fixture, startFake, type FakeServer } from '../../providers/helpers/fake-http';
import { configProblems } from '../../helpers/config-problems';


describe('credentials in provider errors', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('an Anthropic 401 whose reason quotes a masked key does not repeat it', async () => {
    const key = 'sk-ant-api03-test-secret-0123456789abcdef';
    fake.reply({ status: 401, body: { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key: sk-ant-api0***********************cdef' } } });
    const err = await rejection(createClaudeAdapter({ credential: key, baseUrl: `${fake.url}/v1`, model: 'claude-sonnet-4-5' }), AbortSignal.timeout(5_000));
    expect(err.kind).toBe('auth');
    expect(err.message).toBe('claude: HTTP 401 authentication_error: the provider refused the credential');
  });

  it("OpenAI's 401 quoting a masked key does not repeat it", async () => {
    fake.reply({ status: 401, body: fixture('openai', 'error-401') });
    const err = await rejection(createOpenAIAdapter({ credential: 'sk-test-abcdefKEY1', baseUrl: `${fake.url}/v1`, model: 'gpt-4o-mini' }), AbortSignal.timeout(5_000));
    expect(err.message).not.toMatch(/\*{3}|KEY1|sk-/);
  });

  it('a masked key or a URL with credentials in any other message is redacted', () => {
    const text = redact('proxy http://svc:hunter2@10.0.0.5:8443/v1 said: bad key sk-proj-ab****************yz12', []);
    expect(text).toBe('proxy http://10.0.0.5:8443/v1 said: bad key [redacted]');
    expect(stripUserinfo('see https://a:b@host/x and redis://:pw@r:6379')).toBe('see https://host/x and redis://r:6379');
  });

  it('refuses a provider base URL holding credentials, naming the variable and not the password', () => {
    const text = configProblems({ OPENAI_BASE_URL: 'http://user:hunter2@127.0.0.1:9/v1' });
    expect(text).toContain('OPENAI_BASE_URL');
    expect(text).toContain('must not hold credentials');
    expect(text).not.toContain('hunter2');
  });

  it('refuses credentials in an OpenAI-compatible server URL, naming the variable', () => {
    const text = configProblems({ OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([{ name: 'ollama', baseUrl: 'http://u:hunter2@127.0.0.1:11434/v1', model: 'llama3.2' }]) });
    expect(text).toContain('OPENAI_COMPATIBLE_PROVIDERS');
    expect(text).toContain('must not hold credentials');
    expect(text).not.toContain('hunter2');
  });
});
