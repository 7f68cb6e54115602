/**
 * The payload of an embeddings job (POST /v1/embeddings): the texts, the targets the API resolved
 * from `model` and `fallbacks`, and the wanted size. It runs through the same queue, worker,
 * breakers, history and metrics as a chat job; the vectors travel back on the job's return value
 * (Redis, for the waiting request) and are never written to the history.
 */
import { z } from 'zod';
import { chatTargetSchema } from './chat-job';

/** The task an embeddings request runs as: recorded in the history, never accepted by POST /ai/task. */
export const EMBEDDINGS_TASK = 'embeddings';

export const embeddingJobSchema = z.object({
  input: z.array(z.string()).min(1),
  /** Tried in order; every one must be the same embedding space (a route of equivalent deployments). */
  targets: z.array(chatTargetSchema).min(1),
  dimensions: z.number().int().positive().optional(),
});
export type EmbeddingJob = z.infer<typeof embeddingJobSchema>;
