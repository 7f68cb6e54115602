/** `npm run migrate`: create the database when missing and apply pending migrations. */
import { loadConfigOrExit } from '../shared/config';
import { createRootLogger, loggerOptions } from '../shared/logger';
import { prepareDatabase } from '../shared/startup';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createRootLogger(loggerOptions(config));
  const db = await prepareDatabase(config.DATABASE_URL, logger);
  logger.info('database is up to date');
  await db.destroy();
}

main().catch((err: unknown) => {
  process.stderr.write(`migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
