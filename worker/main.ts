/** `npm run start:worker`: one worker process (run as many as the load needs). */
import { loadConfigOrExit } from '../shared/config';
import { createRootLogger } from '../shared/logger';
import { onShutdownSignal } from '../shared/lifecycle';
import { prepareDatabase } from '../shared/startup';
import { buildProviderRegistry } from './provider-setup';
import { createWorkerRuntime } from './runtime';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createRootLogger({ level: config.LOG_LEVEL });
  const db = await prepareDatabase(config.DATABASE_URL, logger);
  const worker = createWorkerRuntime(config, db, buildProviderRegistry(config), logger);
  logger.info('worker started', { queue: config.QUEUE_NAME, concurrency: config.WORKER_CONCURRENCY });
  onShutdownSignal(logger, async () => {
    await worker.shutdown(config.SHUTDOWN_TIMEOUT_MS);
    await db.destroy();
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
