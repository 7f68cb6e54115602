/** `npm start`: the API and a worker in one process, for one machine. */
import { createApiRuntime } from './api/runtime';
import { loadConfigOrExit } from './shared/config';
import { onShutdownSignal } from './shared/lifecycle';
import { createRootLogger } from './shared/logger';
import { prepareDatabase } from './shared/startup';
import { buildProviderRegistry } from './worker/provider-setup';
import { createWorkerRuntime } from './worker/runtime';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createRootLogger({ level: config.LOG_LEVEL });
  const db = await prepareDatabase(config.DATABASE_URL, logger);
  const registry = buildProviderRegistry(config);
  const worker = createWorkerRuntime(config, db, registry, logger);
  const api = await createApiRuntime(config, db, registry, logger);
  await api.listen(config.PORT, config.HOST);
  const configured = [...registry.values()].filter((e) => e.info.configured).map((e) => e.info.name);
  logger.info('gateway listening', { port: config.PORT, providers: configured });
  if (!config.API_KEY) logger.warn('authentication is off: API_KEY is not set, so every endpoint is open');
  onShutdownSignal(logger, async () => {
    await api.close();
    await worker.shutdown(config.SHUTDOWN_TIMEOUT_MS);
    await db.destroy();
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
