/**
 * Deterministic JSON values for a JSON Schema: the smallest instance a validator accepts (required
 * properties only, enums' first value, one item per array), and one that it refuses. Tool-call
 * arguments and structured-output answers are built from these, so a client that validates what
 * it gets (the AI SDK parses tool inputs and `Output.object` answers with the caller's schema)
 * sees a valid value, or, under `json-mismatch`, a value that fails exactly that validation.
 *
 * Reads JSON Schema as the AI SDK emits it (draft 2020-12 from zod, with `$ref`/`$defs`) and the
 * OpenAPI subset Gemini takes (`nullable`, upper-case type names). `pattern` is not honoured.
 */

export type Json = Record<string, unknown>;
type Value = unknown;

const MAX_DEPTH = 12;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const FORMATTED_STRINGS: Readonly<Record<string, string>> = {
  date: '2024-01-01',
  'date-time': '2024-01-01T00:00:00Z',
  time: '00:00:00',
  email: 'mock@example.com',
  uri: 'https://example.com/mock',
  url: 'https://example.com/mock',
  uuid: '00000000-0000-4000-8000-000000000000',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  hostname: 'example.com',
};

/** Follows a local `$ref` ("#/$defs/Name", "#/definitions/Name"); anything else resolves to {}. */
function resolveRef(root: Json, ref: string): Json {
  if (!ref.startsWith('#')) return {};
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isRecord(node) ? node[key] : undefined;
  }
  return isRecord(node) ? node : {};
}

/** The schema with `$ref`, `allOf` and the first `anyOf`/`oneOf` branch folded in. */
function flatten(schema: unknown, root: Json, depth: number): Json {
  if (!isRecord(schema) || depth > MAX_DEPTH) return {};
  let s: Json = schema;
  if (typeof s.$ref === 'string') {
    const { $ref, ...rest } = s;
    s = { ...flatten(resolveRef(root, $ref as string), root, depth + 1), ...rest };
  }
  if (Array.isArray(s.allOf)) {
    const { allOf, ...rest } = s;
    s = (allOf as unknown[]).reduce<Json>((acc, part) => mergeSchemas(acc, flatten(part, root, depth + 1)), rest);
  }
  const branches = Array.isArray(s.anyOf) ? s.anyOf : Array.isArray(s.oneOf) ? s.oneOf : undefined;
  if (branches && branches.length > 0) {
    const { anyOf: _a, oneOf: _o, ...rest } = s;
    const preferred = branches.find((b) => typeOf(flatten(b, root, depth + 1)) !== 'null') ?? branches[0];
    s = mergeSchemas(rest, flatten(preferred, root, depth + 1));
  }
  return s;
}

function mergeSchemas(a: Json, b: Json): Json {
  const properties = isRecord(a.properties) || isRecord(b.properties) ? { ...(a.properties as Json), ...(b.properties as Json) } : undefined;
  const required = [...(Array.isArray(a.required) ? a.required : []), ...(Array.isArray(b.required) ? b.required : [])];
  return { ...a, ...b, ...(properties ? { properties } : {}), ...(required.length > 0 ? { required } : {}) };
}

/** The instance type the schema asks for, lower-cased; the first non-null one of a type list. */
function typeOf(s: Json): string | undefined {
  const t = Array.isArray(s.type) ? (s.type.find((x) => String(x).toLowerCase() !== 'null') ?? s.type[0]) : s.type;
  if (typeof t === 'string') return t.toLowerCase();
  if (isRecord(s.properties)) return 'object';
  if (s.items !== undefined) return 'array';
  return undefined;
}

function numberFor(s: Json, integer: boolean): number {
  const min = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + (integer ? 1 : 0.5) : undefined;
  const max = typeof s.maximum === 'number' ? s.maximum : typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum - (integer ? 1 : 0.5) : undefined;
  let n = min ?? 1;
  if (max !== undefined && n > max) n = max;
  return integer ? Math.ceil(n) : n;
}

function stringFor(s: Json): string {
  const formatted = typeof s.format === 'string' ? FORMATTED_STRINGS[s.format] : undefined;
  let text = formatted ?? 'mock';
  if (typeof s.minLength === 'number' && text.length < s.minLength) text = text.padEnd(s.minLength, 'x');
  if (typeof s.maxLength === 'number' && text.length > s.maxLength) text = text.slice(0, s.maxLength);
  return text;
}

function instanceOf(schema: unknown, root: Json, depth: number): Value {
  if (depth > MAX_DEPTH) return null;
  const s = flatten(schema, root, depth);
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  switch (typeOf(s)) {
    case 'object': {
      const properties = isRecord(s.properties) ? s.properties : {};
      const required = Array.isArray(s.required) ? s.required.filter((k): k is string => typeof k === 'string') : [];
      return Object.fromEntries(required.map((key) => [key, instanceOf(properties[key] ?? {}, root, depth + 1)]));
    }
    case 'array': {
      const count = Math.max(typeof s.minItems === 'number' ? s.minItems : 1, 0);
      const limited = typeof s.maxItems === 'number' ? Math.min(count, s.maxItems) : count;
      const items = Array.isArray(s.prefixItems) ? s.prefixItems : undefined;
      return Array.from({ length: items ? Math.max(limited, items.length) : limited }, (_, i) => instanceOf(items?.[i] ?? s.items ?? {}, root, depth + 1));
    }
    case 'string':
      return stringFor(s);
    case 'integer':
      return numberFor(s, true);
    case 'number':
      return numberFor(s, false);
    case 'boolean':
      return true;
    default:
      return null;
  }
}

/** The smallest value the schema accepts (see the file comment for what "smallest" means). */
export function schemaInstance(schema: unknown): Value {
  return instanceOf(schema, isRecord(schema) ? schema : {}, 0);
}

/** A tool's arguments: always an object, as every provider's function calling requires. */
export function argumentsFor(schema: unknown): Json {
  const value = schemaInstance(schema);
  return isRecord(value) ? value : {};
}

/** A value of the wrong type for `s` (a string where a number is asked, and so on). */
function wrongValueFor(s: Json): Value {
  if (Array.isArray(s.enum) || 'const' in s) return 'mock-mismatch-not-allowed';
  switch (typeOf(s)) {
    case 'string':
      return 12345;
    case undefined:
      return undefined;
    default:
      return 'mock mismatch';
  }
}

/**
 * Valid JSON that the schema refuses: an object whose first required (else first) property has
 * the wrong type; failing that, an extra property where none are allowed; failing that, an array
 * where an object is asked. Without a schema, an array (a JSON object was asked for).
 */
export function schemaMismatch(schema: unknown): Value {
  const root = isRecord(schema) ? schema : {};
  const s = flatten(schema, root, 0);
  const type = typeOf(s);
  if (type !== 'object') return type === undefined ? ['mock', 'mismatch'] : wrongValueFor(s);
  const valid = argumentsFor(schema);
  const properties = isRecord(s.properties) ? s.properties : {};
  const required = Array.isArray(s.required) ? s.required.filter((k): k is string => typeof k === 'string') : [];
  for (const key of [...required, ...Object.keys(properties)]) {
    const wrong = wrongValueFor(flatten(properties[key] ?? {}, root, 1));
    if (wrong !== undefined) return { ...valid, [key]: wrong };
  }
  if (s.additionalProperties === false) return { ...valid, mock_mismatch: true };
  return ['mock', 'mismatch'];
}
