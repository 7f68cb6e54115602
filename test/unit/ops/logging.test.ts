/** shared/logger.ts: one JSON object per line, the standard fields on every line, secrets and input texts redacted. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import winston from 'winston';
import { LOG_FIELDS, childLogger, createRootLogger, loggerOptions, type Logger } from '../../../shared/logger';
import { parseConfig } from '../../../shared/config';
import { ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { holdRequestContext } from '../../../shared/tracing/request-contexts';

/** A root logger whose console output is captured line by line. */
function capture(options: { logText?: boolean } = {}): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const logger = createRootLogger({ level: 'debug', silent: true, ...options });
  logger.add(
    new winston.transports.Stream({
      stream: new Writable({
        write(chunk: Buffer, _enc, done) {
          chunks.push(chunk.toString());
          done();
        },
      }),
    }),
  );
  return { logger, lines: () => chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('log lines', () => {
  it('start with the standard fields in order, and leave out every field without a value', () => {
    const { logger, lines } = capture();
    logger.info('started', { queue: 'q', provider: null, task_id: undefined, detail: null });
    const [line] = lines();
    expect(Object.keys(line ?? {})).toEqual(['timestamp', 'level', 'logger', 'message', 'queue']);
    expect(line).toMatchObject({ level: 'info', logger: 'gateway', message: 'started', queue: 'q' });
    const full = capture();
    full.logger.warn('done', { status: 'success', extra: 1, latency_ms: 3, provider: 'claude', task_id: 't', request_id: 'r' });
    const order = LOG_FIELDS.filter((f) => f !== 'trace_id' && f !== 'span_id');
    expect(Object.keys(full.lines()[0] ?? {})).toEqual([...order, 'extra']);
    expect(Number.isNaN(Date.parse(String(line?.timestamp)))).toBe(false);
  });

  it('carry a named child logger and its context on every line', () => {
    const { logger, lines } = capture();
    const log = childLogger(logger, 'worker', { task_id: 't-1', request_id: 'r-1' });
    log.info('task finished', { provider: 'claude', latency_ms: 42, status: 'success' });
    expect(lines()[0]).toMatchObject({ logger: 'worker', task_id: 't-1', request_id: 'r-1', provider: 'claude', latency_ms: 42, status: 'success' });
  });

  it("carry the trace ids of the request they name while it is served, and none after", () => {
    const { logger, lines } = capture();
    const spanContext = { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), traceFlags: TraceFlags.SAMPLED };
    const release = holdRequestContext('r-traced', trace.setSpanContext(ROOT_CONTEXT, spanContext));
    logger.error('request failed', { request_id: 'r-traced' });
    logger.error('request failed', { request_id: 'r-other' });
    release();
    logger.error('request failed', { request_id: 'r-traced' });
    expect(lines().map((l) => [l.trace_id, l.span_id])).toEqual([['a'.repeat(32), 'b'.repeat(16)], [undefined, undefined], [undefined, undefined]]);
  });

  it('redact keys, authorization headers and tokens in strings, at any depth', () => {
    const { logger, lines } = capture();
    logger.warn('provider said Bearer abcdefghijklmnop and sk-abcdefghijklmnop', {
      api_key: 'plain-secret',
      request: { headers: { Authorization: 'Bearer abcdefghijklmnop', 'x-api-key': 'k-1234567890' } },
      error: new Error('bad key nvapi-abcdefghijklmnop'),
    });
    const raw = JSON.stringify(lines()[0]);
    for (const secret of ['plain-secret', 'abcdefghijklmnop', 'k-1234567890']) expect(raw).not.toContain(secret);
    expect(lines()[0]).toMatchObject({ api_key: '[REDACTED]', request: { headers: { Authorization: '[REDACTED]', 'x-api-key': '[REDACTED]' } } });
  });

  it('replace input texts by their length unless LOG_TEXT is on', () => {
    const quiet = capture();
    quiet.logger.info('received', { text: 'confidential contract', options: { prompt: 'secret prompt' }, messages: [{ role: 'user', content: 'hi' }] });
    expect(quiet.lines()[0]).toMatchObject({ text: '[21 chars]', options: { prompt: '[13 chars]' }, messages: '[REDACTED]' });
    const verbose = capture({ logText: true });
    verbose.logger.info('received', { text: 'confidential contract' });
    expect(verbose.lines()[0]).toMatchObject({ text: 'confidential contract' });
  });
});

describe('LOG_FILE', () => {
  it('gets the same JSON lines as the console', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aigw-log-'));
    try {
      const file = join(dir, 'gateway.log');
      const options = loggerOptions(parseConfig({ LOG_FILE: file, LOG_LEVEL: 'info' }));
      expect(options).toMatchObject({ file, level: 'info' });
      const logger = createRootLogger({ ...options, silent: false });
      // Keep the console quiet in the test output; the file transport is what is checked.
      logger.transports.filter((t) => t instanceof winston.transports.Console).forEach((t) => (t.silent = true));
      logger.info('to the file', { task_id: 't-9' });
      await new Promise<void>((resolve) => {
        logger.on('finish', () => resolve());
        logger.end();
      });
      await new Promise((r) => setTimeout(r, 50));
      const [line] = readFileSync(file, 'utf8').trim().split('\n');
      expect(JSON.parse(line ?? '{}')).toMatchObject({ message: 'to the file', task_id: 't-9', logger: 'gateway' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
