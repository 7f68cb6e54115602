/** Helpers for the API-surface tests: managed keys, seeded history rows, the keys CLI. */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ApiKeyStore, type Scope } from '../../shared/api-key-store';
import type { Db } from '../../shared/db';
import { HistoryStore } from '../../shared/history-store';
import type { TaskOutcome } from '../../shared/task-schemas';
import { DIST } from '../helpers/processes';

export interface TestKey {
  id: string;
  key: string;
}

export async function createKey(db: Db, name: string, scopes: Scope[], rateLimitPerMinute: number | null = null): Promise<TestKey> {
  const { record, key } = await new ApiKeyStore(db).create({ name, scopes, rateLimitPerMinute });
  return { id: record.id, key };
}

export interface SeedRow {
  caller: string;
  status?: 'success' | 'error';
  task?: string;
  provider?: string;
  createdAt: Date;
}

/** Writes a finished task the way a worker does (HistoryStore.saveOutcome). */
export async function seedOutcome(db: Db, row: SeedRow): Promise<string> {
  const status = row.status ?? 'success';
  const iso = row.createdAt.toISOString();
  const outcome: TaskOutcome = {
    task_id: randomUUID(),
    status,
    task: row.task ?? 'summarize',
    provider_requested: 'auto',
    provider_used: status === 'success' ? (row.provider ?? 'local') : null,
    model: status === 'success' ? 'm' : null,
    result: status === 'success' ? 'ok' : null,
    confidence: status === 'success' ? 0.5 : null,
    decision: null,
    latency_ms: 12,
    queue_wait_ms: 3,
    attempts: [{ provider: row.provider ?? 'local', outcome: status, latency_ms: 10 }],
    usage: null,
    error: status === 'error' ? { code: 'all_providers_failed', message: 'every provider failed' } : null,
    caller: row.caller,
    idempotency_key: null,
    created_at: iso,
    started_at: iso,
    finished_at: iso,
  };
  await new HistoryStore(db).saveOutcome(outcome);
  return outcome.task_id;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `npm run keys` CLI (dist/scripts/keys.js) against a database. */
export async function keysCli(databaseUrl: string, args: string[]): Promise<CliResult> {
  const child = spawn(process.execPath, [join(DIST, 'scripts', 'keys.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  return { code, stdout, stderr };
}
