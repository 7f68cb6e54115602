/**
 * Which candidate of a tier goes first: the admissible ones, least in flight fleet-wide first,
 * ties taken in turn (round-robin on a per-process counter). After a key-scoped failure (a 429,
 * an auth failure) the chain asks to prefer the same model: the next key of that provider's model
 * goes before the tier's other models. Pure: the turn is passed in (see RoundRobin).
 */
import type { DeploymentRef, DeploymentView } from './types';

export interface Candidate {
  deployment: DeploymentRef;
  view: DeploymentView;
}

export interface OrderOptions {
  /** This process's turn number (RoundRobin.next()); equal candidates are rotated by it. */
  turn: number;
  /** Candidates of this deployment's provider and model go first (the next key of the same model). */
  preferSameModelAs?: DeploymentRef;
}

export interface Ordered {
  /** In the order to try them. */
  admissible: Candidate[];
  /** Refused now, soonest admissible first. */
  refused: Candidate[];
}

const sameModel = (a: DeploymentRef, b: DeploymentRef): boolean => a.provider === b.provider && a.model === b.model;

/** `views` as HealthStore.view answered for `deployments` (same order). */
export function orderCandidates(deployments: readonly DeploymentRef[], views: readonly DeploymentView[], options: OrderOptions): Ordered {
  const candidates = pair(deployments, views);
  const preferred = options.preferSameModelAs;
  const rank = (c: Candidate): number => (preferred && sameModel(c.deployment, preferred) ? 0 : 1);
  const sorted = candidates
    .filter((c) => c.view.refusal === null)
    .sort((a, b) => rank(a) - rank(b) || a.view.inFlight - b.view.inFlight || compareIds(a, b));

  const admissible: Candidate[] = [];
  for (let start = 0; start < sorted.length; ) {
    const head = sorted[start] as Candidate;
    let end = start + 1;
    while (end < sorted.length && rank(sorted[end] as Candidate) === rank(head) && (sorted[end] as Candidate).view.inFlight === head.view.inFlight) end += 1;
    const ties = sorted.slice(start, end);
    const shift = positiveModulo(options.turn, ties.length);
    admissible.push(...ties.slice(shift), ...ties.slice(0, shift));
    start = end;
  }

  const refused = candidates
    .filter((c) => c.view.refusal !== null)
    .sort((a, b) => (a.view.refusal?.retryInMs ?? 0) - (b.view.refusal?.retryInMs ?? 0) || compareIds(a, b));
  return { admissible, refused };
}

function pair(deployments: readonly DeploymentRef[], views: readonly DeploymentView[]): Candidate[] {
  if (deployments.length !== views.length) throw new RangeError(`orderCandidates: ${deployments.length} deployments but ${views.length} views`);
  return deployments.map((deployment, i) => {
    const view = views[i] as DeploymentView;
    if (view.deploymentId !== deployment.id) throw new RangeError(`orderCandidates: view ${i} is of ${view.deploymentId}, not ${deployment.id}`);
    return { deployment, view };
  });
}

function compareIds(a: Candidate, b: Candidate): number {
  return a.deployment.id < b.deployment.id ? -1 : a.deployment.id > b.deployment.id ? 1 : 0;
}

function positiveModulo(n: number, m: number): number {
  return ((Math.trunc(n) % m) + m) % m;
}

/** A per-process turn counter: each ordering takes the next turn, so equal candidates share the load. */
export class RoundRobin {
  private turn = 0;

  next(): number {
    const current = this.turn;
    this.turn = current >= Number.MAX_SAFE_INTEGER ? 0 : current + 1;
    return current;
  }
}
