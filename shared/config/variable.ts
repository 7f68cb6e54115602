/**
 * A configuration variable is its zod schema plus what a reader of docs/configuration.md needs:
 * a description, an example, and its default as it would be written in the environment. The
 * default goes through the schema like any value (zod's `prefault`), so the documented default is
 * exactly what the gateway runs with.
 */
import type { z } from 'zod';

export interface VariableDoc {
  description: string;
  example: string;
  /** As written in the environment; absent when unset means "none". */
  default?: string;
}

export interface Variable<S extends z.ZodType = z.ZodType> {
  schema: S;
  doc: VariableDoc;
}

/** A variable with a default. */
export function setting<S extends z.ZodType>(schema: S, doc: VariableDoc & { default: string }): Variable<z.ZodPrefault<S>>;
/** A variable that may stay unset: `schema` must accept `undefined` itself. */
export function setting<S extends z.ZodType>(schema: S, doc: Omit<VariableDoc, 'default'>): Variable<S>;
export function setting(schema: z.ZodType, doc: VariableDoc): Variable {
  return { schema: doc.default === undefined ? schema : schema.prefault(doc.default), doc };
}

export interface ConfigGroup<S extends Record<string, z.ZodType> = Record<string, z.ZodType>> {
  /** One word, used as the section of docs/configuration.md. */
  name: string;
  title: string;
  shape: S;
  docs: Readonly<Record<string, VariableDoc>>;
}

type ShapeOf<V extends Record<string, Variable>> = { [K in keyof V]: V[K]['schema'] };

/** A group of variables for one concern; shared/config/groups.ts lists the groups in order. */
export function defineGroup<V extends Record<string, Variable>>(name: string, title: string, variables: V): ConfigGroup<ShapeOf<V>> {
  const shape = {} as Record<string, z.ZodType>;
  const docs: Record<string, VariableDoc> = {};
  for (const [key, variable] of Object.entries(variables)) {
    shape[key] = variable.schema;
    docs[key] = variable.doc;
  }
  return { name, title, shape: shape as ShapeOf<V>, docs };
}
