/** Carried on a job whose answer should be filed in the response cache: the entry's hash and how long it lives. */
import { z } from 'zod';

export const jobCacheSchema = z.object({ key: z.string().regex(/^[0-9a-f]{64}$/), ttlSeconds: z.number().int().positive() });
export type JobCache = z.infer<typeof jobCacheSchema>;
