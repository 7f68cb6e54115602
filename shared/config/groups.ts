/**
 * The configuration's groups, in the order docs/configuration.md shows them. Adding a concern
 * (spend control, say) is one more file like shared/config/limits.ts and one more line here.
 */
import type { z } from 'zod';
import type { ProviderDescriptor } from '../providers/descriptor';
import { durabilityGroup } from './durability';
import { fairGroup } from './fair';
import { limitsGroup } from './limits';
import { loggingGroup } from './logging';
import { postgresGroup } from './postgres';
import { providerEnvGroup } from './provider-env';
import { providersGroup } from './providers';
import { queueGroup } from './queue';
import { redisGroup } from './redis';
import { resilienceGroup } from './resilience';
import { serverGroup } from './server';
import { tracingGroup } from './tracing';
import { spendGroup } from './spend';
import type { ConfigGroup } from './variable';

/** The groups whose variables are fixed; together they make up the typed part of `Config`. */
function fixedGroups(descriptors: readonly ProviderDescriptor[]) {
  return [serverGroup, redisGroup, queueGroup, fairGroup, durabilityGroup, postgresGroup, providersGroup(descriptors), resilienceGroup, limitsGroup, spendGroup, loggingGroup, tracingGroup] as const;
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
export type FixedShape = UnionToIntersection<ReturnType<typeof fixedGroups>[number]['shape']>;

export function fixedShape(descriptors: readonly ProviderDescriptor[]): FixedShape {
  const shape: Record<string, z.ZodType> = {};
  for (const group of fixedGroups(descriptors)) Object.assign(shape, group.shape);
  return shape as FixedShape;
}

/** Every group, each row's own variables right after the general provider settings. */
export function configGroups(descriptors: readonly ProviderDescriptor[]): ConfigGroup[] {
  return fixedGroups(descriptors).flatMap((group): ConfigGroup[] => (group.name === 'providers' ? [group, ...descriptors.map(providerEnvGroup)] : [group]));
}
