/** `npm start`: the API and a worker in one process, for one machine. */
import { createApiRuntime } from './api/runtime';
import { loadConfigOrExit } from './shared/config';
import { onShutdownSignal } from './shared/lifecycle';
import { createRootLogger, loggerOptions } from './shared/logger';
import { prepareDatabase } from './shared/startup';
import { buildProviderRegistry } from './worker/provider-setup';
import { createWorkerRuntime } from './worker/runtime';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createRootLogger(loggerOptions(config));
  const db = await prepareDatabase(config.DATABASE_URL, logger);
  const registry = buildProviderRegistry(config);
  const worker = createWorkerRuntime(config, db, registry, logger);
  const api = await createApiRuntime(config, db, logger);
  // Registered before listening, so a signal during start-up still shuts down cleanly.
  onShutdownSignal(logger, async () => {
    await api.close();
    await worker.shutdown(config.SHUTDOWN_TIMEOUT_MS);
    await db.destroy();
  });
  await api.listen(config.PORT, config.HOST);
  const configured = [...registry.values()].filter((e) => e.info.configured).map((e) => e.info.name);
  logger.info('gateway listening', { port: config.PORT, providers: configured });
  if (!api.authEnabled) logger.warn('authentication is off: no API_KEY and no managed keys, so every endpoint is open');
}

main().catch((err: unknown) => {
  process.stderr.write(`start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
