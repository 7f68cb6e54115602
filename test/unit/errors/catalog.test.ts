/**
 * The error catalogue: every code is a real client or server error with valid OpenAI and
 * Anthropic types, the statuses the two old tables gave are kept (content_filtered 422 on
 * /ai/task, 400 under /v1), and every code the source answers with is in it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CATALOG, entryFor, isErrorCode, statusFor, type ErrorEntry } from '../../../shared/errors/catalog';
import { HttpError } from '../../../api/http-error';

const ROOT = join(__dirname, '..', '..', '..');
const OPENAI_TYPES = ['invalid_request_error', 'authentication_error', 'permission_error', 'rate_limit_error', 'server_error'];
const ANTHROPIC_TYPES = ['invalid_request_error', 'authentication_error', 'permission_error', 'not_found_error', 'request_too_large', 'rate_limit_error', 'api_error', 'overloaded_error'];
const entries = Object.entries(ERROR_CATALOG) as [string, ErrorEntry][];

/** How OpenAI's SDKs name a status (the rule the /v1 responder used before the catalogue existed). */
function openAITypeFor(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 429) return 'rate_limit_error';
  return status >= 500 ? 'server_error' : 'invalid_request_error';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'dashboard') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Codes the source answers with: HttpError and invalidRequest calls, task failures, failure-code unions. */
function codesUsedInSource(): Map<string, string> {
  const patterns = [
    /new HttpError\(\s*'([a-z_]+)'/g,
    /invalidRequest\([^;]*?'([a-z_]+)'\s*\)/g,
    /failure\(\s*'([a-z_]+)'/g,
    /fromTask\(\s*[^,]*\?\?\s*'([a-z_]+)'/g,
  ];
  /** In the worker, a failed chain's `{ok: false, code: '…'}` (the API has only zod's `code: 'custom'` issues). */
  const workerOnly = /\bcode: '([a-z_]+)'/g;
  const found = new Map<string, string>();
  for (const file of [...sourceFiles(join(ROOT, 'api')), ...sourceFiles(join(ROOT, 'worker'))]) {
    const text = readFileSync(file, 'utf8');
    const relative = file.slice(ROOT.length + 1);
    for (const pattern of relative.startsWith('worker') ? [...patterns, workerOnly] : patterns) {
      for (const m of text.matchAll(pattern)) found.set(m[1] ?? '', relative);
    }
    for (const union of text.matchAll(/FailureCode = Extract<\s*ErrorCode,([^>]+)>/g)) {
      for (const m of (union[1] ?? '').matchAll(/'([a-z_]+)'/g)) found.set(m[1] ?? '', relative);
    }
  }
  return found;
}

describe('the error catalogue', () => {
  it.each(entries)('%s has a 4xx/5xx status, valid types and a message', (_code, entry) => {
    for (const status of [entry.status, entry.openaiStatus ?? entry.status, ...Object.values(entry.variants ?? {})]) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
    }
    expect(OPENAI_TYPES).toContain(entry.openai);
    expect(ANTHROPIC_TYPES).toContain(entry.anthropic);
    expect(entry.message.length).toBeGreaterThan(5);
  });

  it.each(entries)('%s keeps the OpenAI type its status always had under /v1', (_code, entry) => {
    expect(entry.openai).toBe(openAITypeFor(entry.openaiStatus ?? entry.status));
  });

  it('finds every code the API and the worker answer with', () => {
    const used = codesUsedInSource();
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter(([code]) => !isErrorCode(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it.each([
    // code, on /ai/task, under /v1 — what ERROR_STATUS (api/routes/tasks.ts) and TASK_ERROR_STATUS (api/openai/errors.ts) said
    ['all_providers_failed', 503, 503],
    ['no_provider_available', 503, 503],
    ['task_deadline_exceeded', 504, 504],
    ['content_filtered', 422, 400],
    ['unknown_task', 400, 400],
    ['invalid_options', 400, 400],
    ['stream_unavailable', 503, 503],
    ['stream_interrupted', 502, 502],
    ['cancelled', 499, 499],
  ])('answers a task that ended in %s with %d on the gateway surface and %d under /v1', (code, gateway, openai) => {
    expect([statusFor(code, 'gateway'), statusFor(code, 'openai')]).toEqual([gateway, openai]);
  });

  it('answers a task code it does not know as task_failed does, under its own name', () => {
    expect(entryFor('something_new')).toBe(ERROR_CATALOG.task_failed);
    const error = HttpError.fromTask('something_new', 'it broke');
    expect([error.status, error.code, error.message]).toEqual([500, 'something_new', 'it broke']);
  });

  it('gives a code its other status only in the named situation', () => {
    expect(new HttpError('unknown_task').status).toBe(400);
    expect(new HttpError('unknown_task', 'gone', { variant: 'lookup' }).status).toBe(404);
    expect(new HttpError('stream_timeout').status).toBe(504);
    expect(new HttpError('stream_timeout', 'silent', { variant: 'stalled' }).statusOn('openai')).toBe(502);
    // A variant a code does not have changes nothing.
    expect(new HttpError('not_found', 'x', { variant: 'stalled' }).status).toBe(404);
  });

  it('builds an HttpError from a code: status from the catalogue, message defaulting to its own', () => {
    const error = new HttpError('rate_limited', undefined, { headers: { 'Retry-After': '3' } });
    expect([error.status, error.message, error.entry.retry]).toEqual([429, ERROR_CATALOG.rate_limited.message, true]);
    expect(error.withHeaders({ 'X-Extra': '1' }).headers).toEqual({ 'Retry-After': '3', 'X-Extra': '1' });
  });
});
