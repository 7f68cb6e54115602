/** The task an embeddings job runs as in the chain: the "answer" is the adapter's summary line, taken as is. */
import { z } from 'zod';
import { EMBEDDINGS_TASK } from '../../shared/embedding-job';
import type { TaskDefinition } from '../tasks/types';

export const embeddingsTask: TaskDefinition = {
  name: EMBEDDINGS_TASK,
  description: 'OpenAI-style embeddings (POST /v1/embeddings).',
  options: z.record(z.string(), z.unknown()),
  render: () => ({ system: '', prompt: '', responseFormat: 'text' }),
  parse: (raw) => ({ result: raw, decision: null, notes: [] }),
};
