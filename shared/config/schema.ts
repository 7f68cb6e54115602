/**
 * The one schema, composed from the groups and the provider rows: the fixed variables are typed,
 * the rows' variables are added per descriptor list (so a test can add a provider by adding a row).
 */
import { z } from 'zod';
import type { ProviderDescriptor } from '../providers/descriptor';
import { LOCAL_PROVIDER, PROVIDER_DESCRIPTORS } from '../providers/descriptors';
import { checkClusterPrefix, checkPatternProviders, checkProviderNames, checkRouteProviders } from './checks';
import { fixedShape, type FixedShape } from './groups';
import { providerEnvGroup } from './provider-env';
import { PROVIDER_NAME } from './values';

/** A table that contradicts itself is a programming error: it stops start-up (and the tests) at once. */
export function checkDescriptors(descriptors: readonly ProviderDescriptor[], fixedNames: readonly string[]): void {
  const names = new Set<string>();
  const variables = new Set(fixedNames);
  for (const d of descriptors) {
    const problems: string[] = [];
    if (!PROVIDER_NAME.test(d.name) || d.name === LOCAL_PROVIDER) problems.push('its name must be lower-case letters, digits, - or _, and not "local"');
    if (names.has(d.name)) problems.push('another row has its name');
    if (d.baseConfidence < 0 || d.baseConfidence > 1) problems.push('baseConfidence must be within 0 and 1');
    const usesNvidia = d.credentialRule.kind !== 'own-only';
    if (usesNvidia !== (d.env.nvidiaModel !== undefined && d.defaultNvidiaModel !== undefined)) {
      problems.push('env.nvidiaModel and defaultNvidiaModel are needed exactly when the credential rule can go through NVIDIA');
    }
    for (const variable of Object.values(d.env).filter((v): v is string => typeof v === 'string')) {
      if (variables.has(variable)) problems.push(`${variable} is already a variable`);
      variables.add(variable);
    }
    if (problems.length > 0) throw new Error(`provider row "${d.name}": ${problems.join('; ')}`);
    names.add(d.name);
  }
}

function buildSchema(descriptors: readonly ProviderDescriptor[]) {
  const fixed = fixedShape(descriptors);
  checkDescriptors(descriptors, Object.keys(fixed));
  const rows: Record<string, z.ZodType> = {};
  for (const d of descriptors) Object.assign(rows, providerEnvGroup(d).shape);
  const names = descriptors.map((d) => d.name);
  // The rows' variables are parsed and kept, but typed through `providers` (see shared/config.ts).
  return z.object({ ...fixed, ...(rows as Record<never, never>) }).superRefine(
    (env, ctx) => {
      checkProviderNames(env, [...names, LOCAL_PROVIDER], ctx);
      checkRouteProviders(env, names, ctx);
      checkClusterPrefix(env, ctx);
      checkPatternProviders(env, names, ctx);
    },
    // Also when other variables are bad, so one message names them all.
    { when: () => true },
  );
}

export type ConfigSchema = ReturnType<typeof buildSchema>;
export type FixedConfig = z.infer<z.ZodObject<FixedShape>>;

const schemas = new WeakMap<readonly ProviderDescriptor[], ConfigSchema>();

/** Built once per descriptor list (the built-in table, or a test's extended one). */
export function configSchema(descriptors: readonly ProviderDescriptor[] = PROVIDER_DESCRIPTORS): ConfigSchema {
  let schema = schemas.get(descriptors);
  if (!schema) {
    schema = buildSchema(descriptors);
    schemas.set(descriptors, schema);
  }
  return schema;
}
