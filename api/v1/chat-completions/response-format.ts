/** `response_format` as the chat job's: text (nothing), any JSON object, or an instance of a schema. */
import { z } from 'zod';
import type { ResponseFormat } from '../../../shared/chat-job';
import { compileJsonSchema } from '../../../shared/json-schema';
import { invalidRequest } from '../errors';

const NAME = /^[a-zA-Z0-9_-]{1,64}$/;

const formatSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }),
  z.object({ type: z.literal('json_object') }),
  z.object({
    type: z.literal('json_schema'),
    json_schema: z.object({
      name: z.string(),
      description: z.string().nullish(),
      schema: z.record(z.string(), z.unknown()).nullish(),
      strict: z.boolean().nullish(),
    }),
  }),
]);

export function responseFormatOf(raw: unknown): ResponseFormat | undefined {
  if (raw === undefined || raw === null) return undefined;
  const parsed = formatSchema.safeParse(raw);
  if (!parsed.success) {
    throw invalidRequest('response_format', 'response_format must be {"type": "text"}, {"type": "json_object"} or {"type": "json_schema", "json_schema": {name, schema, strict?}}', 'invalid_response_format');
  }
  const format = parsed.data;
  return requestedFormat(format.type === 'json_schema' ? { type: 'json_schema', ...format.json_schema } : format, 'response_format.json_schema');
}

interface JsonSchemaSpec {
  name: string;
  description?: string | null;
  schema?: Record<string, unknown> | null;
  strict?: boolean | null;
}

/**
 * A requested format as the job's (`text`: none). `param` is where the request holds a json_schema's
 * name and schema (`response_format.json_schema` here, `text.format` on /v1/responses).
 */
export function requestedFormat(format: { type: 'text' } | { type: 'json_object' } | ({ type: 'json_schema' } & JsonSchemaSpec), param: string): ResponseFormat | undefined {
  if (format.type === 'text') return undefined;
  if (format.type === 'json_object') return { type: 'json_object' };
  return jsonSchemaFormat(format, param);
}

/** A named JSON Schema the answer must follow. */
function jsonSchemaFormat(format: JsonSchemaSpec, param: string): ResponseFormat {
  const { name, description, schema, strict } = format;
  if (!NAME.test(name)) throw invalidRequest(`${param}.name`, 'the schema name is 1 to 64 letters, digits, _ or -', 'invalid_response_format');
  if (!schema) throw invalidRequest(`${param}.schema`, 'json_schema needs a schema', 'invalid_response_format');
  const compiled = compileJsonSchema(schema);
  if (!compiled.ok) throw invalidRequest(`${param}.schema`, `not a valid JSON Schema: ${compiled.message}`, 'invalid_schema');
  return { type: 'json_schema', name, description: description ?? undefined, schema, strict: strict ?? undefined };
}
