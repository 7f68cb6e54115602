/**
 * Fair queueing's Lua scripts, one file each in ./lua, registered on a connection with ioredis
 * `defineCommand` (EVALSHA, falling back to EVAL after a Redis restart).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redis } from 'ioredis';

type Arg = string | number;
type Reply = (string | number)[];

export interface FairCommands {
  aigwFairAdmit(...keysThenArgs: Arg[]): Promise<Reply>;
  aigwFairStart(...keysThenArgs: Arg[]): Promise<Reply>;
  aigwFairRebase(...keysThenArgs: Arg[]): Promise<Reply>;
}

const SCRIPTS: Record<keyof FairCommands, { file: string; keys: number }> = {
  aigwFairAdmit: { file: 'admit.lua', keys: 5 },
  aigwFairStart: { file: 'start.lua', keys: 4 },
  aigwFairRebase: { file: 'rebase.lua', keys: 3 },
};

/** `npm run build` copies the scripts next to the compiled code; from a checkout they are found from dist/shared/fair too. */
function luaDirectory(): string {
  const candidates = [join(__dirname, 'lua'), join(__dirname, '..', '..', '..', 'shared', 'fair', 'lua')];
  const found = candidates.find((dir) => existsSync(join(dir, 'admit.lua')));
  if (!found) throw new Error(`fair queueing Lua scripts not found (looked in ${candidates.join(', ')})`);
  return found;
}

const defined = new WeakSet<Redis>();

export function defineFairCommands(redis: Redis): Redis & FairCommands {
  if (!defined.has(redis)) {
    const dir = luaDirectory();
    for (const [name, { file, keys }] of Object.entries(SCRIPTS)) {
      redis.defineCommand(name, { numberOfKeys: keys, lua: readFileSync(join(dir, file), 'utf8') });
    }
    defined.add(redis);
  }
  return redis as Redis & FairCommands;
}
