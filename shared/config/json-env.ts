/**
 * The one reader for variables that hold JSON (CONFIDENCE_OVERRIDES, ROUTES,
 * OPENAI_COMPATIBLE_PROVIDERS): text that is not JSON gets a message saying what was expected,
 * with an example; JSON of the wrong shape gets the schema's own messages, with their paths.
 */
import { z } from 'zod';

/** `expected` completes "must be …", e.g. `a JSON array, e.g. [{"name":"ollama"}]`. */
export function jsonEnv<T extends z.ZodType>(schema: T, expected: string) {
  return z
    .string()
    .transform((raw, ctx): unknown => {
      try {
        return JSON.parse(raw);
      } catch {
        ctx.addIssue({ code: 'custom', message: `must be ${expected}` });
        return z.NEVER;
      }
    })
    .pipe(schema);
}
