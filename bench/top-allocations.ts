/**
 * `node dist/bench/top-allocations.js <file.heapprofile> [n]`: what a sampling heap profile (written
 * by bench/heap-sampler.ts, collected objects included) allocated, as shares of all bytes sampled:
 * by area (the innermost package or gateway file on the allocating stack), by function (self), and
 * by function including its callees. Garbage collection's CPU follows these bytes.
 */
import { readFileSync } from 'node:fs';
import { frameKey, innermostArea, type CallFrame } from './profile-frames';

interface HeapNode {
  callFrame: CallFrame;
  selfSize: number;
  children: HeapNode[];
}

function add(map: Map<string, number>, key: string, bytes: number): void {
  map.set(key, (map.get(key) ?? 0) + bytes);
}

function main(): void {
  const [file, limitArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: top-allocations <file.heapprofile> [n]');
  const { head } = JSON.parse(readFileSync(file, 'utf8')) as { head: HeapNode };
  const limit = Number(limitArg ?? 25);
  const byArea = new Map<string, number>();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  // Depth first, with the stack from the root: each node's own bytes go to its area, its
  // function, and (once per function, recursion aside) every function above it.
  const walk = (node: HeapNode, stack: CallFrame[]): void => {
    const frames = [...stack, node.callFrame];
    if (node.selfSize > 0) {
      total += node.selfSize;
      add(byArea, innermostArea([...frames].reverse()), node.selfSize);
      add(self, frameKey(node.callFrame), node.selfSize);
      for (const key of new Set(frames.map(frameKey))) add(inclusive, key, node.selfSize);
    }
    for (const child of node.children) walk(child, frames);
  };
  walk(head, []);
  const print = (title: string, map: Map<string, number>): void => {
    process.stdout.write(`\n${title}:\n`);
    for (const [key, bytes] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
      process.stdout.write(`  ${((100 * bytes) / total).toFixed(1).padStart(5)}%  ${key}\n`);
    }
  };
  process.stdout.write(`${(total / 2 ** 20).toFixed(0)} MiB allocated (sampled)\n`);
  print('by area (innermost package or gateway file)', byArea);
  print('by function (self)', self);
  print('by function (inclusive)', inclusive);
}

main();
