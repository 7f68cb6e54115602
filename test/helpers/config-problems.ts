/** The problems parseConfig reports for `env`, one per line; throws if the configuration is accepted. */
import { ConfigError, parseConfig } from '../../shared/config';
import type { ProviderDescriptor } from '../../shared/providers/descriptor';

export function configProblems(env: Record<string, string>, descriptors?: readonly ProviderDescriptor[]): string {
  try {
    parseConfig(env, descriptors);
  } catch (err: unknown) {
    if (err instanceof ConfigError) return err.problems.join('\n');
    throw err;
  }
  throw new Error('expected the configuration to be rejected');
}
