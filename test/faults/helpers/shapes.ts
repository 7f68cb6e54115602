/**
 * The provider-fault scenarios in three shapes of the same chain, every call crossing real HTTP to
 * the mock provider (each chain entry's mock model says how it misbehaves):
 * - `several providers`: one OpenAI-compatible server per entry, run through POST /ai/task (today);
 * - `models of one provider`: one server serving every entry as a model, in a ROUTES route, run
 *   through POST /v1/chat/completions (the outcome read back from GET /ai/task/:id);
 * - `two keys of one provider`: each entry a server with two keys (`apiKeys`), through /ai/task.
 * Whatever the shape, a scenario reads results by the entry's name ("broken", "backup").
 */
import request from 'supertest';
import { statusFor } from '../../../shared/errors/catalog';
import type { MockProvider } from '../../../tools/mock-provider/server';
import { startTestGateway, type TestGateway } from '../../helpers/gateway';
import { FAST, TEXT, type AttemptView } from './mock-gateway';

export const SHAPES = ['several providers', 'models of one provider', 'two keys of one provider'] as const;
export type ShapeName = (typeof SHAPES)[number];

export interface ShapedOutcome {
  status: number;
  provider_used?: string | null;
  model?: string | null;
  attempts: AttemptView[];
  usage?: { input_tokens: number; output_tokens: number } | null;
  error?: { code: string; message: string } | null;
}

export interface DeploymentView {
  id: string;
  provider: string;
  model: string;
  credential: string;
  state: string;
  scope_states: Record<string, string>;
  failure_rate: number;
  cooldown_until: string | null;
  misconfigured: { scope: string; reason: string } | null;
}

export interface Shaped {
  shape: ShapeName;
  gw: TestGateway;
  run(): Promise<ShapedOutcome>;
  /** Attempts as "name:outcome[:kind]". */
  trail(outcome: ShapedOutcome): string[];
  /** The entry that answered. */
  used(outcome: ShapedOutcome): string | undefined;
  /** The deployments of an entry, from /provider/status. */
  deployments(name: string): Promise<DeploymentView[]>;
  stop(): Promise<void>;
}

const ONE = 'one';

/** The route every shape defines: the chain's targets in order, as `provider/model`. */
export const CHAIN_ROUTE = 'chain';

/** `chain`: entry name → mock model, in order. */
export async function startShaped(shape: ShapeName, mock: MockProvider, chain: Record<string, string>, env: Record<string, string> = {}): Promise<Shaped> {
  const names = Object.keys(chain);
  const baseUrl = `${mock.url}/v1`;
  const nameOfModel = new Map(Object.entries(chain).map(([name, model]) => [model, name]));
  const servers =
    shape === 'models of one provider'
      ? [{ name: ONE, baseUrl, model: chain[names[0] as string], apiKey: 'sk-one-0000' }]
      : names.map((name) => (shape === 'two keys of one provider' ? { name, baseUrl, model: chain[name], apiKeys: [`sk-${name}-1`, `sk-${name}-2`] } : { name, baseUrl, model: chain[name], apiKey: `sk-${name}-0000` }));
  const routed = shape === 'models of one provider';
  const gw = await startTestGateway({
    env: {
      ...FAST,
      OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify(servers),
      PROVIDER_ORDER: routed ? ONE : names.join(','),
      // Every shape also has the chain as a route, for /v1 clients (streamed scenarios).
      ROUTES: JSON.stringify({ [CHAIN_ROUTE]: names.map((n) => `${routed ? ONE : n}/${chain[n]}`) }),
      ...env,
    },
  });
  const nameOf = (a: { provider: string; model?: string | null }): string => (routed ? (nameOfModel.get(a.model ?? '') ?? String(a.model)) : a.provider);

  async function run(): Promise<ShapedOutcome> {
    if (!routed) {
      const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: TEXT });
      if (res.status === 200) return { ...res.body, status: 200 };
      return { status: res.status, attempts: res.body.error?.details?.attempts ?? [], error: res.body.error };
    }
    const res = await request(gw.url).post('/v1/chat/completions').send({ model: 'chain', messages: [{ role: 'user', content: TEXT }] });
    const taskId = res.headers['x-task-id'];
    if (typeof taskId !== 'string') throw new Error(`no X-Task-Id: ${res.status} ${JSON.stringify(res.body)}`);
    const task = (await request(gw.url).get(`/ai/task/${taskId}`)).body;
    return { ...task, status: task.status === 'success' ? 200 : statusFor(task.error?.code ?? 'task_failed') };
  }

  return {
    shape,
    gw,
    run,
    trail: (o) => o.attempts.map((a) => [nameOf(a), a.outcome, a.error_kind].filter(Boolean).join(':')),
    used: (o) => (o.provider_used ? nameOf({ provider: o.provider_used, model: o.model }) : undefined),
    async deployments(name) {
      const res = await request(gw.url).get('/provider/status');
      const all = (res.body.deployments ?? []) as DeploymentView[];
      return all.filter((d) => (routed ? d.provider === ONE && d.model === chain[name] : d.provider === name));
    },
    stop: () => gw.stop(),
  };
}

/** The expectation for this shape: `keys` when the second key changes it, `oneProvider` when one shared key does, else the default. */
export function perShape<T>(shape: ShapeName, expected: { default: T; keys?: T; oneProvider?: T }): T {
  if (shape === 'two keys of one provider' && expected.keys !== undefined) return expected.keys;
  if (shape === 'models of one provider' && expected.oneProvider !== undefined) return expected.oneProvider;
  return expected.default;
}
