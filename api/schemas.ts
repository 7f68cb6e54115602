/** Request bodies accepted by the API. */
import { z } from 'zod';
import { laneSchema } from '../shared/fair/policy';

export function taskRequestSchema(maxTextChars: number) {
  return z
    .object({
      task: z.string().min(1).max(64),
      text: z.string().min(1, 'text must not be empty').max(maxTextChars, `text is longer than ${maxTextChars} characters`),
      provider: z.string().min(1).max(64).default('auto'),
      options: z.record(z.string(), z.unknown()).default({}),
      /** The lane: sync requests default to interactive, async ones to batch (docs/fair-queueing.md). */
      priority: laneSchema.optional(),
    })
    .strict();
}
export type TaskRequest = z.infer<ReturnType<typeof taskRequestSchema>>;

/** Zod issues as `[{field, message}]`, the `details` of a 400. */
export function fieldErrors(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message }));
}
