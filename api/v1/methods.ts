/**
 * The /v1 paths and the methods each accepts: a known /v1 path called another way answers 405
 * with `Allow` (in OpenAI's error shape, like everything under /v1), not a misleading 404. /v1
 * follows OpenAI's and Anthropic's specs rather than the gateway's route table, so it keeps its
 * own list here; an endpoint added under /v1 adds its line.
 */
import type { NextFunction, Request, Response } from 'express';
import { HttpError } from '../http-error';

export interface V1Path {
  pattern: RegExp;
  methods: readonly string[];
}

export const V1_PATHS: readonly V1Path[] = [
  { pattern: /^\/v1\/chat\/completions\/?$/, methods: ['POST'] },
  { pattern: /^\/v1\/models\/?$/, methods: ['GET', 'HEAD'] },
  // Model ids hold slashes (`openai/gpt-4o-mini`).
  { pattern: /^\/v1\/models\/.+$/, methods: ['GET', 'HEAD'] },
  { pattern: /^\/v1\/embeddings\/?$/, methods: ['POST'] },
  { pattern: /^\/v1\/responses\/?$/, methods: ['POST'] },
  { pattern: /^\/v1\/messages\/?$/, methods: ['POST'] },
  { pattern: /^\/v1\/messages\/count_tokens\/?$/, methods: ['POST'] },
];

export function allowedMethods(path: string, paths: readonly V1Path[] = V1_PATHS): string[] {
  const allowed = new Set<string>();
  for (const known of paths) if (known.pattern.test(path)) known.methods.forEach((m) => allowed.add(m));
  return [...allowed];
}

/** Mounted after the /v1 routes: whatever reaches it on a known path came with a method that path lacks. */
export function v1MethodNotAllowed(paths: readonly V1Path[] = V1_PATHS) {
  return function rejectV1Method(req: Request, res: Response, next: NextFunction): void {
    const allowed = allowedMethods(req.path, paths);
    if (allowed.length === 0) return next();
    const allow = [...allowed, 'OPTIONS'].join(', ');
    if (req.method === 'OPTIONS') {
      res.setHeader('Allow', allow);
      res.status(204).end();
      return;
    }
    const usable = allowed.filter((m) => m !== 'HEAD');
    next(
      new HttpError('method_not_allowed', `${req.method} is not allowed on ${req.path}; use ${usable.join(' or ')}`, {
        details: { allowed: usable },
        headers: { Allow: allow },
      }),
    );
  };
}
