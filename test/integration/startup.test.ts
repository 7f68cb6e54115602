/** Start-up: config errors stop the process with one message; a fresh database is created and migrated. */
import { Client } from 'pg';
import { freshDatabase, testRedisUrl, uniqueName } from '../helpers/env';
import { runNode, waitForOutput } from '../helpers/processes';

describe('start-up', () => {
  it('exits 1 naming every bad variable in one message', async () => {
    const proc = runNode('main.js', { PORT: 'eighty', REDIS_URL: 'http://nope', MAX_RETRIES: '-1', PROVIDER_ORDER: 'openai,skynet' });
    const { code } = await proc.exited;
    expect(code).toBe(1);
    const out = proc.output();
    expect(out).toMatch(/^Invalid configuration:/);
    for (const name of ['PORT', 'REDIS_URL', 'MAX_RETRIES', 'PROVIDER_ORDER']) expect(out).toContain(`- ${name}:`);
  });

  it('npm run migrate creates a missing database and the ai_requests table', async () => {
    const database = freshDatabase();
    try {
      const proc = runNode('scripts/migrate.js', { DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), QUEUE_NAME: uniqueName('q') });
      const { code } = await proc.exited;
      expect(code).toBe(0);
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        const cols = await client.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'ai_requests'`);
        const names = cols.rows.map((r: { column_name: string }) => r.column_name);
        expect(names).toEqual(
          expect.arrayContaining(['task_id', 'created_at', 'started_at', 'finished_at', 'task', 'provider_requested', 'provider_used', 'model', 'status', 'result', 'confidence', 'decision', 'latency_ms', 'queue_wait_ms', 'attempts', 'input_tokens', 'output_tokens', 'caller', 'error_message', 'idempotency_key']),
        );
      } finally {
        await client.end();
      }
      // Running it again is a no-op.
      const again = runNode('scripts/migrate.js', { DATABASE_URL: database.url });
      expect((await again.exited).code).toBe(0);
    } finally {
      await database.drop();
    }
  });

  it('warns in one line that authentication is off when API_KEY is unset', async () => {
    const database = freshDatabase();
    const proc = runNode('main.js', { PORT: '0', REDIS_URL: testRedisUrl(), DATABASE_URL: database.url, QUEUE_NAME: uniqueName('q') });
    try {
      await waitForOutput(proc, /gateway listening/);
      // The warning follows the listening line; waiting for it too removes a race.
      await waitForOutput(proc, /authentication is off/);
      const warnings = proc.output().split('\n').filter((l) => l.includes('authentication is off'));
      expect(warnings).toHaveLength(1);
      expect(JSON.parse(warnings[0] as string)).toMatchObject({ level: 'warn' });
    } finally {
      proc.child.kill('SIGTERM');
      await proc.exited;
      await database.drop();
    }
  });
});
