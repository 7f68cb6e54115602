/** The provider registry as the gateway runs it: the configured providers plus the offline `local` one. */
import type { Config } from '../shared/config';
import { createLocalProvider } from './providers/local';
import { createProviderRegistry } from './providers/registry';
import type { ProviderEntry } from './providers/types';
import { getTask } from './tasks/registry';

export function buildProviderRegistry(config: Config): Map<string, ProviderEntry> {
  const local = config.LOCAL_PROVIDER
    ? createLocalProvider((task, text, options) => getTask(task)?.offline?.(text, options))
    : undefined;
  return createProviderRegistry(config, { local });
}
