/**
 * JSON Schemas that clients send (tool parameters, response_format json_schema): checked once at
 * the API (a schema that does not compile is the client's 400, not a provider's fault), and used
 * by the worker to check a strict structured answer against it.
 */
import Ajv2020 from 'ajv/dist/2020';

/**
 * Draft 2020-12 (what OpenAI documents), lenient about keywords it does not know (`strict` off)
 * and about formats (not checked: a provider is not at fault for a date written its own way).
 */
const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false, logger: false });

export type SchemaCheck = { ok: true; validate(value: unknown): string | undefined } | { ok: false; message: string };

/** Compiles a client's schema; `$schema` and `$id` are dropped so any draft's marker and any id are taken as they are. */
export function compileJsonSchema(schema: Record<string, unknown>): SchemaCheck {
  const { $schema: _marker, $id: _id, ...rest } = schema;
  try {
    const validate = ajv.compile(rest);
    // Ajv caches every compiled schema object; each request brings a new one, so keep none.
    ajv.removeSchema(rest);
    return {
      ok: true,
      validate(value) {
        if (validate(value)) return undefined;
        const first = validate.errors?.[0];
        return first ? `${first.instancePath === '' ? 'the answer' : first.instancePath} ${first.message ?? 'is invalid'}` : 'the answer does not match the schema';
      },
    };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
