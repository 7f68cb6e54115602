/**
 * `--conversion`: how long the migration that partitions an existing history takes. The table is
 * filled as it was before partitioning (the first three migrations), then `npm run migrate`'s own
 * code runs the rest. The migration holds an exclusive lock on the history while it copies, so
 * this is how long workers' writes wait.
 */
import type { Client } from 'pg';
import { migrationSource } from '../../migrations';
import { migrateLatest, type Db } from '../../shared/db';
import { generateHistory, type GenerateResult } from './generate';

export interface ConversionResult {
  generation: GenerateResult;
  migrateSeconds: number;
  applied: string[];
  rowsAfter: number;
}

export async function measureConversion(db: Db, clients: Client[], rows: number, days: number, progress: (line: string) => void): Promise<ConversionResult> {
  for (let i = 0; i < 3; i += 1) await db.migrate.up({ migrationSource });
  const generation = await generateHistory(clients, rows, days, new Date(), progress);
  progress('running the remaining migrations');
  const started = Date.now();
  const applied = await migrateLatest(db);
  const migrateSeconds = (Date.now() - started) / 1000;
  const counted = await (clients[0] as Client).query('SELECT count(*)::int AS n FROM ai_requests');
  return { generation, migrateSeconds, applied, rowsAfter: (counted.rows[0] as { n: number }).n };
}
