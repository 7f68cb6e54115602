/**
 * `node dist/bench/top-functions.js <file.cpuprofile> [n] [--inclusive] [--areas]`: where a V8 CPU
 * profile spent its time, as self time per function and per package, for the write-up in
 * bench/README.md. `--inclusive` adds time per function including its callees (a function counted
 * once per sample even when recursive), which is what shows a cost spread over many small callees
 * (streams, GC). `--areas` charges each busy sample to the innermost package or gateway file on its
 * stack: a socket write or a JSON.stringify has no package of its own, and self time per package
 * books it to "node internals"; this books it to ioredis, pg or express, whichever called it.
 */
import { readFileSync } from 'node:fs';
import { frameKey as keyOf, innermostArea, packageOf, type CallFrame } from './profile-frames';

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Each function's share of the samples with it anywhere on the stack. */
function inclusiveTimes(profile: Profile, byId: Map<number, ProfileNode>): Map<string, number> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      const key = keyOf(node.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  });
  return inclusive;
}

/** The package, or `gateway <file>`, of the innermost frame that has one; GC and (program) stand alone. */
function areaOf(id: number, byId: Map<number, ProfileNode>, parent: Map<number, number>): string {
  const leaf = byId.get(id)?.callFrame.functionName;
  if (leaf === '(garbage collector)' || leaf === '(program)') return leaf;
  return innermostArea(stackOf(id, byId, parent));
}

function* stackOf(id: number, byId: Map<number, ProfileNode>, parent: Map<number, number>): Generator<CallFrame> {
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const node = byId.get(at);
    if (node) yield node.callFrame;
  }
}

function areas(profile: Profile, byId: Map<number, ProfileNode>, limit: number): void {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byArea = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    if (byId.get(id)?.callFrame.functionName === '(idle)') return;
    const dt = profile.timeDeltas[i] ?? 0;
    busy += dt;
    const area = areaOf(id, byId, parent);
    byArea.set(area, (byArea.get(area) ?? 0) + dt);
  });
  process.stdout.write('\nby area (share of busy time, each sample charged to its innermost package or gateway file):\n');
  for (const [k, v] of [...byArea].sort((a, b) => b[1] - a[1]).slice(0, limit)) process.stdout.write(`  ${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}\n`);
}

function main(): void {
  const args = process.argv.slice(2);
  const [file, limitArg] = args.filter((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: top-functions <file.cpuprofile> [n] [--inclusive]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfByFunction = new Map<string, number>();
  const selfByPackage = new Map<string, number>();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    total += dt;
    if (node.callFrame.functionName === '(idle)') idle += dt;
    const key = keyOf(node.callFrame);
    selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + dt);
    const pkg = packageOf(node.callFrame.url);
    selfByPackage.set(pkg, (selfByPackage.get(pkg) ?? 0) + dt);
  });
  const limit = Number(limitArg ?? 20);
  const pct = (v: number) => `${((100 * v) / total).toFixed(1)}%`;
  process.stdout.write(`total ${(total / 1e6).toFixed(1)} s sampled, ${((total - idle) / 1e6).toFixed(1)} s busy\n\nby package:\n`);
  for (const [k, v] of [...selfByPackage].sort((a, b) => b[1] - a[1]).slice(0, 12)) process.stdout.write(`  ${pct(v).padStart(6)}  ${k}\n`);
  process.stdout.write('\nby function (self time):\n');
  for (const [k, v] of [...selfByFunction].sort((a, b) => b[1] - a[1]).slice(0, limit)) process.stdout.write(`  ${pct(v).padStart(6)}  ${k}\n`);
  if (args.includes('--areas')) areas(profile, byId, limit);
  if (!args.includes('--inclusive')) return;
  process.stdout.write('\nby function (inclusive time):\n');
  for (const [k, v] of [...inclusiveTimes(profile, byId)].sort((a, b) => b[1] - a[1]).slice(0, limit)) process.stdout.write(`  ${pct(v).padStart(6)}  ${k}\n`);
}

main();
