/**
 * The documentation a newcomer follows: every relative link in README.md and docs/*.md resolves to a
 * file or folder of this repository (not outside it, not build output or an ignored path), and every
 * `#anchor` names a heading of its target. README.md stays short enough to read in minutes.
 * Plain file reads; no services.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const README_MAX_LINES = 250;


interface Link {
  from: string;
  target: string;
}

const docFiles = (): string[] => [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f).split(sep).join('/'))
    .sort(),
];

/** The text outside fenced code blocks, with inline code blanked: links inside code are not links. */
function prose(markdown: string): string {
  const lines: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(```|~~~)/.exec(line)?.[1];
    if (marker && (fence === null || fence === marker)) {
      fence = fence === null ? marker : null;
      lines.push('');
      continue;
    }
    lines.push(fence === null ? line.replace(/`+[^`]*`+/g, (code) => 'x'.repeat(code.length)) : '');
  }
  return lines.join('\n');
}

function linksIn(file: string): Link[] {
  const text = prose(readFileSync(join(ROOT, file), 'utf8'));
  const targets = [
    ...[...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]),
    ...[...text.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]),
  ];
  return targets.filter((t): t is string => t !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(t)).map((target) => ({ from: file, target }));
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  let fence: string | null = null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const marker = /^\s*(```|~~~)/.exec(line)?.[1];
    if (marker && (fence === null || fence === marker)) fence = fence === null ? marker : null;
    // An explicit `<a id="…">` (generated pages such as configuration.md use them) is an anchor too.
    if (fence === null) for (const m of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1] as string);
    const heading = fence === null ? /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line)?.[1] : undefined;
    if (!heading) continue;
    const text = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/[`*]/g, '');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Top-level ignored paths (.gitignore): a link there works on one machine only. */
const IGNORED = readFileSync(join(ROOT, '.gitignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#') && !l.includes('*'))
  .map((l) => l.replace(/\/$/, ''));

/** Why a link does not resolve, or null when it does. */
function problem(link: Link): string | null {
  const [rawPath = '', anchor] = link.target.split('#', 2);
  if (rawPath.startsWith('/')) return 'absolute path: use a path relative to the page';
  const path = decodeURIComponent(rawPath);
  const absolute = path === '' ? join(ROOT, link.from) : resolve(dirname(join(ROOT, link.from)), path);
  const inRepo = relative(ROOT, absolute).split(sep).join('/');
  if (inRepo.startsWith('..')) return 'points outside the repository';
  if (IGNORED.some((ignored) => inRepo === ignored || inRepo.startsWith(`${ignored}/`))) return 'points at an ignored path';
  if (!existsSync(absolute)) return 'no such file or folder';
  if (anchor === undefined) return null;
  if (statSync(absolute).isDirectory() || !absolute.endsWith('.md')) return 'an anchor on something that is not a markdown page';
  return anchorsOf(absolute).has(anchor) ? null : `no heading with the anchor #${anchor}`;
}

const allLinks = docFiles().flatMap(linksIn);

describe('documentation links', () => {
  it('finds the pages and their links', () => {
    expect(docFiles()).toEqual(expect.arrayContaining(['README.md', 'docs/api.md', 'docs/scaling.md']));
    expect(allLinks.filter((l) => l.from === 'README.md').length).toBeGreaterThan(20);
  });

  it.each(docFiles())('every relative link in %s resolves inside the repository', (file) => {
    const broken = allLinks
      .filter((l) => l.from === file)
      .map((l) => ({ link: l.target, problem: problem(l) }))
      .filter((b) => b.problem !== null);
    expect(broken).toEqual([]);
  });
});

describe('the link checker', () => {
  const check = (from: string, target: string) => problem({ from, target });

  it('refuses links out of the repository, into ignored build output, to missing files and headings', () => {
    expect(check('README.md', '../shared/DESIGN.md')).toBe('points outside the repository');
    expect(check('docs/api.md', '../../x.md')).toBe('points outside the repository');
    expect(check('README.md', 'dist/main.js')).toBe('points at an ignored path');
    expect(check('README.md', 'docs/nothing-here.md')).toBe('no such file or folder');
    expect(check('README.md', '/docs/api.md')).toBe('absolute path: use a path relative to the page');
    expect(check('docs/api.md', '#no-such-heading')).toBe('no heading with the anchor #no-such-heading');
    expect(check('README.md', 'package.json#scripts')).toBe('an anchor on something that is not a markdown page');
  });

  it('accepts files, folders and GitHub heading anchors, with code and punctuation in headings', () => {
    expect(check('README.md', 'docs/api.md#post-aitask')).toBeNull();
    expect(check('docs/scaling.md', '../deploy/k8s/')).toBeNull();
    expect(check('docs/operations.md', '#run-with-docker')).toBeNull();
    expect(check('docs/openai-compatibility.md', '#routes-what-model-means')).toBeNull();
  });

  it('ignores links inside code, and external links', () => {
    expect(linksIn('README.md').map((l) => l.target)).not.toContain('http://localhost:5000/');
    expect(prose('a `[x](nowhere.md)` b\n```\n[y](nowhere.md)\n```\n[z](here.md)')).not.toMatch(/nowhere/);
  });
});

describe('README.md', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it(`is at most ${README_MAX_LINES} lines, with the two quick-start commands and the flow diagram`, () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(README_MAX_LINES);
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
    expect(readme).toMatch(/```mermaid\n[\s\S]*Redis[\s\S]*Postgres[\s\S]*```/);
  });
});
