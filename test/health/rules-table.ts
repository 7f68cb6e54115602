/**
 * The decision table both stores must follow, run against each (per-process, and Redis with two
 * workers). No case here needs time to pass: open times and cooldowns are far longer than a test,
 * and each wait is checked against the rule that set it (between the next-shorter rule and its own).
 */
import type { DeploymentRef } from '../../shared/health/types';
import { AZURE_URL, KEY_1, KEY_2, OPENAI_URL, RULES, admit, call, deployment, type Fleet } from './helpers';

const gpt4o = deployment('openai', 'gpt-4o', KEY_1, OPENAI_URL);
const gpt4oKey2 = deployment('openai', 'gpt-4o', KEY_2, OPENAI_URL);
const mini = deployment('openai', 'gpt-4o-mini', KEY_1, OPENAI_URL);
/** Another provider entry configured with the same key on the same server: the same credential. */
const sameKeyOtherProvider = deployment('openai-eu', 'gpt-4o', KEY_1, OPENAI_URL);
const azure = deployment('azure-eu', 'gpt-4o-mini', { secret: 'azure-secret-000000', label: 'AZURE_EU_API_KEY' }, AZURE_URL);
const azureSameUrl = deployment('azure-eu', 'gpt-4o', { secret: 'azure-secret-000000', label: 'AZURE_EU_API_KEY' }, AZURE_URL);

