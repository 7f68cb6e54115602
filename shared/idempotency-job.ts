/** Carried on a /v1 job sent with an Idempotency-Key: whose record it is (hashed) and how long its answer is kept. */
import { z } from 'zod';

export const jobIdempotencySchema = z.object({
  caller: z.string().regex(/^[0-9a-f]{16}$/),
  key: z.string().regex(/^[0-9a-f]{64}$/),
  ttlSeconds: z.number().int().positive(),
});
export type JobIdempotency = z.infer<typeof jobIdempotencySchema>;
