/** The spend counters' Lua scripts (./lua), registered on a connection with ioredis `defineCommand`. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redis } from 'ioredis';

export interface SpendCommands {
  aigwRecordUsage(numberOfKeys: number, ...keysAndArgs: (string | number)[]): Promise<number>;
  aigwSeedSpend(counter: string, usd: string, ttlSeconds: number): Promise<string>;
}

const SCRIPTS = {
  aigwRecordUsage: { file: 'record-usage.lua', keys: undefined },
  aigwSeedSpend: { file: 'seed-spend.lua', keys: 1 },
} as const;

/** `npm run build` copies the scripts next to the compiled code; a checkout finds the sources. */
function luaDirectory(): string {
  const candidates = [join(__dirname, 'lua'), join(__dirname, '..', '..', '..', 'shared', 'spend', 'lua')];
  const found = candidates.find((dir) => existsSync(join(dir, 'seed-spend.lua')));
  if (!found) throw new Error(`spend Lua scripts not found (looked in ${candidates.join(', ')})`);
  return found;
}

const defined = new WeakSet<Redis>();

export function defineSpendCommands(redis: Redis): Redis & SpendCommands {
  if (!defined.has(redis)) {
    const dir = luaDirectory();
    for (const [name, { file, keys }] of Object.entries(SCRIPTS)) {
      const lua = readFileSync(join(dir, file), 'utf8');
      // Without numberOfKeys the caller passes the key count first (a variable number of counters).
      redis.defineCommand(name, keys === undefined ? { lua } : { numberOfKeys: keys, lua });
    }
    defined.add(redis);
  }
  return redis as Redis & SpendCommands;
}
