/**
 * The one rule for text Postgres cannot store: a string holding U+0000 (NUL) or an unpaired UTF-16
 * surrogate. A `text` column refuses NUL outright ("invalid byte sequence for encoding UTF8: 0x00"),
 * and a `jsonb` column refuses both (`\u0000` and a lone `\ud800` escape). Such text is refused at
 * the door (400 `unstorable_text`, naming the field); a task whose own output still holds some is
 * failed at once (`unstorable_result`) rather than retried, since trying again cannot help.
 */

// NUL, a high surrogate with no low one after it, or a low surrogate with no high one before it.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this matches
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorable(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** The text with each unstorable character replaced by U+FFFD (for error messages, never for user input). */
export function toStorable(text: string): string {
  return isStorable(text) ? text : text.replace(new RegExp(UNSTORABLE.source, 'g'), '\ufffd');
}

export interface UnstorableField {
  /** Dotted path of the field (`text`, `options.labels.2`, `messages.0.content`); a bad key names the key's own path. */
  field: string;
  message: string;
}

interface Frame {
  value: unknown;
  path: string;
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/**
 * The first string (value or object key) in `value` that Postgres cannot store, or undefined.
 * Iterative, so a body nested 100,000 deep (which the JSON parser accepts) cannot overflow the stack.
 */
export function findUnstorable(value: unknown, root = ''): UnstorableField | undefined {
  const stack: Frame[] = [{ value, path: root }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as Frame;
    if (typeof current === 'string') {
      if (!isStorable(current)) return { field: path || '(body)', message: messageFor(current) };
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1) stack.push({ value: current[i], path: join(path, String(i)) });
    } else if (typeof current === 'object' && current !== null) {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [key, child] = entries[i] as [string, unknown];
        if (!isStorable(key)) return { field: join(path, JSON.stringify(key).slice(1, -1)), message: messageFor(key, 'the key') };
        stack.push({ value: child, path: join(path, key) });
      }
    }
  }
  return undefined;
}

function messageFor(text: string, what = 'the text'): string {
  return text.includes('\u0000')
    ? `${what} holds a NUL character (U+0000), which cannot be stored`
    : `${what} holds an unpaired UTF-16 surrogate (not valid Unicode), which cannot be stored`;
}

/**
 * Whether a database error was caused by the data written rather than by the database: Postgres'
 * class 22 ("data exception": invalid byte sequence, bad JSON input, untranslatable character).
 * Writing the same data again fails the same way, so such an error is never retried.
 */
export function isDataError(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}
