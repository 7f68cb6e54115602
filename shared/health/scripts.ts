/**
 * The health Lua scripts, one file each in ./lua, registered on a connection with ioredis
 * `defineCommand` (EVALSHA, falling back to EVAL when Redis has not seen the script yet, e.g.
 * right after a Redis restart). A line `--- @include "name"` is replaced by lua/includes/name.lua,
 * so acquire and view share one admission rule and record and status one window.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redis } from 'ioredis';

type Arg = string | number;

/** The commands as they appear on a connection after `defineHealthCommands`; replies are parsed in ./replies. */
export interface HealthCommands {
  aigwHealthAcquire(...keysThenArgs: Arg[]): Promise<unknown>;
  aigwHealthRecord(...keysThenArgs: Arg[]): Promise<unknown>;
  /** Variable key count: the first argument is the number of keys. */
  aigwHealthView(numberOfKeys: number, ...keysThenArgs: Arg[]): Promise<unknown>;
  aigwHealthStatus(numberOfKeys: number, ...keysThenArgs: Arg[]): Promise<unknown>;
}

/** Keys per deployment in acquire/view (3 scopes × state + probes, in flight) and record/status (3 × state + window + probes, in flight, latency). */
export const ACQUIRE_KEYS = 7;
export const RECORD_KEYS = 11;

const SCRIPTS: Record<keyof HealthCommands, { file: string; keys?: number; readOnly?: boolean }> = {
  aigwHealthAcquire: { file: 'acquire.lua', keys: ACQUIRE_KEYS },
  aigwHealthRecord: { file: 'record.lua', keys: RECORD_KEYS },
  aigwHealthView: { file: 'view.lua', readOnly: true },
  aigwHealthStatus: { file: 'status.lua', readOnly: true },
};

/**
 * `npm run build` copies the scripts next to the compiled code; running from a checkout without
 * that copy, the sources are found from dist/shared/health as well.
 */
function luaDirectory(): string {
  const candidates = [join(__dirname, 'lua'), join(__dirname, '..', '..', '..', 'shared', 'health', 'lua')];
  const found = candidates.find((dir) => existsSync(join(dir, 'acquire.lua')));
  if (!found) throw new Error(`deployment health Lua scripts not found (looked in ${candidates.join(', ')})`);
  return found;
}

const INCLUDE = /^--- @include "([a-z-]+)"$/gm;

export function loadScript(file: string, dir = luaDirectory()): string {
  return readFileSync(join(dir, file), 'utf8').replace(INCLUDE, (_line, name: string) => {
    const path = join(dir, 'includes', `${name}.lua`);
    if (!existsSync(path)) throw new Error(`${file} includes ${name}, which is not in ${join(dir, 'includes')}`);
    return readFileSync(path, 'utf8');
  });
}

let sources: Map<string, string> | undefined;

function scriptSource(file: string): string {
  if (!sources) {
    const dir = luaDirectory();
    sources = new Map(Object.values(SCRIPTS).map((s) => [s.file, loadScript(s.file, dir)]));
  }
  const lua = sources.get(file);
  if (lua === undefined) throw new Error(`unknown health script ${file}`);
  return lua;
}

const defined = new WeakSet<Redis>();

export function defineHealthCommands(redis: Redis): Redis & HealthCommands {
  if (!defined.has(redis)) {
    for (const [name, { file, keys, readOnly }] of Object.entries(SCRIPTS)) {
      redis.defineCommand(name, { numberOfKeys: keys, lua: scriptSource(file), readOnly });
    }
    defined.add(redis);
  }
  return redis as Redis & HealthCommands;
}
