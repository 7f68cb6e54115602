/** A strict structured answer is checked against its schema; a bad one is the provider's fault. */
import { compileJsonSchema } from '../../../shared/json-schema';
import { validateStructuredAnswer } from '../../../worker/providers/structured-output';

const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { n: { type: 'integer' } }, required: ['n'], additionalProperties: false };
const strict = { type: 'json_schema' as const, name: 'x', schema, strict: true };

describe('validateStructuredAnswer', () => {
  it('passes an instance of the schema', () => {
    expect(() => validateStructuredAnswer('{"n": 3}', strict, 'openai')).not.toThrow();
  });

  it.each([
    ['not JSON', '{"n": ', /is not JSON/],
    ['a missing property', '{}', /does not match the schema: the answer must have required property 'n'/],
    ['a wrong type', '{"n": "3"}', /\/n must be integer/],
    ['an extra property', '{"n": 1, "m": 2}', /must NOT have additional properties/],
  ])('refuses %s as a malformed_response (retried, failed over)', (_name, text, message) => {
    let error: unknown;
    try {
      validateStructuredAnswer(text, strict, 'openai');
    } catch (err) {
      error = err;
    }
    expect(error).toMatchObject({ kind: 'malformed_response', retryable: true, countsAsProviderFault: true, message: expect.stringMatching(message) });
  });

  it('leaves non-strict schemas and json_object alone', () => {
    expect(() => validateStructuredAnswer('nope', { ...strict, strict: false }, 'openai')).not.toThrow();
    expect(() => validateStructuredAnswer('nope', { type: 'json_object' }, 'openai')).not.toThrow();
    expect(() => validateStructuredAnswer('nope', undefined, 'openai')).not.toThrow();
  });
});

describe('compileJsonSchema', () => {
  it('refuses what is not a schema, and keeps no compiled schema around', () => {
    expect(compileJsonSchema({ type: 'nonsense' })).toMatchObject({ ok: false });
    expect(compileJsonSchema({ $id: 'same', type: 'object' }).ok).toBe(true);
    // The same $id twice would clash if the first were still cached.
    expect(compileJsonSchema({ $id: 'same', type: 'object' }).ok).toBe(true);
  });
});
