/**
 * `node dist/bench/top-functions.js <file.cpuprofile> [n]`: where a V8 CPU profile spent its time,
 * as self time per function and per package, for the write-up in bench/README.md.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m?.[1]) return m[1];
  if (url.includes('/dist/')) return 'gateway (dist/)';
  if (url.startsWith('node:') || url === '') return 'node internals / native';
  return url;
}

function main(): void {
  const [file, limitArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: top-functions <file.cpuprofile> [n]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfByFunction = new Map<string, number>();
  const selfByPackage = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    total += dt;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'dist/')}:${lineNumber + 1}`;
    selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + dt);
    const pkg = packageOf(url);
    selfByPackage.set(pkg, (selfByPackage.get(pkg) ?? 0) + dt);
  });
  const limit = Number(limitArg ?? 20);
  const pct = (v: number) => `${((100 * v) / total).toFixed(1)}%`;
  process.stdout.write(`total ${(total / 1e6).toFixed(1)} s sampled\n\nby package:\n`);
  for (const [k, v] of [...selfByPackage].sort((a, b) => b[1] - a[1]).slice(0, 12)) process.stdout.write(`  ${pct(v).padStart(6)}  ${k}\n`);
  process.stdout.write('\nby function (self time):\n');
  for (const [k, v] of [...selfByFunction].sort((a, b) => b[1] - a[1]).slice(0, limit)) process.stdout.write(`  ${pct(v).padStart(6)}  ${k}\n`);
}

main();
