/**
 * Runs in a worker thread of the offline pool (offline-pool.ts): one task's offline form (the local
 * NLP, the decision rules) on bounded input, away from the event loop that answers /health and
 * renews job locks.
 */
import { getTask } from '../../tasks/registry';
import { boundInput } from './bound-input';

export interface OfflineJob {
  task: string;
  text: string;
  options: Record<string, unknown>;
}

export default function runOfflineJob(job: OfflineJob): string | undefined {
  return getTask(job.task)?.offline?.(boundInput(job.text), job.options);
}
