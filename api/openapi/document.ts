/** Generates the OpenAPI 3.1 document from the route table and its zod schemas (JSON Schema 2020-12). */
import { z } from 'zod';
import { ERROR_CATALOG, statusFor, type ErrorCode } from '../../shared/errors/catalog';
import { errorBodySchema } from './schemas';
import type { ResponseSpec, RouteSpec } from './routes';

type JsonSchema = Record<string, unknown>;
export type OpenApiDocument = Record<string, unknown> & { paths: Record<string, Record<string, JsonSchema>> };

const API_VERSION = '1.0.0';

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const HEADERS: Record<string, JsonSchema> = {
  'X-Request-Id': { description: 'Your X-Request-Id when it is a sane token, otherwise a generated one.', schema: { type: 'string' } },
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } },
  Location: { description: 'The status URL of the task.', schema: { type: 'string' } },
  'X-Queue-Lane': { description: 'The lane the task went to: `interactive` or `batch` (a batch-only key is always `batch`).', schema: { type: 'string', enum: ['interactive', 'batch'] } },
  'WWW-Authenticate': { description: 'The Bearer challenge.', schema: { type: 'string' } },
  Allow: { description: 'The methods this path accepts.', schema: { type: 'string' } },
  'RateLimit-Limit': { description: 'Requests allowed per window.', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'Requests left in this window.', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the window resets.', schema: { type: 'integer' } },
  'RateLimit-Policy': { description: 'The limit and window, e.g. `30;w=60`.', schema: { type: 'string' } },
};
const RATE_HEADERS = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'RateLimit-Policy'];

const headerRefs = (names: string[]) => Object.fromEntries(names.map((n) => [n, { $ref: `#/components/headers/${n}` }]));

/** The codes a route can answer with: its own, plus those its access rule and rate limit imply. */
function errorCodes(route: RouteSpec): [ErrorCode, number][] {
  const implied: ErrorCode[] = ['internal_error'];
  if (route.access !== 'open') implied.push('missing_api_key', 'invalid_api_key', 'auth_unavailable');
  if (route.access !== 'open' && route.access !== 'key') implied.push('insufficient_scope');
  // Redis down fails closed; POST /ai/task says so with its usual queue_unavailable.
  if (route.rateLimit) implied.push('rate_limited', route.rateLimit === 'tasks' ? 'queue_unavailable' : 'rate_limit_unavailable');
  const all = [...route.errors, ...implied].map((e): [ErrorCode, number] => (Array.isArray(e) ? [e[0], statusFor(e[0], 'gateway', e[1])] : [e, statusFor(e)]));
  return [...new Map(all.map((e) => [e[0], e])).values()];
}

function errorResponses(route: RouteSpec): Record<string, JsonSchema> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const [code, status] of errorCodes(route)) byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  const out: Record<string, JsonSchema> = {};
  for (const [status, codes] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    const headers = ['X-Request-Id'];
    if (status === 429 || status === 503) headers.push('Retry-After');
    if (status === 429) headers.push(...RATE_HEADERS);
    if (status === 401) headers.push('WWW-Authenticate');
    out[String(status)] = {
      description: codes.map((c) => `\`${c}\`: ${ERROR_CATALOG[c].message}`).join('; '),
      headers: headerRefs(headers),
      content: {
        'application/json': {
          schema: {
            allOf: [{ $ref: '#/components/schemas/Error' }, { properties: { error: { properties: { code: { enum: codes } } } } }],
          },
        },
      },
    };
  }
  return out;
}

function parameters(route: RouteSpec): JsonSchema[] {
  const sources = [
    ['path', route.params],
    ['query', route.query],
    ['header', route.headers],
  ] as const;
  const out: JsonSchema[] = [];
  for (const [location, schema] of sources) {
    if (!schema) continue;
    const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      const { description, ...propertySchema } = property;
      out.push({
        name,
        in: location,
        required: location === 'path' || (object.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: propertySchema,
      });
    }
  }
  return out;
}

function successResponse(route: RouteSpec, spec: ResponseSpec, schemas: Record<string, JsonSchema>): JsonSchema {
  const headers = ['X-Request-Id', ...(spec.headers ?? []), ...(route.rateLimit ? RATE_HEADERS : [])];
  const out: JsonSchema = { description: spec.description, headers: headerRefs(headers) };
  const contentType = spec.contentType ?? 'application/json';
  if (!spec.schema) return { ...out, content: { [contentType]: {} } };
  if (spec.name) schemas[spec.name] = jsonSchema(spec.schema, 'output');
  const schema = spec.name ? { $ref: `#/components/schemas/${spec.name}` } : jsonSchema(spec.schema, 'output');
  return { ...out, content: { [contentType]: { schema } } };
}

function operation(route: RouteSpec, schemas: Record<string, JsonSchema>): JsonSchema {
  const scope = route.access === 'open' || route.access === 'key' ? [] : [route.access];
  const accessNote =
    route.access === 'open' ? 'No key needed.' : route.access === 'key' ? 'Any valid key.' : `Needs a key with the \`${route.access}\` scope (or \`admin\`).`;
  const limitNote = route.rateLimit ? ` Rate limited per key (per client IP while authentication is off).` : '';
  const op: JsonSchema = {
    operationId: route.operationId,
    summary: route.summary,
    description: [route.description, `${accessNote}${limitNote}`].filter(Boolean).join('\n\n'),
    tags: [route.tag],
    security: route.access === 'open' ? [] : [{ ApiKeyHeader: scope }, { BearerAuth: scope }],
    responses: {
      ...Object.fromEntries(Object.entries(route.responses).map(([status, spec]) => [status, successResponse(route, spec, schemas)])),
      ...errorResponses(route),
    },
  };
  const params = parameters(route);
  if (params.length) op.parameters = params;
  if (route.body) {
    schemas[route.body.name] = jsonSchema(route.body.schema, 'input');
    op.requestBody = { required: route.body.required, content: { 'application/json': { schema: { $ref: `#/components/schemas/${route.body.name}` } } } };
  }
  return op;
}

export function buildOpenApiDocument(routes: RouteSpec[]): OpenApiDocument {
  const schemas: Record<string, JsonSchema> = { Error: jsonSchema(errorBodySchema, 'output') };
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method] = operation(route, schemas);
  return {
    openapi: '3.1.0',
    info: {
      title: 'AI gateway',
      version: API_VERSION,
      description:
        'A resilient multi-provider AI gateway. Send your key in `X-API-Key` or as `Authorization: Bearer <key>`; with no API_KEY and no managed keys, authentication is off. Every error has the shape `{"error": {"code", "message", "details"?, "request_id"}}`. A known path called with another method answers 405 `method_not_allowed`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [
      { name: 'tasks', description: 'Submit tasks and read their results.' },
      { name: 'history', description: 'The request history in Postgres.' },
      { name: 'providers', description: 'The LLM providers behind the gateway.' },
      { name: 'operations', description: 'Health, readiness and this reference.' },
    ],
    paths,
    components: {
      schemas,
      headers: HEADERS,
      securitySchemes: {
        ApiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'API_KEY or a managed key (`npm run keys -- create`).' },
        BearerAuth: { type: 'http', scheme: 'bearer', description: 'The same key as a Bearer token.' },
      },
    },
  };
}
