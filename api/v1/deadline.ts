/**
 * A /v1 request's deadline (epoch ms), from the configured limits and the client's own timeout
 * (shared/timeouts.ts holds the rules). The worker ends the chain there; the API waits for the
 * answer a little longer, so the deadline's own error reaches the client.
 */
import type { Request } from 'express';
import type { ChatTarget } from '../../shared/chat-job';
import { clientTimeoutMs, requestLimit, type RequestLimit, type TimeoutOverrides } from '../../shared/timeouts';

export interface DeadlineSettings {
  /** V1_REQUEST_TIMEOUT_SECONDS in ms. */
  defaultMs: number;
  overrides: TimeoutOverrides;
}

/** Queue, record and relay on top of the chain's own time. */
export const ANSWER_WAIT_MARGIN_MS = 5_000;

export interface RequestDeadline extends RequestLimit {
  deadlineAt: number;
  /** How long the API waits for the answer. */
  waitMs: number;
}

export function requestDeadline(req: Request, settings: DeadlineSettings, requested: string, tiers: readonly (readonly ChatTarget[])[], now = Date.now()): RequestDeadline {
  const first = tiers[0]?.[0];
  const limit = requestLimit({
    defaultMs: settings.defaultMs,
    overrides: settings.overrides,
    requested,
    firstTarget: first ? `${first.provider}/${first.model}` : undefined,
    clientMs: clientTimeoutMs(req.get('x-stainless-timeout')),
  });
  return { ...limit, deadlineAt: now + limit.ms, waitMs: limit.ms + ANSWER_WAIT_MARGIN_MS };
}
