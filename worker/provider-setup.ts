/** The provider registry as the gateway runs it: the configured providers plus the offline `local` one. */
import type { Config } from '../shared/config';
import { createLocalProvider } from './providers/local';
import { createProviderRegistry, type RegistryOptions } from './providers/registry';
import type { ProviderEntry } from './providers/types';
import { getTask } from './tasks/registry';

export function buildProviderRegistry(config: Config, options: Pick<RegistryOptions, 'adapters'> = {}): Map<string, ProviderEntry> {
  const local = config.LOCAL_PROVIDER
    ? createLocalProvider((task, text, options) => getTask(task)?.offline?.(text, options))
    : undefined;
  return createProviderRegistry(config, { ...options, local, images: { maxBytes: config.IMAGE_MAX_BYTES, timeoutMs: config.IMAGE_FETCH_TIMEOUT_SECONDS * 1000 } });
}
