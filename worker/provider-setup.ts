/** The provider registry as the gateway runs it: the configured providers plus the offline `local` one. */
import type { Config } from '../shared/config';
import { createLocalProvider } from './providers/local';
import { OfflinePool } from './providers/local/offline-pool';
import { createProviderRegistry, type RegistryOptions } from './providers/registry';
import type { ProviderEntry } from './providers/types';

/** One pool per process, started on first use and closed with the worker (worker/runtime.ts); closing it lets the next use start it again. */
export const offlinePool = new OfflinePool();

export function buildProviderRegistry(config: Config, options: Pick<RegistryOptions, 'adapters'> = {}): Map<string, ProviderEntry> {
  const local = config.LOCAL_PROVIDER
    ? createLocalProvider((task, text, taskOptions, signal) => offlinePool.run({ task, text, options: taskOptions }, signal))
    : undefined;
  return createProviderRegistry(config, {
    ...options,
    local,
    images: { maxBytes: config.IMAGE_MAX_BYTES, timeoutMs: config.IMAGE_FETCH_TIMEOUT_SECONDS * 1000 },
    traceText: config.LOG_TEXT,
  });
}
