/**
 * The labelled sets the eval reports on, each separately: the project's own fixtures (written
 * alongside the rules), and the two halves of the hold-out set (written without reading the rules).
 * The test half is reported as a summary only, so that nobody tunes the rules on its cases.
 */
import { join } from 'node:path';

export interface EvalSet {
  name: string;
  dir: string;
  /** `summary`: agreement and confusion tables only, no per-category table and no case details. */
  detail: 'full' | 'summary';
}

export function standardSets(root: string): EvalSet[] {
  const holdout = join(root, 'test', 'fixtures', 'decisions-holdout');
  return [
    { name: 'fixtures', dir: join(root, 'test', 'fixtures', 'documents'), detail: 'full' },
    { name: 'holdout-dev', dir: join(holdout, 'dev'), detail: 'full' },
    { name: 'holdout-test', dir: join(holdout, 'test'), detail: 'summary' },
  ];
}
