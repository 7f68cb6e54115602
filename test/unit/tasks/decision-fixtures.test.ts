/**
 * The rule engine against the hand-written fixtures in test/fixtures/documents and the development
 * half of the hold-out set and its second development set dev2 (see `npm run eval:decisions`; the
 * test half is reported there only).
 */
import { join } from 'node:path';
import { agreement, byCategory, score, total, type CaseResult } from '../../../scripts/eval/agreement';
import { loadFixtures } from '../../../scripts/eval/fixtures';
import { rulesDecision } from '../../../scripts/eval/rules-run';

const fixtures = loadFixtures(join(__dirname, '..', '..', 'fixtures', 'documents'));
const holdoutDev = loadFixtures(join(__dirname, '..', '..', 'fixtures', 'decisions-holdout', 'dev'));
const holdoutDev2 = loadFixtures(join(__dirname, '..', '..', 'fixtures', 'decisions-holdout', 'dev2'));
let results: CaseResult[];
let devResults: CaseResult[];
let dev2Results: CaseResult[];

beforeAll(async () => {
  results = await Promise.all(fixtures.map(async (fixture) => score(fixture, await rulesDecision(fixture))));
  devResults = await Promise.all(holdoutDev.map(async (fixture) => score(fixture, await rulesDecision(fixture))));
  dev2Results = await Promise.all(holdoutDev2.map(async (fixture) => score(fixture, await rulesDecision(fixture))));
});

function disagreements(list: CaseResult[]): string[] {
  return list.filter((result) => !result.agrees).map((result) => `${result.fixture.id}: ${result.mismatches.join('; ')}`);
}

describe('decision fixtures', () => {
  it('hold at least 40 cases covering every kind of case the issue names', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    const categories = new Set(fixtures.map((fixture) => fixture.category));
    for (const category of ['invoice-clean', 'invoice-dates', 'invoice-total', 'invoice-sums', 'invoice-currency', 'invoice-missing', 'invoice-ocr', 'invoice-languages', 'invoice-currencies', 'invoice-words']) {
      expect(categories).toContain(category);
    }
    expect(fixtures.some((fixture) => fixture.kind === 'document')).toBe(true);
    for (const decision of ['PASS', 'FAIL', 'NEEDS_INFO']) expect(fixtures.some((fixture) => fixture.expected.decision === decision)).toBe(true);
  });

  it('have unique ids', () => {
    expect(new Set(fixtures.map((fixture) => fixture.id)).size).toBe(fixtures.length);
  });
});

describe('the rule engine on the fixtures', () => {
  it('agrees with every expected decision', () => {
    // The list is in the failure message, so a regression names its cases.
    expect(disagreements(results)).toEqual([]);
    expect(agreement(total(byCategory(results)))).toBe(1);
  });

  it('finds at least 95% of the expected fields', () => {
    const overall = total(byCategory(results));
    expect(overall.fieldsMatched / overall.fieldsExpected).toBeGreaterThanOrEqual(0.95);
  });

  it('cites only text that occurs in the document, and always cites something for a PASS or FAIL', () => {
    for (const { fixture, decision } of results) {
      for (const item of decision?.evidence ?? []) expect({ id: fixture.id, found: fixture.text.includes(item) }).toEqual({ id: fixture.id, found: true });
      if (decision && decision.decision !== 'NEEDS_INFO') expect({ id: fixture.id, cited: decision.evidence.length > 0 }).toEqual({ id: fixture.id, cited: true });
    }
  });
});

describe('the rule engine on the hold-out development half', () => {
  it('agrees with at least 95% of the expected decisions and finds at least 90% of the expected fields', () => {
    const overall = total(byCategory(devResults));
    expect({ agreement: agreement(overall) >= 0.95, wrong: disagreements(devResults) }).toEqual({ agreement: true, wrong: expect.any(Array) });
    expect(overall.fieldsMatched / overall.fieldsExpected).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the rule engine on the second development set (dev2)', () => {
  it('agrees with at least 93% of the expected decisions, finds at least 90% of the fields, and cites only the text', () => {
    const overall = total(byCategory(dev2Results));
    expect({ agreement: agreement(overall) >= 0.93, wrong: disagreements(dev2Results) }).toEqual({ agreement: true, wrong: expect.any(Array) });
    expect(overall.fieldsMatched / overall.fieldsExpected).toBeGreaterThanOrEqual(0.9);
    for (const { fixture, decision } of dev2Results) {
      for (const item of decision?.evidence ?? []) expect({ id: fixture.id, found: fixture.text.includes(item) }).toEqual({ id: fixture.id, found: true });
    }
  });
});