export function describeHealthRules(label: string, makeFleet: () => Promise<Fleet>): void {
  describe(`deployment health rules (${label})`, () => {
    let f: Fleet;
    beforeEach(async () => {
      f = await makeFleet();
    });
    afterEach(async () => {
      await f.close();
    });

    const refusalOf = async (d: DeploymentRef) => (await f.b.view([d]))[0]?.refusal ?? null;
    const statusOf = async (d: DeploymentRef) => {
      const [s] = await f.a.status([d]);
      if (!s) throw new Error('no status');
      return s;
    };

    it('opens a deployment after THRESHOLD consecutive faults; a success in between starts the count again', async () => {
      await call(f.a, gpt4o, 'fault');
      await call(f.b, gpt4o, 'fault');
      await call(f.a, gpt4o, 'success');
      await call(f.b, gpt4o, 'fault');
      await call(f.a, gpt4o, 'fault');
      expect(await refusalOf(gpt4o)).toBeNull();
      expect((await statusOf(gpt4o)).scopes.deployment.consecutiveFailures).toBe(2);
      await call(f.b, gpt4o, 'fault');

      const refused = await f.a.acquire(gpt4o, 1_000);
      expect(refused).toMatchObject({ allowed: false, scope: 'deployment', reason: 'circuit_open' });
      expect(!refused.allowed && refused.retryInMs > 0 && refused.retryInMs <= RULES.resetTimeoutMs).toBe(true);
      expect(f.transitions).toEqual([
        { scope: 'deployment', scopeId: gpt4o.id, from: 'closed', to: 'open', deployment: gpt4o.id, why: 'consecutive', openMs: RULES.resetTimeoutMs },
      ]);
      // The same model on another key, and another model on the same key, are other deployments.
      expect(await refusalOf(gpt4oKey2)).toBeNull();
      expect(await refusalOf(mini)).toBeNull();
      const status = await statusOf(gpt4o);
      expect(status).toMatchObject({ state: 'open', scopes: { deployment: { state: 'open', consecutiveFailures: 3 }, credential: { state: 'closed' }, base_url: { state: 'closed' } } });
    });

    it('opens on the failure rate over the window (at least MIN_CALLS calls) without a run of consecutive faults', async () => {
      // threshold 3 is never reached: no three faults in a row.
      for (const outcome of ['fault', 'fault', 'success', 'fault', 'success'] as const) await call(f.a, gpt4o, outcome);
      expect((await statusOf(gpt4o)).scopes.deployment).toMatchObject({ state: 'closed', window: { calls: 5, failures: 3 } });
      expect((await statusOf(gpt4o)).scopes.deployment.failureRate).toBeCloseTo(0.6);
      await call(f.b, gpt4o, 'fault'); // 4 of 6: over half, and MIN_CALLS reached
      expect(await refusalOf(gpt4o)).toMatchObject({ scope: 'deployment', reason: 'circuit_open' });
      expect(f.transitions.at(-1)).toMatchObject({ to: 'open', why: 'failure_rate' });
    });

    it('a request-scoped (neutral) outcome counts nothing and resets nothing', async () => {
      await call(f.a, gpt4o, 'fault');
      await call(f.a, gpt4o, 'fault');
      await call(f.b, gpt4o, 'neutral');
      expect((await statusOf(gpt4o)).scopes.deployment).toMatchObject({ state: 'closed', consecutiveFailures: 2, window: { calls: 2, failures: 2 } });
      await call(f.b, gpt4o, 'fault');
      expect(await refusalOf(gpt4o)).toMatchObject({ reason: 'circuit_open' });
    });

    it('a 429 cools the deployment down for its Retry-After, else the default, never past the cap, without counting a fault', async () => {
      const first = await admit(f.a, gpt4o);
      const second = await admit(f.b, gpt4o);
      await f.a.record(gpt4o, first, { outcome: 'rate_limited', scope: 'deployment', retryAfterMs: 30_000, latencyMs: 5 });
      const refused = await f.b.acquire(gpt4o, 1_000);
      expect(refused).toMatchObject({ allowed: false, scope: 'deployment', reason: 'cooldown' });
      expect(!refused.allowed && refused.retryInMs > 0 && refused.retryInMs <= 30_000).toBe(true);
      // A shorter Retry-After arriving later does not cut the cooldown short.
      await f.b.record(gpt4o, second, { outcome: 'rate_limited', scope: 'deployment', retryAfterMs: 1, latencyMs: 5 });
      expect((await refusalOf(gpt4o))?.retryInMs).toBeGreaterThan(1_000);
      const status = await statusOf(gpt4o);
      expect(status.scopes.deployment).toMatchObject({ state: 'closed', consecutiveFailures: 0, window: { calls: 0, failures: 0 } });
      expect(status.scopes.deployment.cooldownUntil).toEqual(expect.any(Number));
      // The next key of the same model serves meanwhile.
      expect(await refusalOf(gpt4oKey2)).toBeNull();

      const noHeader = await admit(f.a, gpt4oKey2);
      await f.a.record(gpt4oKey2, noHeader, { outcome: 'rate_limited', scope: 'deployment', latencyMs: 5 });
      const defaultWait = (await refusalOf(gpt4oKey2))?.retryInMs ?? 0;
      expect(defaultWait).toBeGreaterThan(30_000);
      expect(defaultWait).toBeLessThanOrEqual(RULES.defaultCooldownMs);

      const hugeHeader = await admit(f.a, mini);
      await f.a.record(mini, hugeHeader, { outcome: 'rate_limited', scope: 'deployment', retryAfterMs: 86_400_000, latencyMs: 5 });
      const cappedWait = (await refusalOf(mini))?.retryInMs ?? 0;
      expect(cappedWait).toBeGreaterThan(RULES.defaultCooldownMs);
      expect(cappedWait).toBeLessThanOrEqual(RULES.maxResetTimeoutMs);
    });

    it('a revoked key (misconfigured on the credential scope) opens every deployment using that key, with the reason, and no other', async () => {
      const admission = await admit(f.a, gpt4o);
      await f.a.record(gpt4o, admission, { outcome: 'misconfigured', scope: 'credential', reason: '401 Incorrect API key provided', latencyMs: 30 });
      for (const d of [gpt4o, mini, sameKeyOtherProvider]) {
        const refused = await f.b.acquire(d, 1_000);
        expect(refused).toMatchObject({ allowed: false, scope: 'credential', reason: 'misconfigured', misconfigured: '401 Incorrect API key provided' });
      }
      expect(await refusalOf(gpt4oKey2)).toBeNull();
      const status = await statusOf(mini);
      expect(status.state).toBe('open');
      expect(status.scopes.credential).toMatchObject({ state: 'open', misconfigured: { reason: '401 Incorrect API key provided' } });
      expect(Number.isNaN(Date.parse(status.scopes.credential.misconfigured?.since ?? ''))).toBe(false);
      expect(status.scopes.deployment).toMatchObject({ state: 'closed', misconfigured: null });
      expect(f.transitions).toEqual([
        { scope: 'credential', scopeId: gpt4o.credential.id, from: 'closed', to: 'open', deployment: gpt4o.id, why: 'misconfigured', openMs: RULES.resetTimeoutMs },
      ]);
    });

    it('an unknown model (misconfigured on the deployment scope) opens that deployment only', async () => {
      const admission = await admit(f.a, gpt4o);
      await f.a.record(gpt4o, admission, { outcome: 'misconfigured', scope: 'deployment', reason: 'model gpt-4o does not exist', latencyMs: 30 });
      expect(await refusalOf(gpt4o)).toMatchObject({ scope: 'deployment', reason: 'misconfigured', misconfigured: 'model gpt-4o does not exist' });
      expect(await refusalOf(mini)).toBeNull();
      // The same model through another key is another deployment: it finds out for itself.
      expect(await refusalOf(gpt4oKey2)).toBeNull();
    });

    it('connection failures (base-URL scope) from different deployments add up and open every deployment on that URL', async () => {
      await call(f.a, gpt4o, 'fault', 'base_url');
      await call(f.b, mini, 'fault', 'base_url');
      await call(f.a, gpt4oKey2, 'fault', 'base_url');
      for (const d of [gpt4o, mini, gpt4oKey2]) expect(await refusalOf(d)).toMatchObject({ scope: 'base_url', reason: 'circuit_open' });
      expect(await refusalOf(azure)).toBeNull();
      const status = await statusOf(gpt4o);
      expect(status.scopes.base_url).toMatchObject({ state: 'open', consecutiveFailures: 3 });
      // Charged to the base URL only: the deployment's own circuit counted nothing.
      expect(status.scopes.deployment).toMatchObject({ state: 'closed', consecutiveFailures: 0, window: { calls: 0, failures: 0 } });
      expect(f.transitions.map((t) => `${t.scope}:${t.from}->${t.to}`)).toEqual(['base_url:closed->open']);
    });

    it('a success counts on every scope of its deployment: it ends a run of base-URL faults seen by another deployment', async () => {
      await call(f.a, azure, 'fault', 'base_url');
      await call(f.a, azure, 'fault', 'base_url');
      await call(f.b, azureSameUrl, 'success');
      await call(f.a, azure, 'fault', 'base_url');
      const status = await statusOf(azure);
      expect(status.scopes.base_url).toMatchObject({ state: 'closed', consecutiveFailures: 1, window: { calls: 4, failures: 3 } });
      expect(status.scopes.credential.window).toEqual({ calls: 1, failures: 0 });
    });

    it('servers without a key do not share a credential scope across base URLs', async () => {
      const local1 = deployment('vllm', 'llama', { secret: null, label: 'none' }, 'http://10.0.0.1:8000/v1');
      const local2 = deployment('ollama', 'llama', { secret: null, label: 'none' }, 'http://10.0.0.2:11434/v1');
      const admission = await admit(f.a, local1);
      await f.a.record(local1, admission, { outcome: 'misconfigured', scope: 'credential', reason: '401 a key is required', latencyMs: 3 });
      expect(await refusalOf(local1)).toMatchObject({ scope: 'credential', reason: 'misconfigured' });
      expect(await refusalOf(local2)).toBeNull();
    });

    it('when several scopes refuse, the one with the longest wait is reported', async () => {
      const a1 = await admit(f.a, gpt4o);
      const a2 = await admit(f.a, gpt4o);
      await f.a.record(gpt4o, a1, { outcome: 'rate_limited', scope: 'deployment', retryAfterMs: 30_000, latencyMs: 5 });
      await f.a.record(gpt4o, a2, { outcome: 'misconfigured', scope: 'credential', reason: 'revoked', latencyMs: 5 });
      // credential open for the reset timeout (60 s) outlasts the 30 s cooldown.
      expect(await refusalOf(gpt4o)).toMatchObject({ scope: 'credential', reason: 'misconfigured', misconfigured: 'revoked' });

      const b1 = await admit(f.b, azure);
      const b2 = await admit(f.b, azure);
      await f.b.record(azure, b1, { outcome: 'rate_limited', scope: 'deployment', retryAfterMs: 500_000, latencyMs: 5 });
      await f.b.record(azure, b2, { outcome: 'misconfigured', scope: 'credential', reason: 'revoked', latencyMs: 5 });
      expect(await refusalOf(azure)).toMatchObject({ scope: 'deployment', reason: 'cooldown' });
    });

    it('counts calls in flight across workers until they are recorded; a refused call is not counted', async () => {
      const first = await admit(f.a, gpt4o);
      const second = await admit(f.b, gpt4o);
      await admit(f.a, gpt4o);
      await admit(f.b, mini);
      expect((await f.a.view([gpt4o, mini, gpt4oKey2])).map((v) => [v.deploymentId, v.inFlight])).toEqual([
        [gpt4o.id, 3],
        [mini.id, 1],
        [gpt4oKey2.id, 0],
      ]);
      await f.b.record(gpt4o, first, { outcome: 'success', scope: 'deployment', latencyMs: 10 });
      await f.a.record(gpt4o, second, { outcome: 'fault', scope: 'deployment', latencyMs: 10 });
      expect((await f.b.view([gpt4o]))[0]?.inFlight).toBe(1);
      expect((await statusOf(gpt4o)).inFlight).toBe(1);

      const misconfigure = await admit(f.a, gpt4oKey2);
      await f.a.record(gpt4oKey2, misconfigure, { outcome: 'misconfigured', scope: 'deployment', reason: 'gone', latencyMs: 1 });
      expect((await f.a.acquire(gpt4oKey2, 1_000)).allowed).toBe(false);
      expect((await f.a.view([gpt4oKey2]))[0]?.inFlight).toBe(0);
    });

    it('keeps the latest LATENCY_SAMPLES successful latencies per deployment and reports their median', async () => {
      expect((await statusOf(gpt4o)).p50LatencyMs).toBeNull();
      for (const ms of [9_000, 9_000, 50, 10, 40, 20, 30]) await call(f.a, gpt4o, 'success', 'deployment', ms);
      await call(f.b, gpt4o, 'fault', 'deployment', 99_000); // failures add no sample
      expect((await statusOf(gpt4o)).p50LatencyMs).toBe(30);
      expect((await statusOf(mini)).p50LatencyMs).toBeNull();
    });
  });
}
