/**
 * `npm run keys -- <command>`: manage API keys in Postgres.
 *   create --name team-a --scopes tasks,history [--rate-limit 120] [--weight 3] [--max-queued 5000]
 *          [--max-in-flight 10] [--batch-only] [--json]
 *   list [--json]
 *   revoke <id|name> [--json]
 *   update <id|name> [--budget-usd <USD|none>] [--budget-period day|month|total] [--tpm <n|none>] [--json]
 * create also takes --budget-usd, --budget-period and --tpm (scripts/keys-spend.ts).
 * The key is printed once, by `create`; only its SHA-256 is stored.
 */
import { parseArgs } from 'node:util';
import { ApiKeyStore, keyNameSchema, MAX_WEIGHT, MIN_WEIGHT, SCOPES, type ApiKeyRecord, type Scope } from '../shared/api-key-store';
import { loadConfigOrExit } from '../shared/config';
import { createRootLogger } from '../shared/logger';
import { prepareDatabase } from '../shared/startup';
import { describeBudget, parseSpendOptions, SPEND_OPTIONS, SPEND_USAGE, SpendUsageError } from './keys-spend';

const USAGE = `usage: npm run keys -- <command>
  create --name <name> --scopes <${SCOPES.join(',')}> [--rate-limit <per minute>]
         [--weight <share, ${MIN_WEIGHT} to ${MAX_WEIGHT}>] [--max-queued <tasks>] [--max-in-flight <tasks>] [--batch-only]
         ${SPEND_USAGE} [--json]
  list [--json]
  revoke <id|name> [--json]
  update <id|name> ${SPEND_USAGE} [--json]`;

class UsageError extends Error {}

function view(record: ApiKeyRecord) {
  return {
    id: record.id,
    name: record.name,
    key_prefix: record.key_prefix,
    scopes: record.scopes,
    rate_limit_per_minute: record.rate_limit_per_minute,
    weight: record.weight,
    max_queued: record.max_queued,
    max_in_flight: record.max_in_flight,
    batch_only: record.batch_only,
    budget_usd: record.budget_usd,
    budget_period: record.budget_period,
    tokens_per_minute: record.tokens_per_minute,
    created_at: record.created_at.toISOString(),
    last_used_at: record.last_used_at?.toISOString() ?? null,
    revoked_at: record.revoked_at?.toISOString() ?? null,
  };
}

function table(records: ApiKeyRecord[]): string {
  const rows = records.map((r) => [
    r.id,
    r.name,
    `${r.key_prefix}…`,
    r.scopes.join(','),
    r.rate_limit_per_minute === null ? 'default' : `${r.rate_limit_per_minute}/min`,
    queueCell(r),
    describeBudget(r.budget_usd, r.budget_period),
    r.created_at.toISOString(),
    r.last_used_at?.toISOString() ?? 'never',
    r.revoked_at ? `revoked ${r.revoked_at.toISOString()}` : 'active',
  ]);
  const header = ['id', 'name', 'key', 'scopes', 'rate limit', 'queue', 'budget', 'created', 'last used', 'status'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [header, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n');
}

/** weight, limits and lane in one cell: "w=3 queued<=5000 running<=10 batch-only". */
function queueCell(r: ApiKeyRecord): string {
  const parts = [`w=${r.weight}`];
  if (r.max_queued !== null) parts.push(`queued<=${r.max_queued}`);
  if (r.max_in_flight !== null) parts.push(`running<=${r.max_in_flight}`);
  if (r.batch_only) parts.push('batch-only');
  return parts.join(' ');
}

function parseWeight(value: string | undefined): number {
  if (value === undefined) return 1;
  const weight = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
    throw new UsageError(`--weight is a number from ${MIN_WEIGHT} to ${MAX_WEIGHT} (a key with weight 3 gets three times the share of a key with weight 1)`);
  }
  return weight;
}

function parseCount(flag: string, value: string | undefined, max: number): number | null {
  if (value === undefined) return null;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1 || Number(value) > max) throw new UsageError(`${flag} is a whole number of tasks from 1 to ${max}`);
  return Number(value);
}

