/** The mock provider's stream faults on the wire, as a provider client would see them. */
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';

type Json = Record<string, unknown>;

describe('mock provider stream faults', () => {
  let mock: MockProvider;
  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
  });
  afterAll(async () => {
    await mock.close();
  });

  const post = (path: string, body: Json, signal?: AbortSignal) =>
    fetch(`${mock.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: signal ?? AbortSignal.timeout(5_000) });
  const openai = (model: string, extra: Json = {}) => post('/v1/chat/completions', { model, stream: true, messages: [{ role: 'user', content: 'one two three four' }], ...extra });
  const dataLines = (text: string) => text.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6));

  it('streams one chunk per word, then the finish reason, then [DONE]', async () => {
    const lines = dataLines(await (await openai('mock-ok')).text());
    expect(lines.at(-1)).toBe('[DONE]');
    const contents = lines.slice(0, -1).map((l) => (JSON.parse(l) as { choices: { delta: { content?: string } }[] }).choices[0]?.delta.content ?? '');
    expect(contents.join('')).toBe('mock answer: one two three four');
    expect(contents.filter(Boolean)).toHaveLength(6);
  });

  it('cut-after-<n> ends the response after n chunks with neither a finish reason nor [DONE]', async () => {
    const text = await (await openai('mock-cut-after-2')).text();
    expect(text).not.toContain('finish_reason":"stop');
    expect(text).not.toContain('[DONE]');
    expect(dataLines(text)).toHaveLength(3);
  });

  it('reset-after-<n> destroys the connection mid-body', async () => {
    const res = await openai('mock-reset-after-1');
    await expect(res.text()).rejects.toThrow();
  });

  it('no-terminator sends the finish reason but no [DONE]; invalid-chunk sends one line that is not JSON', async () => {
    const noTerminator = await (await openai('mock-no-terminator')).text();
    expect(noTerminator).toContain('"finish_reason":"stop"');
    expect(noTerminator).not.toContain('[DONE]');
    const invalid = dataLines(await (await openai('mock-invalid-chunk')).text());
    expect(invalid.filter((l) => l !== '[DONE]' && !l.startsWith('{"id":"chatcmpl-mock'))).toHaveLength(1);
  });

  it('first-token-<ms> sends the headers at once and the first word later', async () => {
    const started = Date.now();
    const res = await openai('mock-first-token-300');
    expect(Date.now() - started).toBeLessThan(250);
    await res.text();
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('stall-after-<n> keeps the connection open; the client closing it counts as an aborted stream', async () => {
    const before = mock.streams.aborted;
    const res = await openai('mock-stall-after-1');
    const reader = res.body?.getReader();
    await reader?.read();
    await reader?.cancel();
    await new Promise((r) => setTimeout(r, 100));
    expect(mock.streams.aborted).toBe(before + 1);
  });

  it('continues an Anthropic assistant prefill, and no-prefill refuses one with a 400', async () => {
    const messages = [{ role: 'user', content: 'one two three four' }, { role: 'assistant', content: 'mock answer: one' }];
    const body = { max_tokens: 50, stream: false, messages };
    const continued = (await (await post('/v1/messages', { ...body, model: 'mock-ok' })).json()) as { content: { text: string }[] };
    expect(continued.content[0]?.text).toBe(' two three four');
    const refused = await post('/v1/messages', { ...body, model: 'mock-no-prefill' });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/prefill/);
  });
});
