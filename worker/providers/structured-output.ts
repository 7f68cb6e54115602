/**
 * `response_format` on the AI SDK: the provider's JSON mode, with the schema when there is one,
 * sent natively by each provider package (OpenAI, Mistral, OpenAI-compatible: `json_schema`;
 * Gemini: `responseJsonSchema`; Claude: `output_config.format` or a forced `json` tool, the SDK's
 * choice per model). Claude has no schema-less JSON mode, so `json_object` is sent to it as the
 * schema "any object". The text is handed back untouched; a strict schema is then checked here.
 */
import type { OutputInterface } from 'ai';
import type { ResponseFormat } from '../../shared/chat-job';
import { compileJsonSchema } from '../../shared/json-schema';
import { ProviderError } from '../../shared/provider-error';

type JsonFormat = { type: 'json'; schema?: Record<string, unknown>; name?: string; description?: string };

const ANY_OBJECT = { type: 'object' };

export function structuredOutput(format: ResponseFormat, schemaLessJson: boolean): OutputInterface<string, string, never> {
  const responseFormat: JsonFormat =
    format.type === 'json_schema'
      ? { type: 'json', schema: format.schema, name: format.name, description: format.description }
      : schemaLessJson
        ? { type: 'json' }
        : { type: 'json', schema: ANY_OBJECT, name: 'json_object' };
  return {
    name: 'structured-text',
    responseFormat: Promise.resolve(responseFormat as never),
    parseCompleteOutput: async ({ text }) => text,
    parsePartialOutput: async ({ text }) => ({ partial: text }),
    createElementStreamTransform: () => undefined,
  };
}

/** Whether the answer must be checked against the schema before anyone sees it. */
export function isStrictFormat(format: ResponseFormat | undefined): format is Extract<ResponseFormat, { type: 'json_schema' }> {
  return format?.type === 'json_schema' && format.strict === true;
}

/**
 * A strict answer that is not JSON, or not an instance of the schema, is the provider's fault
 * (`malformed_response`: counted, retried, failed over): the client asked for a guarantee.
 */
export function validateStructuredAnswer(text: string, format: ResponseFormat | undefined, provider: string): void {
  if (!isStrictFormat(format)) return;
  const fail = (why: string) => new ProviderError({ provider, kind: 'malformed_response', message: `${provider}: the structured answer ${why} (response_format ${format.name}, strict)` });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw fail('is not JSON');
  }
  const compiled = compileJsonSchema(format.schema);
  // The API compiled this schema before queueing it; a failure here would be the gateway's own.
  if (!compiled.ok) throw new Error(`the response_format schema no longer compiles: ${compiled.message}`);
  const problem = compiled.validate(value);
  if (problem !== undefined) throw fail(`does not match the schema: ${problem}`);
}
