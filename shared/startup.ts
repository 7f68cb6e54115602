/** What every entry point does first: make sure the database exists, is migrated, and has this month's history partitions. */
import { createDb, ensureDatabase, migrateLatest, type Db } from './db';
import { preparePartitions } from './history-maintenance';
import type { Logger } from './logger';

export async function prepareDatabase(databaseUrl: string, logger: Logger, poolMax?: number): Promise<Db> {
  await ensureDatabase(databaseUrl);
  const db = createDb(databaseUrl, poolMax);
  const applied = await migrateLatest(db);
  if (applied.length) logger.info('applied migrations', { migrations: applied });
  await preparePartitions(databaseUrl, logger);
  return db;
}
