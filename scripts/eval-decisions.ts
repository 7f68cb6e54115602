/**
 * `npm run eval:decisions [fixtures-dir]`: how often the rule engine (and each configured model
 * provider, when one is reachable) reaches the decision the fixtures expect, per category.
 * Providers come from the gateway's own configuration (.env and the environment).
 */
import { join } from 'node:path';
import { loadConfigOrExit } from '../shared/config';
import { buildProviderRegistry } from '../worker/provider-setup';
import { LOCAL_PROVIDER } from '../worker/providers/local';
import type { ProviderAdapter } from '../worker/providers/types';
import { formatTable, score, type CaseResult } from './eval/agreement';
import { loadFixtures, type Fixture } from './eval/fixtures';
import { isUnreachable, modelDecision } from './eval/model-run';
import { rulesDecision } from './eval/rules-run';

async function rulesResults(fixtures: Fixture[]): Promise<CaseResult[]> {
  return Promise.all(fixtures.map(async (fixture) => score(fixture, await rulesDecision(fixture))));
}

/** Null when the provider cannot be reached at all (the first case says so). */
async function providerResults(adapter: ProviderAdapter, fixtures: Fixture[], timeoutMs: number): Promise<CaseResult[] | null> {
  const results: CaseResult[] = [];
  for (const fixture of fixtures) {
    const run = await modelDecision(adapter, fixture, timeoutMs);
    if (results.length === 0 && isUnreachable(run)) {
      console.log(`${adapter.name}: not reachable (${run.error?.message ?? 'unknown error'}); left out`);
      return null;
    }
    if (run.error) console.log(`${adapter.name} on ${fixture.id}: ${run.error.message}`);
    results.push(score(fixture, run.decision));
  }
  return results;
}

function printDisagreements(name: string, results: CaseResult[]): void {
  const wrong = results.filter((result) => result.mismatches.length);
  if (!wrong.length) return;
  console.log(`\n${name}: cases that differ from the expectation`);
  for (const result of wrong) console.log(`  ${result.fixture.id} (${result.fixture.category}): ${result.mismatches.join('; ')}`);
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? join(process.cwd(), 'test', 'fixtures', 'documents');
  const fixtures = loadFixtures(dir);
  const config = loadConfigOrExit();
  const engines: { name: string; results: CaseResult[] }[] = [{ name: 'rules', results: await rulesResults(fixtures) }];

  const providers = [...buildProviderRegistry(config).values()].flatMap((entry) =>
    entry.adapter && entry.adapter.name !== LOCAL_PROVIDER ? [entry.adapter] : [],
  );
  if (!providers.length) console.log('No model provider is configured (no provider key in the environment or .env): rule engine only.');
  for (const adapter of providers) {
    const results = await providerResults(adapter, fixtures, config.TIMEOUT_SECONDS * 1000);
    if (results) engines.push({ name: adapter.name, results });
  }

  console.log(`\nDecision agreement with ${fixtures.length} fixtures from ${dir}\n`);
  console.log(formatTable(engines));
  for (const engine of engines) printDisagreements(engine.name, engine.results);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
