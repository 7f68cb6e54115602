/** Reading a model's JSON answer, and saying what was wrong with it in words a model can act on. */
import type { z } from 'zod';

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

const FENCE = /^```(?:json)?\s*([\s\S]*?)\s*```$/i;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Models wrap JSON in a markdown fence or add a sentence around it even in JSON mode; the object
 * inside is what counts. Tried in order: the whole answer, the fenced block, first `{` to last `}`.
 */
export function readJsonObject(raw: string): Read<Record<string, unknown>> {
  const trimmed = raw.trim();
  const candidates = [trimmed, FENCE.exec(trimmed)?.[1]];
  const start = trimmed.indexOf('{');
  const end = trimmed.lastIndexOf('}');
  if (start >= 0 && end > start) candidates.push(trimmed.slice(start, end + 1));
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const value: unknown = JSON.parse(candidate);
      if (isObject(value)) return { ok: true, value };
    } catch {
      // try the next candidate
    }
  }
  return { ok: false, error: trimmed ? 'the answer is not a JSON object' : 'the answer is empty' };
}

/** At most a few issues, each as `path: message`, so a repair prompt stays short. */
export function describeIssues(error: z.ZodError, limit = 5): string {
  const lines = error.issues.slice(0, limit).map((issue) => `${issue.path.join('.') || '(answer)'}: ${issue.message}`);
  const more = error.issues.length > limit ? `; and ${error.issues.length - limit} more` : '';
  return lines.join('; ') + more;
}

/** A JSON object validated against `schema`. */
export function readJsonAs<T>(raw: string, schema: z.ZodType<T>): Read<T> {
  const json = readJsonObject(raw);
  if (!json.ok) return json;
  const parsed = schema.safeParse(json.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describeIssues(parsed.error) };
}
