/**
 * The mock's JSON-schema instances, checked by an independent validator (zod's JSON Schema
 * reader): the instance is accepted, the mismatch refused, for the shapes schemas come in.
 */
import { z } from 'zod';
import { argumentsFor, schemaInstance, schemaMismatch } from '../../tools/mock-provider/schema-instance';

type Json = Record<string, unknown>;

const SCHEMAS: [string, Json][] = [
  ['flat object with formats and bounds', {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 6 },
      code: { type: 'string', maxLength: 2 },
      email: { type: 'string', format: 'email' },
      at: { type: 'string', format: 'date-time' },
      id: { type: 'string', format: 'uuid' },
      count: { type: 'integer', minimum: 3 },
      ratio: { type: 'number', exclusiveMinimum: 0, maximum: 0.75 },
      small: { type: 'integer', maximum: -2 },
      flag: { type: 'boolean' },
      skipped: { type: 'string' },
    },
    required: ['name', 'code', 'email', 'at', 'id', 'count', 'ratio', 'small', 'flag'],
    additionalProperties: false,
  }],
  ['nested objects, arrays, refs and nullables', {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/$defs/item' }, minItems: 2 },
      none: { type: 'array', items: { type: 'string' }, maxItems: 0 },
      owner: { anyOf: [{ type: 'null' }, { $ref: '#/$defs/owner' }] },
      kind: { enum: ['a', 'b'] },
      fixed: { const: 42 },
    },
    required: ['items', 'none', 'owner', 'kind', 'fixed'],
    $defs: {
      item: { type: 'object', properties: { sku: { type: ['string', 'null'] }, qty: { type: 'integer', minimum: 1 } }, required: ['sku', 'qty'] },
      owner: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
    },
  }],
  ['allOf and oneOf', {
    allOf: [
      { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
      { type: 'object', properties: { b: { oneOf: [{ type: 'number' }, { type: 'string' }] } }, required: ['b'] },
    ],
  }],
  ['an array at the root', { type: 'array', items: { type: 'object', properties: { x: { type: 'number' } }, required: ['x'] } }],
  ['a string at the root', { type: 'string' }],
];

describe('mock provider JSON-schema instances', () => {
  it.each(SCHEMAS)('%s: the instance validates, the mismatch does not', (_name, schema) => {
    const validator = z.fromJSONSchema(schema);
    const instance = schemaInstance(schema);
    expect(validator.safeParse(instance)).toMatchObject({ success: true });
    expect(validator.safeParse(schemaMismatch(schema))).toMatchObject({ success: false });
  });

  it('is deterministic and minimal: required properties only, enums’ first value, one item per array', () => {
    const schema = SCHEMAS[1]?.[1];
    expect(schemaInstance(schema)).toEqual({ items: [{ sku: 'mock', qty: 1 }, { sku: 'mock', qty: 1 }], none: [], owner: { name: 'mock' }, kind: 'a', fixed: 42 });
    expect(schemaInstance(schema)).toEqual(schemaInstance(schema));
  });

  it('reads Gemini’s OpenAPI subset (upper-case types) and draft-07 definitions, and survives a recursive schema', () => {
    expect(schemaInstance({ $ref: '#/definitions/a', definitions: { a: { type: 'object', properties: { b: { type: 'boolean' } }, required: ['b'] } } })).toEqual({ b: true });
    expect(schemaInstance({ type: 'OBJECT', properties: { n: { type: 'NUMBER' }, tags: { type: 'ARRAY', items: { type: 'STRING' } } }, required: ['n', 'tags'] })).toEqual({ n: 1, tags: ['mock'] });
    const tree = { $ref: '#/$defs/node', $defs: { node: { type: 'object', properties: { child: { $ref: '#/$defs/node' } }, required: ['child'] } } };
    expect(() => JSON.stringify(schemaInstance(tree))).not.toThrow();
  });

  it('gives tool arguments as an object whatever the schema', () => {
    expect(argumentsFor(undefined)).toEqual({});
    expect(argumentsFor({ type: 'string' })).toEqual({});
    expect(argumentsFor({ type: 'object', properties: { q: { type: 'string' } }, required: ['q'] })).toEqual({ q: 'mock' });
  });
});
