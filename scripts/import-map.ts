/**
 * `npm run deps:map`: how many imports go from each top-level folder to each other one, so the
 * layering (api → shared ← worker, nothing into api or worker from shared) can be seen at a glance
 * and compared before and after a change. ESLint enforces the rule; this shows the shape.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOTS = ['main.ts', 'api', 'worker', 'shared', 'scripts', 'migrations', 'bench', 'tools', 'test'];
const SKIP = new Set(['node_modules', 'dist', 'dashboard']);
/** Static imports, re-exports, side-effect imports, dynamic imports and requires. */
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

/** The layer rules the map is checked against: `from` must never import `to`. */
export const FORBIDDEN: readonly [from: string, to: string][] = [
  ['api', 'worker'],
  ['worker', 'api'],
  ['shared', 'api'],
  ['shared', 'worker'],
];

function sourceFiles(path: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return path.endsWith('.ts') ? [path] : [];
  return readdirSync(path)
    .filter((name) => !SKIP.has(name))
    .flatMap((name) => sourceFiles(join(path, name)));
}

/** `api/routes/tasks.ts` → `api`; a file at the top (`main.ts`) is its own folder. */
function folderOf(root: string, file: string): string {
  return relative(root, file).split(sep)[0] ?? '';
}

/** `from → to` → number of import statements, for every pair of different top-level folders. */
export function importMap(root: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of ROOTS.flatMap((r) => sourceFiles(join(root, r)))) {
    const from = folderOf(root, file);
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const specifier = match[1] ?? '';
      if (!specifier.startsWith('.')) continue;
      const to = folderOf(root, resolve(dirname(file), specifier));
      if (to === from) continue;
      const edge = `${from} → ${to}`;
      counts.set(edge, (counts.get(edge) ?? 0) + 1);
    }
  }
  return counts;
}

export function violations(map: ReadonlyMap<string, number>): string[] {
  return FORBIDDEN.map(([from, to]) => `${from} → ${to}`).filter((edge) => (map.get(edge) ?? 0) > 0);
}

function main(): void {
  const root = resolve(__dirname, '..', '..');
  const map = importMap(root);
  const rows = [...map].sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(...rows.map(([edge]) => edge.length));
  for (const [edge, count] of rows) process.stdout.write(`${edge.padEnd(width)}  ${String(count).padStart(4)}\n`);
  const broken = violations(map);
  process.stdout.write(broken.length ? `\nlayer violations: ${broken.map((e) => `${e} (${map.get(e)})`).join(', ')}\n` : '\nno layer violations\n');
}

if (require.main === module) main();
