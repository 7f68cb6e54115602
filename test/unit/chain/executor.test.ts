/**
 * The one fallback chain, fast: scripted deployments that stream, the per-process health store,
 * no Redis. Both the aggregated (non-streamed) and the relayed (streamed) paths run here.
 */
import { RoundRobin } from '../../../shared/health/balance';
import { runChain } from '../../../worker/chain/executor';
import type { TextSink, ToolCallPart } from '../../../worker/stream/stream-call';
import { answer, chainInput, memoryHealth, scripted, trail } from './helpers';

describe('the chain across tiers and keys', () => {
  it('retries a 5xx on the same deployment, then fails over to the next tier and records the move', async () => {
    const a = scripted('a', 'ma', 'A_API_KEY', [{ fail: 'overloaded', status: 503 }]);
    const b = scripted('b', 'mb', 'B_API_KEY', [answer('from b', 'mb')]);
    const moves: string[] = [];
    const result = await runChain(chainInput([[a.deployment], [b.deployment]], { onFailover: (from, to, why) => moves.push(`${from}->${to}:${why}`) }));
    expect(result.ok).toBe(true);
    expect(trail(result.attempts)).toEqual(['a/ma:error:overloaded', 'a/ma:error:overloaded', 'b/mb:success']);
    expect(result.attempts[1]?.failover_to).toBe('b');
    expect(moves).toEqual(['a->b:overloaded']);
    if (result.ok) expect(result.completion).toMatchObject({ text: 'from b', model: 'mb', usage: { inputTokens: 3, outputTokens: 2 } });
  });

  it('a 429 on one key moves to the next key of the same model before the next model, and that key cools down', async () => {
    const health = memoryHealth();
    const k1 = scripted('openai', 'gpt', 'OPENAI_API_KEYS[1]', [{ fail: 'rate_limited', status: 429, retryAfterMs: 20_000 }]);
    const k2 = scripted('openai', 'gpt', 'OPENAI_API_KEYS[2]', [answer('from key 2', 'gpt')]);
    const other = scripted('openai', 'gpt-mini', 'OPENAI_API_KEYS[1]', [answer('from mini', 'gpt-mini')]);
    // Key 1 goes first: it sorts first and both are idle.
    const input = chainInput([[k1.deployment, k2.deployment], [other.deployment]], { health, roundRobin: new RoundRobin() });
    const first = await runChain(input);
    expect(trail(first.attempts)).toEqual(['openai/gpt:error:rate_limited', 'openai/gpt:success']);
    expect(other.calls).toHaveLength(0);
    const second = await runChain(input);
    // Key 1 is cooling down: key 2 is the only admissible deployment of the tier; key 1 is not even tried.
    expect(trail(second.attempts)).toEqual(['openai/gpt:success']);
    expect(k1.calls).toHaveLength(1);
    const [status] = await health.status([k1.deployment.ref]);
    expect(status?.scopes.deployment.cooldownUntil).not.toBeNull();
  });

  it('a revoked key (401) marks its credential misconfigured; the other key keeps serving the same model', async () => {
    const health = memoryHealth();
    const revoked = scripted('openai', 'gpt', 'OPENAI_API_KEYS[1]', [{ fail: 'auth', status: 401 }]);
    const good = scripted('openai', 'gpt', 'OPENAI_API_KEYS[2]', [answer('ok', 'gpt')]);
    // The same revoked key on another model: one credential, so it is refused there too.
    const revokedMini = scripted('openai', 'gpt-mini', 'OPENAI_API_KEYS[1]', [answer('never', 'gpt-mini')]);
    const input = chainInput([[revoked.deployment, good.deployment]], { health, roundRobin: new RoundRobin() });
    expect(trail((await runChain(input)).attempts)).toEqual(['openai/gpt:error:auth', 'openai/gpt:success']);
    for (let i = 0; i < 3; i += 1) expect((await runChain(input)).ok).toBe(true);
    expect(revoked.calls).toHaveLength(1);
    const mini = await runChain(chainInput([[revokedMini.deployment]], { health }));
    expect(mini).toMatchObject({ ok: false, code: 'all_providers_failed' });
    expect(mini.attempts[0]).toMatchObject({ outcome: 'skipped', message: expect.stringMatching(/^misconfigured \(its key\): /) });
    expect(revokedMini.calls).toHaveLength(0);
  });

  it('connection refused marks every deployment on that base URL; another base URL serves', async () => {
    const health = memoryHealth();
    const down = 'https://down.example/v1';
    const a = scripted('proxy', 'm1', 'K', [{ fail: 'connection' }], down);
    const b = scripted('proxy', 'm2', 'K', [answer('never')], down);
    const c = scripted('other', 'm3', 'K', [answer('from c', 'm3')]);
    for (let i = 0; i < 3; i += 1) await runChain(chainInput([[a.deployment], [c.deployment]], { health }));
    const result = await runChain(chainInput([[b.deployment], [c.deployment]], { health }));
    expect(trail(result.attempts)).toEqual(['proxy/m2:skipped:circuit_open', 'other/m3:success']);
    expect(result.attempts[0]?.message).toMatch(/^circuit open \(its base URL\)/);
    expect(b.calls).toHaveLength(0);
  });

  it('a request-scoped error (context length) is not resent, moves on, and counts nothing against health', async () => {
    const health = memoryHealth();
    const small = scripted('a', 'small', 'K', [{ fail: 'context_length', status: 400 }]);
    const big = scripted('b', 'big', 'K', [answer('fits', 'big')]);
    const result = await runChain(chainInput([[small.deployment], [big.deployment]], { health }));
    expect(trail(result.attempts)).toEqual(['a/small:error:context_length', 'b/big:success']);
    expect(small.calls).toHaveLength(1);
    const [status] = await health.status([small.deployment.ref]);
    expect(status?.scopes.deployment).toMatchObject({ consecutiveFailures: 0, window: { failures: 0 } });
  });

  it('a content-filter refusal ends the chain without asking another model', async () => {
    const strict = scripted('a', 'm', 'K', [{ fail: 'content_filter', status: 400 }]);
    const other = scripted('b', 'm', 'K', [answer('x')]);
    const result = await runChain(chainInput([[strict.deployment], [other.deployment]]));
    expect(result).toMatchObject({ ok: false, code: 'content_filtered', message: 'a refused the content' });
    expect(other.calls).toHaveLength(0);
  });

  it('with every deployment refused, says which were skipped and why, calling none', async () => {
    const health = memoryHealth();
    const a = scripted('a', 'm', 'K', [{ fail: 'server_error', status: 500 }]);
    const input = chainInput([[a.deployment]], { health, retry: { maxRetries: 0, baseMs: 1, capMs: 1, maxRetryAfterMs: 1 } });
    for (let i = 0; i < 3; i += 1) await runChain(input);
    const result = await runChain(input);
    expect(result).toMatchObject({ ok: false, code: 'all_providers_failed', message: expect.stringMatching(/^no provider could be tried: a \(circuit open; next probe in [\d.]+ s\)$/) });
    expect(a.calls).toHaveLength(3);
  });

  it('balances a tier of equivalent targets: idle ones are taken in turn', async () => {
    const x = scripted('openai', 'gpt', 'K', [answer('x', 'gpt')]);
    const y = scripted('azure', 'gpt', 'K', [answer('y', 'gpt')]);
    const input = chainInput([[x.deployment, y.deployment]], { roundRobin: new RoundRobin() });
    const used: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const r = await runChain(input);
      if (r.ok) used.push(r.deployment.ref.provider);
    }
    expect(used.sort()).toEqual(['azure', 'azure', 'openai', 'openai']);
  });
});

