/** `npm run start:api`: the HTTP API alone (scale it behind a load balancer). */
import { loadConfigOrExit } from '../shared/config';
import { createRootLogger } from '../shared/logger';
import { onShutdownSignal } from '../shared/lifecycle';
import { prepareDatabase } from '../shared/startup';
import { buildProviderRegistry } from '../worker/provider-setup';
import { createApiRuntime } from './runtime';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createRootLogger({ level: config.LOG_LEVEL });
  const db = await prepareDatabase(config.DATABASE_URL, logger);
  const api = await createApiRuntime(config, db, buildProviderRegistry(config), logger);
  await api.listen(config.PORT, config.HOST);
  logger.info('api listening', { port: config.PORT });
  if (!config.API_KEY) logger.warn('authentication is off: API_KEY is not set, so every endpoint is open');
  onShutdownSignal(logger, async () => {
    await api.close();
    await db.destroy();
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
