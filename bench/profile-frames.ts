/**
 * Naming the frames of V8 profiles (CPU and heap), shared by top-functions and top-allocations:
 * a function as `name file:line`, and the area a cost belongs to, which is the innermost package
 * or gateway file on its stack (a socket write or an object literal has no package of its own).
 */
export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

export function packageOf(url: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m?.[1]) return m[1];
  if (url.includes('/dist/')) return 'gateway (dist/)';
  if (url.startsWith('node:') || url === '') return 'node internals / native';
  return url;
}

export function frameKey(frame: CallFrame): string {
  const { functionName, url, lineNumber } = frame;
  return `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'dist/')}:${lineNumber + 1}`;
}

/** The package, or `gateway <file>`, of the innermost frame that has one, frames given innermost first. */
export function innermostArea(frames: Iterable<CallFrame>): string {
  for (const frame of frames) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url)?.[1];
    if (pkg) return pkg;
    const file = /\/dist\/(.*)$/.exec(frame.url)?.[1];
    if (file) return `gateway ${file}`;
  }
  return 'node internals only';
}
