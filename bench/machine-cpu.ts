/**
 * The whole machine's CPU over a load, from /proc/stat: every process counted (Redis, Postgres, the
 * mock provider and the load generator as well as the gateway). It says how far a throughput target
 * is from what the machine can do at all: a load that keeps every core busy cannot go faster than
 * cores × 1000 / (machine CPU ms per task), however the work is shared out between processes.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const CLOCK_TICKS = 100; // USER_HZ on Linux

export interface MachineSample {
  busySeconds: number;
  at: number;
}

/** Null where /proc/stat cannot be read (not Linux): the figures are then left out. */
export function sampleMachine(): MachineSample | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0); // idle + iowait
    // guest and guest_nice (fields 9 and 10) are already counted in user and nice.
    const total = ticks.slice(0, 8).reduce((sum, t) => sum + t, 0);
    return { busySeconds: (total - idle) / CLOCK_TICKS, at: performance.now() };
  } catch {
    return null;
  }
}

/** Busy cores on average, machine CPU ms per finished task, and the throughput ceiling that implies. */
export function machineFigures(before: MachineSample | null, after: MachineSample | null, tasks: number): Record<string, number> {
  if (!before || !after || tasks <= 0) return {};
  const busy = after.busySeconds - before.busySeconds;
  const wallSeconds = (after.at - before.at) / 1000;
  const cpuMsPerTask = (busy * 1000) / tasks;
  const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
  return {
    machine_busy_cores: round(busy / wallSeconds, 2),
    machine_cpu_ms_per_task: round(cpuMsPerTask, 2),
    machine_ceiling_tasks_per_second: cpuMsPerTask > 0 ? Math.round((availableParallelism() * 1000) / cpuMsPerTask) : 0,
  };
}
