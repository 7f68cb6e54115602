/** Ordering a tier's candidates: least in flight, equal ones in turn, the same model first after a key-scoped failure. */
import { RoundRobin, orderCandidates } from '../../shared/health/balance';
import type { DeploymentRef, DeploymentView, Refusal } from '../../shared/health/types';
import { AZURE_URL, KEY_1, KEY_2, OPENAI_URL, deployment } from './helpers';

const KEY_3 = { secret: 'sk-test-three-000000', label: 'OPENAI_API_KEYS[2]' };
const k1 = deployment('openai', 'gpt-4o-mini', KEY_1, OPENAI_URL);
const k2 = deployment('openai', 'gpt-4o-mini', KEY_2, OPENAI_URL);
const k3 = deployment('openai', 'gpt-4o-mini', KEY_3, OPENAI_URL);
const azure = deployment('azure-eu', 'gpt-4o-mini', { secret: 'azure-000000000', label: 'AZURE_EU_API_KEY' }, AZURE_URL);

const view = (d: DeploymentRef, inFlight: number, refusal: Refusal | null = null): DeploymentView => ({ deploymentId: d.id, inFlight, refusal });
const ids = (list: { deployment: DeploymentRef }[]) => list.map((c) => c.deployment.id);

describe('orderCandidates', () => {
  it('puts the admissible candidate with the fewest calls in flight first', () => {
    const order = orderCandidates([k1, k2, azure], [view(k1, 4), view(k2, 1), view(azure, 2)], { turn: 0 });
    expect(ids(order.admissible)).toEqual([k2.id, azure.id, k1.id]);
    expect(order.refused).toEqual([]);
  });

  it('takes equally loaded candidates in turn, so successive picks spread over them', () => {
    const deployments = [k1, k2, k3, azure];
    const views = [view(k1, 0), view(k2, 0), view(k3, 0), view(azure, 3)];
    const robin = new RoundRobin();
    const firsts = Array.from({ length: 6 }, () => orderCandidates(deployments, views, { turn: robin.next() }).admissible[0]?.deployment.id);
    expect(firsts).toEqual([k1.id, k2.id, k3.id, k1.id, k2.id, k3.id]);
    // The loaded one always comes last, whoever's turn it is.
    expect(orderCandidates(deployments, views, { turn: 7 }).admissible.at(-1)?.deployment.id).toBe(azure.id);
  });

  it('after a 429 or an auth failure, the other keys of the same model go before other models, even when busier', () => {
    const deployments = [azure, k2, k3];
    const views = [view(azure, 0), view(k2, 5), view(k3, 2)];
    expect(ids(orderCandidates(deployments, views, { turn: 0, preferSameModelAs: k1 }).admissible)).toEqual([k3.id, k2.id, azure.id]);
    expect(ids(orderCandidates(deployments, views, { turn: 0 }).admissible)).toEqual([azure.id, k3.id, k2.id]);
  });

  it('lists refused candidates apart, the soonest admissible first', () => {
    const order = orderCandidates(
      [k1, k2, k3],
      [view(k1, 0, { scope: 'credential', reason: 'misconfigured', retryInMs: 60_000, misconfigured: '401' }), view(k2, 9), view(k3, 0, { scope: 'deployment', reason: 'cooldown', retryInMs: 2_000 })],
      { turn: 0 },
    );
    expect(ids(order.admissible)).toEqual([k2.id]);
    expect(ids(order.refused)).toEqual([k3.id, k1.id]);
  });

  it('refuses views that are not those of the deployments given', () => {
    expect(() => orderCandidates([k1, k2], [view(k1, 0)], { turn: 0 })).toThrow('orderCandidates: 2 deployments but 1 views');
    expect(() => orderCandidates([k1, k2], [view(k2, 0), view(k1, 0)], { turn: 0 })).toThrow(`view 0 is of ${k2.id}, not ${k1.id}`);
  });
});
