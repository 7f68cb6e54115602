/**
 * One JSON object per line. Keys, authorization headers and input texts are redacted here,
 * once, so no call site has to remember to.
 */
import winston from 'winston';

const SECRET_FIELD = /(api[-_]?key|authorization|password|secret|token|cookie)/i;
const TEXT_FIELD = /^(text|input|prompt|messages)$/i;
/** Bearer tokens and provider-looking keys that slipped into a message string. */
const SECRET_IN_STRING = /\b(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}|\b(sk-|nvapi-|hf_|sk-ant-)[A-Za-z0-9._-]{6,}/g;

export function redactString(value: string): string {
  return value.replace(SECRET_IN_STRING, (_m, bearer: string | undefined, prefix: string | undefined) =>
    bearer ? `${bearer}[REDACTED]` : `${prefix ?? ''}[REDACTED]`,
  );
}

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactString(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: redactString(value.message) };
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (SECRET_FIELD.test(key)) out[key] = '[REDACTED]';
    else if (TEXT_FIELD.test(key) && typeof v === 'string') out[key] = `[${v.length} chars]`;
    else out[key] = redact(v, depth + 1);
  }
  return out;
}

const redactFormat = winston.format((info) => {
  for (const key of Object.keys(info)) {
    if (key === 'level' || key === 'timestamp') continue;
    (info as Record<string, unknown>)[key] = SECRET_FIELD.test(key) ? '[REDACTED]' : redact(info[key]);
  }
  return info;
});

export type Logger = winston.Logger;

export interface LoggerOptions {
  level: string;
  file?: string;
  /** Tests pass `true` to keep their output readable. */
  silent?: boolean;
}

export function createRootLogger(options: LoggerOptions): Logger {
  const format = winston.format.combine(winston.format.timestamp(), redactFormat(), winston.format.json());
  const transports: winston.transport[] = [new winston.transports.Console({ silent: options.silent })];
  if (options.file) transports.push(new winston.transports.File({ filename: options.file, silent: options.silent }));
  return winston.createLogger({ level: options.level, format, transports, defaultMeta: { logger: 'gateway' } });
}

/** A named child: every line it writes carries `logger: name`. */
export function childLogger(root: Logger, name: string, meta: Record<string, unknown> = {}): Logger {
  return root.child({ logger: name, ...meta });
}
