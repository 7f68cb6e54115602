/** The 503 every intake answers while Redis (the task queue) cannot be reached: the client retries shortly. */
import { HttpError } from './http-error';

export function queueUnavailable(err: unknown): HttpError {
  const reason = err instanceof Error ? err.message : String(err);
  return new HttpError('queue_unavailable', 'the task queue (Redis) is unreachable; try again shortly', { details: { reason }, headers: { 'Retry-After': '1' } });
}
