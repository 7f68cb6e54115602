/** Runs the built gateway (`dist/`, made by `npm run build`, which `npm test` runs first) as real processes. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const DIST = join(__dirname, '..', '..', 'dist');

export interface RunningProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function runNode(script: string, env: Record<string, string>): RunningProcess {
  const child = spawn(process.execPath, [join(DIST, script)], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => out, exited };
}

export async function waitForOutput(proc: RunningProcess, pattern: RegExp, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!pattern.test(proc.output())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${pattern}; output:\n${proc.output()}`);
    if (proc.child.exitCode !== null) throw new Error(`process exited (${proc.child.exitCode}); output:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A port nothing listens on right now, for a process that must be told its port up front. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