function parseScopes(value: string | undefined): Scope[] {
  if (!value) throw new UsageError('--scopes is required, e.g. --scopes tasks,history');
  const scopes = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
  if (unknown.length || scopes.length === 0) throw new UsageError(`unknown scope ${unknown.join(', ') || '(none)'}; scopes are ${SCOPES.join(', ')}`);
  return scopes as Scope[];
}

function parseRateLimit(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d{1,7}$/.test(value) || Number(value) < 1) throw new UsageError('--rate-limit is a whole number of requests per minute, at least 1');
  return Number(value);
}

type Command = (store: ApiKeyStore) => Promise<string>;

function spendSpec(values: Parameters<typeof parseSpendOptions>[0]) {
  try {
    return parseSpendOptions(values);
  } catch (err) {
    if (err instanceof SpendUsageError) throw new UsageError(err.message);
    throw err;
  }
}

/** Reads the command line completely before Postgres is touched, so a typo costs no connection. */
function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        scopes: { type: 'string' },
        'rate-limit': { type: 'string' },
        weight: { type: 'string' },
        'max-queued': { type: 'string' },
        'max-in-flight': { type: 'string' },
        'batch-only': { type: 'boolean' },
        json: { type: 'boolean' },
        ...SPEND_OPTIONS,
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  const [command, target, ...extra] = positionals;
  const json = values.json === true;
  switch (command) {
    case 'create': {
      const name = keyNameSchema.safeParse(values.name ?? '');
      if (!name.success) throw new UsageError(`--name: ${name.error.issues[0]?.message ?? 'invalid'}`);
      const spec = {
        name: name.data,
        scopes: parseScopes(values.scopes),
        rateLimitPerMinute: parseRateLimit(values['rate-limit']),
        weight: parseWeight(values.weight),
        maxQueued: parseCount('--max-queued', values['max-queued'], 100_000_000),
        maxInFlight: parseCount('--max-in-flight', values['max-in-flight'], 1_000_000),
        batchOnly: values['batch-only'] === true,
        ...spendSpec(values),
      };
      return async (store) => {
        const { record, key } = await store.create(spec);
        if (json) return JSON.stringify({ ...view(record), key });
        return `created key "${record.name}" (${record.id}), scopes ${record.scopes.join(',')}\n\n  ${key}\n\nStore it now: it is not shown again, and only its hash is kept.`;
      };
    }
    case 'list':
      return async (store) => {
        const records = await store.list();
        if (json) return JSON.stringify(records.map(view));
        return records.length ? table(records) : 'no keys yet; create one with: npm run keys -- create --name <name> --scopes tasks';
      };
    case 'revoke': {
      if (!target || extra.length) throw new UsageError('revoke takes one key id or name');
      return async (store) => {
        const revoked = await store.revoke(target);
        if (revoked.length === 0) throw new Error(`no active key with id or name "${target}"`);
        if (json) return JSON.stringify(revoked.map(view));
        return revoked.map((r) => `revoked key "${r.name}" (${r.id})`).join('\n');
      };
    }
    case 'update': {
      if (!target || extra.length) throw new UsageError('update takes one key id or name');
      const changes = spendSpec(values);
      if (Object.keys(changes).length === 0) throw new UsageError('update needs something to change: --budget-usd, --budget-period or --tpm');
      return async (store) => {
        const updated = await store.update(target, changes);
        if (updated.length === 0) throw new Error(`no active key with id or name "${target}"`);
        if (json) return JSON.stringify(updated.map(view));
        return updated.map((r) => `updated key "${r.name}" (${r.id}): budget ${describeBudget(r.budget_usd, r.budget_period)}, tokens per minute ${r.tokens_per_minute ?? 'no limit'}`).join('\n');
      };
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'give a command');
  }
}

async function main(): Promise<void> {
  const command = parseCommand(process.argv.slice(2));
  const config = loadConfigOrExit();
  // Creates the database and the api_keys table when the gateway has never run here.
  const db = await prepareDatabase(config.DATABASE_URL, createRootLogger({ level: 'error' }), 2);
  try {
    process.stdout.write(`${await command(new ApiKeyStore(db))}\n`);
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) {
    process.stderr.write(`${err.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`keys: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
