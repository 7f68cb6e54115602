/** `npm run start:api`: the HTTP API alone (scale it behind a load balancer). */
import { loadConfigOrExit } from '../shared/config';
import { createRootLogger, loggerOptions } from '../shared/logger';
import { onShutdownSignal } from '../shared/lifecycle';
import { prepareDatabase } from '../shared/startup';
import { createApiRuntime } from './runtime';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createRootLogger(loggerOptions(config));
  const db = await prepareDatabase(config.DATABASE_URL, logger);
  const api = await createApiRuntime(config, db, logger);
  await api.listen(config.PORT, config.HOST);
  logger.info('api listening', { port: config.PORT });
  if (!api.authEnabled) logger.warn('authentication is off: no API_KEY and no managed keys, so every endpoint is open');
  onShutdownSignal(logger, async () => {
    await api.close();
    await db.destroy();
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
