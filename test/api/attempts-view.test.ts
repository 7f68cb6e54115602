/**
 * What tenants and admins see of a failed task's attempts: a tenant key gets provider, model,
 * outcome, status and error code, never an upstream's words, host or port; an admin key gets the
 * upstream message, redacted (no `user:password@`).
 */
import request from 'supertest';
import { ProviderError } from '../../shared/provider-error';
import type { ProviderAdapter } from '../../worker/providers/types';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { createKey, type TestKey } from './helpers';

const UPSTREAM = 'leaky: HTTP 500: upstream http://svc:hunter2@10.9.8.7:8443/v1/chat said: pool exhausted';

const leaky: ProviderAdapter = {
  name: 'leaky',
  model: 'leaky-model',
  async complete() {
    throw new ProviderError({ provider: 'leaky', kind: 'server_error', status: 500, message: UPSTREAM });
  },
};

describe('attempts as tenants and admins see them', () => {
  let gw: TestGateway;
  let tenant: TestKey;
  let admin: TestKey;
  let taskId: string;

  beforeAll(async () => {
    gw = await startTestGateway({ providers: [leaky], env: { MAX_RETRIES: '0', AUTH_CACHE_SECONDS: '0', LOCAL_PROVIDER: 'false' } });
    tenant = await createKey(gw.db, 'tenant', ['tasks', 'history']);
    admin = await createKey(gw.db, 'root', ['admin']);
  });
  afterAll(async () => {
    await gw.stop();
  });

  const noUpstreamDetail = (body: unknown) => {
    const text = JSON.stringify(body);
    for (const leak of ['10.9.8.7', '8443', 'hunter2', 'pool exhausted', 'svc']) expect(text).not.toContain(leak);
  };

  it('a tenant waiting on the task gets codes, not upstream words', async () => {
    const res = await request(gw.url).post('/ai/task').set('X-API-Key', tenant.key).send({ task: 'summarize', text: 'One. Two.', provider: 'leaky' });
    taskId = res.body.error.details.task_id;
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('all_providers_failed');
    expect(res.body.error.message).toBe('every provider failed; `details.attempts` says why: leaky (server_error, HTTP 500)');
    expect(res.body.error.details.attempts).toEqual([{ provider: 'leaky', model: 'leaky-model', outcome: 'error', status_code: 500, error_kind: 'server_error', latency_ms: expect.any(Number) }]);
    noUpstreamDetail(res.body);
  });

  it('a tenant reading the task or its history gets the same cut', async () => {
    const task = await request(gw.url).get(`/ai/task/${taskId}`).set('X-API-Key', tenant.key);
    expect(task.status).toBe(200);
    expect(task.body.attempts[0]).not.toHaveProperty('message');
    noUpstreamDetail(task.body);
    const history = await request(gw.url).get('/history').set('X-API-Key', tenant.key);
    expect(history.body.items).toHaveLength(1);
    noUpstreamDetail(history.body);
  });

  it('an admin sees the upstream message, without the credentials in its URL', async () => {
    const task = await request(gw.url).get(`/ai/task/${taskId}`).set('X-API-Key', admin.key);
    expect(task.body.attempts[0].message).toBe('leaky: HTTP 500: upstream http://10.9.8.7:8443/v1/chat said: pool exhausted');
    expect(task.body.error.message).toContain('10.9.8.7:8443');
    expect(JSON.stringify(task.body)).not.toContain('hunter2');
  });
});
