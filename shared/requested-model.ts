/**
 * The model a task asked for first, as the history records it (`requested_model`): a chat job's
 * first target, an embeddings job's first target. The model that answered is the outcome's `model`;
 * the two differ when the chain failed over. /ai/task names a provider, not a model: null.
 */
import { chatTiers } from './chat-job';
import type { JobData } from './task-schemas';

export function requestedModelOf(data: Pick<JobData, 'chat' | 'embedding'>): string | null {
  if (data.chat) return chatTiers(data.chat)[0]?.[0]?.model ?? null;
  if (data.embedding) return data.embedding.targets[0]?.model ?? null;
  return null;
}