describe('liveness, not length', () => {
  it('a provider that never sends a token is left after the first-token limit, and the next answers', async () => {
    const hung = scripted('a', 'm', 'K', [{ hang: true }]);
    const b = scripted('b', 'm', 'K', [answer('b')]);
    const result = await runChain(chainInput([[hung.deployment], [b.deployment]], { limits: { firstTokenMs: 50, idleMs: 50, finishGraceMs: 10 } }));
    expect(trail(result.attempts)).toEqual(['a/m:error:timeout', 'b/m:success']);
    expect(result.attempts[0]?.message).toMatch(/FIRST_TOKEN_TIMEOUT_SECONDS/);
  });

  it('a long answer that keeps coming runs to its end, far past the idle limit', async () => {
    const parts = Array.from({ length: 12 }, (_, i) => [{ type: 'pause' as const, ms: 20 }, { type: 'text' as const, text: `w${i} ` }]).flat();
    const slow = scripted('a', 'm', 'K', [{ parts: [...parts, { type: 'finish', finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 12 }, model: 'm' }] }]);
    const result = await runChain(chainInput([[slow.deployment]], { limits: { firstTokenMs: 60, idleMs: 60, finishGraceMs: 10 } }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.completion.text.split(' ').filter(Boolean)).toHaveLength(12);
  });

  it("our own deadline ending a producing answer is task_deadline_exceeded, counts nothing against the provider, and asks no other model", async () => {
    const health = memoryHealth();
    const parts = Array.from({ length: 50 }, (_, i) => [{ type: 'pause' as const, ms: 20 }, { type: 'text' as const, text: `w${i} ` }]).flat();
    const long = scripted('a', 'm', 'K', [{ parts }]);
    const other = scripted('b', 'm', 'K', [answer('short')]);
    const result = await runChain(chainInput([[long.deployment], [other.deployment]], { health, deadline: Date.now() + 150, deadlineName: "the request's time limit" }));
    expect(result).toMatchObject({ ok: false, code: 'task_deadline_exceeded', message: expect.stringMatching(/^the task ran out of time \(the request's time limit\)/) });
    expect(other.calls).toHaveLength(0);
    const [status] = await health.status([long.deployment.ref]);
    expect(status?.scopes.deployment).toMatchObject({ consecutiveFailures: 0, window: { failures: 0 } });
  });
});

describe('streamed answers', () => {
  function collector(): TextSink & { text: TextSink['text']; got: string[]; tools: ToolCallPart[] } {
    const got: string[] = [];
    const tools: ToolCallPart[] = [];
    return { got, tools, text: (t) => void got.push(t), toolCall: (part) => void tools.push(part) };
  }

  it('a break after some text is resumed on the next deployment by replay, and the client gets each character once', async () => {
    const broken = scripted('a', 'm', 'K', [{ fail: 'network', afterText: 'Hello ' }]);
    const replay = scripted('b', 'm', 'K', [{ parts: [{ type: 'text', text: 'Hello ' }, { type: 'text', text: 'world' }, { type: 'finish', finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 2 }, model: 'm' }] }]);
    const sink = collector();
    const result = await runChain(chainInput([[broken.deployment], [replay.deployment]], { sink }));
    expect(result.ok).toBe(true);
    expect(sink.got.join('')).toBe('Hello world');
    expect(result.notes.some((n) => /resumed after 6 delivered characters by replaying/.test(n))).toBe(true);
    // Text reached the client: the broken call was not retried on the same deployment.
    expect(broken.calls).toHaveLength(1);
  });

  it('forwards tool-call parts to the sink as they come and puts the whole calls on the completion', async () => {
    const call = { id: 'call_1', name: 'lookup', arguments: '{"q":"x"}' };
    const tooling = scripted('a', 'm', 'K', [
      {
        parts: [
          { type: 'tool-call-start', index: 0, id: 'call_1', name: 'lookup' },
          { type: 'tool-call-delta', index: 0, argumentsDelta: '{"q":' },
          { type: 'tool-call-delta', index: 0, argumentsDelta: '"x"}' },
          { type: 'finish', finishReason: 'tool_calls', usage: { inputTokens: 1, outputTokens: 1 }, model: 'm', toolCalls: [call] },
        ],
      },
    ]);
    const sink = collector();
    const streamed = await runChain(chainInput([[tooling.deployment]], { sink }));
    expect(sink.tools.map((p) => p.type)).toEqual(['tool-call-start', 'tool-call-delta', 'tool-call-delta']);
    expect(streamed.ok && streamed.completion).toMatchObject({ finishReason: 'tool_calls', toolCalls: [call] });
    const aggregated = await runChain(chainInput([[tooling.deployment]]));
    expect(aggregated.ok && aggregated.completion.toolCalls).toEqual([call]);
  });

  it('a client that goes away cancels the call and ends the chain as cancelled', async () => {
    const hung = scripted('a', 'm', 'K', [{ hang: true }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('client gone')), 20);
    const result = await runChain(chainInput([[hung.deployment]], { sink: collector(), signal: controller.signal, limits: { firstTokenMs: 5_000, idleMs: 5_000, finishGraceMs: 10 } }));
    expect(result).toMatchObject({ ok: false, code: 'cancelled' });
  });
});
