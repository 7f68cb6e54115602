/** Starting the gateway's processes for a bench run, and measuring their CPU time and peak RSS from /proc. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = join(__dirname, '..');
const CLOCK_TICKS = 100; // USER_HZ on Linux

export interface BenchProcess {
  role: string;
  child: ChildProcess;
  output(): string;
}

export interface ProcessUsage {
  role: string;
  cpuSeconds: number;
  peakRssMb: number;
}

/** Every child still running, so an interrupted run can stop them all (the load generator included). */
const live = new Set<BenchProcess>();

export function liveProcesses(): BenchProcess[] {
  return [...live];
}

export function startNode(role: string, script: string, env: Record<string, string>, args: string[] = [], nodeArgs: string[] = []): BenchProcess {
  const child = spawn(process.execPath, [...nodeArgs, join(DIST, script), ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (d: Buffer) => {
    out = (out + d.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const proc = { role, child, output: () => out };
  live.add(proc);
  child.once('exit', () => live.delete(proc));
  return proc;
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!(await check().catch(() => false))) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function httpOk(url: string): Promise<boolean> {
  const res = await fetch(url);
  return res.ok;
}

/** CPU seconds (user + system) so far, and the peak resident set, of a live process. */
export function usageOf(proc: BenchProcess): ProcessUsage {
  const pid = proc.child.pid;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { role: proc.role, cpuSeconds: ticks / CLOCK_TICKS, peakRssMb: Math.round(hwm / 1024) };
  } catch {
    return { role: proc.role, cpuSeconds: 0, peakRssMb: 0 };
  }
}

export async function stopAll(procs: BenchProcess[]): Promise<void> {
  await Promise.all(
    procs.map(
      (p) =>
        new Promise<void>((resolve) => {
          // A child killed by a signal has no exit code, only a signal code; either means it is gone.
          if (p.child.exitCode !== null || p.child.signalCode !== null) return resolve();
          p.child.once('exit', () => resolve());
          p.child.kill('SIGTERM');
          setTimeout(() => p.child.kill('SIGKILL'), 10_000).unref();
        }),
    ),
  );
}

export function runLoad(options: object): Promise<import('./load').LoadSummary> {
  return new Promise((resolve, reject) => {
    const proc = startNode('load', 'bench/load.js', {}, [JSON.stringify(options)]);
    proc.child.on('exit', (code) => {
      const line = proc.output().trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`load generator exited ${code}: ${proc.output()}`));
      resolve(JSON.parse(line));
    });
  });
}
