/**
 * `node dist/scripts/eval-perturbed.js`: the rule engine on realistically perturbed copies of the
 * development invoices (OCR noise in labels, flattened columns, bilingual glosses, casing and
 * punctuation; see `eval/perturb`), per kind: how many keep their expected decision, which change.
 *
 *   node dist/scripts/eval-perturbed.js                       # every development set
 *   node dist/scripts/eval-perturbed.js --set holdout-dev4    # one set (repeatable)
 *   node dist/scripts/eval-perturbed.js --seeds 3 --summary   # three seeds each; figures only
 *
 * The hold-out test half is never perturbed: it must not be used to find what to tune.
 */
import { parseArgs } from 'node:util';
import { loadFixtures } from './eval/fixtures';
import { formatPerturbReport, perturbReport } from './eval/perturb-run';
import { standardSets } from './eval/sets';

const TEST_HALF = 'holdout-test';

/** A mistake in the command line: said plainly, exit 2, no stack trace. */
function usage(message: string): never {
  process.stderr.write(`eval-perturbed: ${message}\n`);
  process.exit(2);
}

function options() {
  try {
    return parseArgs({
      options: {
        set: { type: 'string', multiple: true, default: [] },
        seeds: { type: 'string', default: '1' },
        summary: { type: 'boolean', default: false },
      },
    }).values;
  } catch (err) {
    return usage(err instanceof Error ? err.message : String(err));
  }
}

function main(): void {
  const values = options();
  if (values.set.includes(TEST_HALF)) usage('the test half is not perturbed: it must stay unseen');
  const development = standardSets(process.cwd()).filter((set) => set.name !== TEST_HALF);
  const unknown = values.set.filter((name) => !development.some((set) => set.name === name));
  if (unknown.length) usage(`unknown set ${unknown.join(', ')}; the sets are ${development.map((set) => set.name).join(', ')}`);
  const chosen = values.set.length ? development.filter((set) => values.set.includes(set.name)) : development;
  const seeds = Array.from({ length: Math.max(1, Number(values.seeds) || 1) }, (_, i) => i + 1);
  const all = chosen.map((set) => ({ name: set.name, report: perturbReport(loadFixtures(set.dir), seeds) }));
  for (const { name, report } of all) console.log(`\n${formatPerturbReport(name, report, !values.summary)}`);
  if (all.length > 1) {
    const total = { cases: 0, skipped: [] as string[], kinds: all[0]?.report.kinds.map((figures) => ({ ...figures, runs: 0, kept: 0, changed: [] })) ?? [] };
    for (const { report } of all) {
      total.cases += report.cases;
      total.skipped.push(...report.skipped);
      report.kinds.forEach((figures, i) => {
        const sum = total.kinds[i];
        if (sum) {
          sum.runs += figures.runs;
          sum.kept += figures.kept;
        }
      });
    }
    console.log(`\n${formatPerturbReport('all sets', total, false)}`);
  }
}

main();
