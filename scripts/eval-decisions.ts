/**
 * `npm run eval:decisions`: how often the rule engine (and each configured model provider, when one
 * is reachable) reaches the decision each labelled set expects, reported per set and per task
 * (agreement, confusion table, field agreement), with the rule engine's time per document.
 *
 *   npm run eval:decisions                          # fixtures, hold-out dev, dev2, hold-out test
 *   npm run eval:decisions -- --set holdout-dev     # one standard set (repeatable)
 *   npm run eval:decisions -- path/to/fixtures      # any directory of fixtures, in full detail
 *   npm run eval:decisions -- --list-test-disagreements   # also name (id, category) the test half's misses
 *   npm run eval:decisions -- --rules-only          # skip model providers
 *
 * Providers come from the gateway's own configuration (.env and the environment).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../shared/config';
import { buildProviderRegistry } from '../worker/provider-setup';
import { LOCAL_PROVIDER } from '../worker/providers/local';
import type { ProviderAdapter } from '../worker/providers/types';
import { score, type CaseResult } from './eval/agreement';
import { loadFixtures, taskFor, type Fixture } from './eval/fixtures';
import { isUnreachable, modelDecision } from './eval/model-run';
import { formatCategoryTable, formatConfusion, formatDisagreements, formatTaskTable, formatTiming, type EngineResults } from './eval/report';
import { rulesDecision } from './eval/rules-run';
import { standardSets, type EvalSet } from './eval/sets';
import { timeRules } from './eval/timing';

async function rulesResults(fixtures: Fixture[]): Promise<CaseResult[]> {
  return Promise.all(fixtures.map(async (fixture) => score(fixture, await rulesDecision(fixture))));
}

/** Null when the provider cannot be reached at all (the first case says so). */
async function providerResults(adapter: ProviderAdapter, fixtures: Fixture[], timeoutMs: number, quiet: boolean): Promise<CaseResult[] | null> {
  const results: CaseResult[] = [];
  for (const fixture of fixtures) {
    const run = await modelDecision(adapter, fixture, timeoutMs);
    if (results.length === 0 && isUnreachable(run)) {
      console.log(`${adapter.name}: not reachable (${run.error?.message ?? 'unknown error'}); left out`);
      return null;
    }
    if (run.error && !quiet) console.log(`${adapter.name} on ${fixture.id}: ${run.error.message}`);
    results.push(score(fixture, run.decision));
  }
  return results;
}

function selectSets(root: string, names: string[], dirs: string[]): EvalSet[] {
  const standard = standardSets(root);
  const unknown = names.filter((name) => !standard.some((set) => set.name === name));
  if (unknown.length) throw new Error(`unknown set ${unknown.join(', ')}; the sets are ${standard.map((set) => set.name).join(', ')}`);
  const chosen = names.length ? standard.filter((set) => names.includes(set.name)) : dirs.length ? [] : standard;
  return [...chosen, ...dirs.map((dir): EvalSet => ({ name: dir, dir: resolve(dir), detail: 'full' }))];
}

async function reportSet(set: EvalSet, providers: ProviderAdapter[], timeoutMs: number, listTestMisses: boolean): Promise<void> {
  const fixtures = loadFixtures(set.dir);
  const summary = set.detail === 'summary';
  const engines: EngineResults[] = [{ name: 'rules', results: await rulesResults(fixtures) }];
  for (const adapter of providers) {
    const results = await providerResults(adapter, fixtures, timeoutMs, summary);
    if (results) engines.push({ name: adapter.name, results });
  }

  console.log(`\n## ${set.name}: ${fixtures.length} cases from ${set.dir}${summary ? ' (summary only)' : ''}\n`);
  console.log(formatTaskTable(engines));
  for (const engine of engines) {
    for (const task of ['invoice_check', 'document_review'] as const) {
      const results = engine.results.filter((result) => taskFor(result.fixture) === task);
      if (results.length) console.log(`\n${formatConfusion(`${engine.name}, ${task}`, results)}`);
    }
  }
  console.log(`\n${formatTiming(timeRules(fixtures))}`);
  if (!summary) {
    console.log(`\n${formatCategoryTable(engines)}`);
    for (const engine of engines) console.log(`\n${formatDisagreements(engine.name, engine.results, false)}`);
  } else if (listTestMisses) {
    for (const engine of engines) console.log(`\n${formatDisagreements(engine.name, engine.results, true)}`);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      set: { type: 'string', multiple: true, default: [] },
      'list-test-disagreements': { type: 'boolean', default: false },
      'rules-only': { type: 'boolean', default: false },
    },
  });
  const sets = selectSets(process.cwd(), values.set, positionals);
  const config = loadConfigOrExit();
  const providers = values['rules-only']
    ? []
    : [...buildProviderRegistry(config).values()].flatMap((entry) => (entry.adapter && entry.adapter.name !== LOCAL_PROVIDER ? [entry.adapter] : []));
  if (!providers.length) console.log('No model provider is configured or --rules-only was given: rule engine only.');
  for (const set of sets) await reportSet(set, providers, config.TIMEOUT_SECONDS * 1000, values['list-test-disagreements']);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
