/**
 * One JSON object per line, the standard fields first and in a fixed order, so log pipelines can
 * index them without guessing. A field without a value is left out rather than written as null:
 * most lines have no provider or status, and null fields made three lines in four mostly noise. Keys, authorization headers and input texts
 * are redacted here, once, so no call site has to remember to.
 */
import { isSpanContextValid, trace, type Context } from '@opentelemetry/api';
import winston from 'winston';
import type { Config } from './config';
import { requestContext } from './tracing/request-contexts';

/** The standard fields, in this order when present; anything else a call site adds follows them. */
export const LOG_FIELDS = ['timestamp', 'level', 'logger', 'message', 'request_id', 'task_id', 'trace_id', 'span_id', 'provider', 'latency_ms', 'status'] as const;

const SECRET_FIELD = /(api[-_]?key|authorization|password|secret|token|cookie)/i;
const TEXT_FIELD = /^(text|input|prompt|messages|content)$/i;
/** Bearer tokens and provider-looking keys that slipped into a message string. */
const SECRET_IN_STRING = /\b(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}|\b(sk-|nvapi-|hf_|sk-ant-|aigw_)[A-Za-z0-9._-]{6,}/g;

/** `user:password@` in any URL (REDIS_URL, DATABASE_URL, a provider's base URL quoted in an error). */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi;

/**
 * The trace fields of a context's span, for a child logger whose lines are written where that span
 * is not the active one (the gateway tracks no async context). Empty when tracing is off.
 */
export function traceFields(ctx: Context): { trace_id?: string; span_id?: string } {
  const span = trace.getSpanContext(ctx);
  return span && isSpanContextValid(span) ? { trace_id: span.traceId, span_id: span.spanId } : {};
}

export function redactString(value: string): string {
  return value.replace(URL_USERINFO, '$1').replace(SECRET_IN_STRING, (_m, bearer: string | undefined, prefix: string | undefined) =>
    bearer ? `${bearer}[REDACTED]` : `${prefix ?? ''}[REDACTED]`,
  );
}

export interface RedactOptions {
  /** Keep input texts (LOG_TEXT); keys and authorization headers are redacted regardless. */
  keepText?: boolean;
}

export function redact(value: unknown, options: RedactOptions = {}, depth = 0): unknown {
  if (typeof value === 'string') return redactString(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: redactString(value.message) };
  if (Array.isArray(value)) return value.map((v) => redact(v, options, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (SECRET_FIELD.test(key)) out[key] = '[REDACTED]';
    else if (!options.keepText && TEXT_FIELD.test(key)) out[key] = typeof v === 'string' ? `[${v.length} chars]` : '[REDACTED]';
    else out[key] = redact(v, options, depth + 1);
  }
  return out;
}

type Info = winston.Logform.TransformableInfo;

/** Redacts every field, drops the ones without a value, then puts the standard fields first. */
function shapeFormat(options: RedactOptions): winston.Logform.Format {
  return winston.format((info: Info) => shape(info, options))();
}

function shape(info: Info, options: RedactOptions): Info {
  const fields = info as Record<string, unknown>;
  const standard: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (value === null || value === undefined) {
      delete fields[key];
      continue;
    }
    const clean = key === 'level' || key === 'timestamp' ? value : SECRET_FIELD.test(key) ? '[REDACTED]' : redactTop(key, value, options);
    if ((LOG_FIELDS as readonly string[]).includes(key)) standard[key] = clean;
    else rest[key] = clean;
    delete fields[key];
  }
  standard.logger ??= 'gateway';
  // The line belongs to the span active where it was written, else to the request it names (none when tracing is off).
  const named = typeof standard.request_id === 'string' ? requestContext(standard.request_id) : undefined;
  const span = (trace.getActiveSpan() ?? (named && trace.getSpan(named)))?.spanContext();
  if (span && isSpanContextValid(span)) {
    standard.trace_id ??= span.traceId;
    standard.span_id ??= span.spanId;
  }
  for (const key of LOG_FIELDS) if (key in standard) fields[key] = standard[key];
  Object.assign(fields, rest);
  return info;
}

function redactTop(key: string, value: unknown, options: RedactOptions): unknown {
  if (key !== 'message' && !options.keepText && TEXT_FIELD.test(key)) {
    return typeof value === 'string' ? `[${value.length} chars]` : '[REDACTED]';
  }
  return redact(value, options);
}

export type Logger = winston.Logger;

export interface LoggerOptions {
  level: string;
  /** LOG_FILE: the same lines are appended here too. */
  file?: string;
  /** LOG_TEXT: keep input texts in logs (off by default). */
  logText?: boolean;
  /** Tests pass `true` to keep their output readable. */
  silent?: boolean;
}

export function createRootLogger(options: LoggerOptions): Logger {
  const format = winston.format.combine(
    winston.format.timestamp(),
    shapeFormat({ keepText: options.logText === true }),
    // Non-deterministic keeps our field order; the default sorts keys alphabetically.
    winston.format.json({ deterministic: false }),
  );
  const transports: winston.transport[] = [new winston.transports.Console({ silent: options.silent })];
  if (options.file) transports.push(new winston.transports.File({ filename: options.file, silent: options.silent }));
  // No defaultMeta for `logger`: winston would let it override a child's own name.
  return winston.createLogger({ level: options.level, format, transports });
}

/** What the entry points pass to `createRootLogger`, so LOG_* settings are read in one place. */
export function loggerOptions(config: Pick<Config, 'LOG_LEVEL' | 'LOG_FILE' | 'LOG_TEXT'>): LoggerOptions {
  return { level: config.LOG_LEVEL, file: config.LOG_FILE, logText: config.LOG_TEXT };
}

/** A named child: every line it writes carries `logger: name`. */
export function childLogger(root: Logger, name: string, meta: Record<string, unknown> = {}): Logger {
  return root.child({ logger: name, ...meta });
}
