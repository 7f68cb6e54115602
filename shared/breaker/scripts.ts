/**
 * The breaker's Lua scripts, one file each in ./lua, registered on a connection with ioredis
 * `defineCommand` (EVALSHA, falling back to EVAL when Redis has not seen the script yet, e.g.
 * right after a Redis restart).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redis } from 'ioredis';

type Arg = string | number;
type Reply = (string | number)[];

/** The commands as they appear on a connection after `defineBreakerCommands`. */
export interface BreakerCommands {
  aigwBreakerAcquire(state: string, probes: string, ...args: Arg[]): Promise<Reply>;
  aigwBreakerSuccess(state: string, window: string, probes: string, ...args: Arg[]): Promise<Reply>;
  aigwBreakerFault(state: string, window: string, probes: string, ...args: Arg[]): Promise<Reply>;
  aigwBreakerNeutral(state: string, probes: string, ...args: Arg[]): Promise<number>;
  aigwBreakerSnapshot(state: string, window: string, probes: string, ...args: Arg[]): Promise<Reply>;
}

const SCRIPTS: Record<keyof BreakerCommands, { file: string; keys: number }> = {
  aigwBreakerAcquire: { file: 'acquire.lua', keys: 2 },
  aigwBreakerSuccess: { file: 'record-success.lua', keys: 3 },
  aigwBreakerFault: { file: 'record-fault.lua', keys: 3 },
  aigwBreakerNeutral: { file: 'record-neutral.lua', keys: 2 },
  aigwBreakerSnapshot: { file: 'snapshot.lua', keys: 3 },
};

/**
 * `npm run build` copies the scripts next to the compiled code; running from a checkout without
 * that copy, the sources are found from dist/shared/breaker as well.
 */
function luaDirectory(): string {
  const candidates = [join(__dirname, 'lua'), join(__dirname, '..', '..', '..', 'shared', 'breaker', 'lua')];
  const found = candidates.find((dir) => existsSync(join(dir, 'acquire.lua')));
  if (!found) throw new Error(`circuit breaker Lua scripts not found (looked in ${candidates.join(', ')})`);
  return found;
}

let sources: Map<string, string> | undefined;

function scriptSource(file: string): string {
  if (!sources) {
    const dir = luaDirectory();
    sources = new Map(Object.values(SCRIPTS).map((s) => [s.file, readFileSync(join(dir, s.file), 'utf8')]));
  }
  const lua = sources.get(file);
  if (lua === undefined) throw new Error(`unknown breaker script ${file}`);
  return lua;
}

const defined = new WeakSet<Redis>();

export function defineBreakerCommands(redis: Redis): Redis & BreakerCommands {
  if (!defined.has(redis)) {
    for (const [name, { file, keys }] of Object.entries(SCRIPTS)) {
      redis.defineCommand(name, { numberOfKeys: keys, lua: scriptSource(file) });
    }
    defined.add(redis);
  }
  return redis as Redis & BreakerCommands;
}
