/**
 * The last requests the mock received, for tests that assert what reached the provider: method,
 * path, query, the body as JSON (or as text when it is not JSON) and the headers, with every
 * credential header redacted so a log never holds a key. Bounded: the oldest entries drop out.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface LoggedRequest {
  /** Counts from 1 since start or the last reset. */
  seq: number;
  receivedAt: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** The parsed JSON body; the raw text (first 10,000 characters) when it is not JSON; null when empty. */
  body: unknown;
  headers: Record<string, string>;
}

const REDACTED_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'x-goog-api-key', 'api-key', 'cookie']);
const MAX_RAW_BODY_CHARS = 10_000;

export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = REDACTED_HEADERS.has(name) ? '[redacted]' : Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private seq = 0;

  constructor(private readonly capacity = 200) {}

  record(entry: Omit<LoggedRequest, 'seq' | 'receivedAt' | 'body'> & { body: unknown; rawBody?: string }): void {
    this.seq += 1;
    const { rawBody, ...rest } = entry;
    const body = entry.body !== undefined ? entry.body : rawBody ? rawBody.slice(0, MAX_RAW_BODY_CHARS) : null;
    this.entries.push({ seq: this.seq, receivedAt: new Date().toISOString(), ...rest, body });
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  /** The last `limit` requests (all kept ones without a limit), oldest first. */
  last(limit?: number): LoggedRequest[] {
    const n = limit === undefined ? this.entries.length : Math.max(0, Math.min(limit, this.entries.length));
    return structuredClone(this.entries.slice(this.entries.length - n));
  }

  clear(): void {
    this.entries = [];
    this.seq = 0;
  }
}
