/**
 * Time to the first token of streamed chat calls, one after another for a while: autocannon times
 * whole responses in whole milliseconds, and a stream's first token is what a chat user waits for.
 * Run in the bench process: one connection costs it little next to the gateway's processes.
 */
import { median } from './report';

export interface FirstTokenSummary {
  p50Ms: number;
  p99Ms: number;
  streams: number;
  errors: number;
}

/** True once the SSE text holds a chunk with content (`"content":"` followed by a character). */
export function hasContent(sse: string): boolean {
  return /"content":"[^"]/.test(sse);
}

/** One streamed call: ms until the first content chunk, or undefined when none came. The rest is read to the end. */
async function firstTokenMs(url: string, body: string): Promise<number | undefined> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  if (!res.ok || !res.body) {
    await res.arrayBuffer().catch(() => undefined);
    return undefined;
  }
  const decoder = new TextDecoder();
  let seen = '';
  let at: number | undefined;
  for await (const chunk of res.body) {
    if (at !== undefined) continue;
    seen += decoder.decode(chunk as Uint8Array, { stream: true });
    if (hasContent(seen)) at = performance.now() - started;
  }
  return at;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

export async function firstTokenLoad(url: string, body: string, durationSeconds: number): Promise<FirstTokenSummary> {
  const times: number[] = [];
  let errors = 0;
  const until = Date.now() + durationSeconds * 1000;
  while (Date.now() < until) {
    const ms = await firstTokenMs(url, body).catch(() => undefined);
    if (ms === undefined) errors += 1;
    else times.push(ms);
  }
  const sorted = times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { p50Ms: round(median(sorted)), p99Ms: round(percentile(sorted, 0.99)), streams: times.length, errors };
}
