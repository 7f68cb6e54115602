/**
 * The rule engine on perturbed invoices (see `perturb`): per kind and variant, how many cases keep
 * their expected decision, and for those that do not, what was answered and which required field
 * went missing. Decisions only: a perturbation may legitimately change a field's exact text.
 * Cases the engine already gets wrong unperturbed are left out (they measure something else).
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import type { Fixture } from './fixtures';
import { PERTURB_KINDS, perturbations, type PerturbKind } from './perturb';

export interface PerturbChange {
  id: string;
  variant: string;
  expected: string;
  answered: string;
  /** Required fields missing after the perturbation and not before. */
  missing: string[];
  reasons: string[];
}

export interface KindFigures {
  kind: PerturbKind;
  runs: number;
  kept: number;
  changed: PerturbChange[];
}

export interface PerturbReport {
  cases: number;
  /** Invoices the engine already answers wrongly unperturbed, left out. */
  skipped: string[];
  kinds: KindFigures[];
}

const missingOf = (reasons: string[]): string[] => reasons.filter((reason) => reason.startsWith('missing ')).map((reason) => reason.slice('missing '.length));

export function perturbReport(fixtures: Fixture[], seeds: number[] = [1]): PerturbReport {
  const kinds = new Map<PerturbKind, KindFigures>(PERTURB_KINDS.map((kind) => [kind, { kind, runs: 0, kept: 0, changed: [] }]));
  const skipped: string[] = [];
  let cases = 0;
  for (const fixture of fixtures.filter((one) => one.kind === 'invoice')) {
    const expected = fixture.expected.decision;
    const base = decideInvoice(fixture.text);
    if (base.decision !== expected) {
      skipped.push(fixture.id);
      continue;
    }
    cases += 1;
    const baseMissing = missingOf(base.reasons);
    for (const seed of seeds) {
      for (const perturbed of perturbations(fixture.id, fixture.text, seed)) {
        const figures = kinds.get(perturbed.kind);
        if (!figures) continue;
        figures.runs += 1;
        if (perturbed.text === fixture.text) {
          figures.kept += 1;
          continue;
        }
        const answer = decideInvoice(perturbed.text);
        if (answer.decision === expected) figures.kept += 1;
        else {
          const variant = seeds.length > 1 ? `${perturbed.variant}#${seed}` : perturbed.variant;
          const missing = missingOf(answer.reasons).filter((field) => !baseMissing.includes(field));
          figures.changed.push({ id: fixture.id, variant, expected, answered: answer.decision, missing, reasons: answer.reasons });
        }
      }
    }
  }
  return { cases, skipped, kinds: [...kinds.values()] };
}

function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : '-';
}

export function formatPerturbReport(name: string, report: PerturbReport, details = true): string {
  const lines = [`## ${name}: ${report.cases} invoices perturbed${report.skipped.length ? ` (${report.skipped.length} already answered wrongly left out: ${report.skipped.join(', ')})` : ''}`, ''];
  lines.push('| kind | runs | keep the expected decision |', '|---|---|---|');
  let runs = 0;
  let kept = 0;
  for (const figures of report.kinds) {
    lines.push(`| ${figures.kind} | ${figures.runs} | ${figures.kept} (${percent(figures.kept, figures.runs)}) |`);
    runs += figures.runs;
    kept += figures.kept;
  }
  lines.push(`| all | ${runs} | ${kept} (${percent(kept, runs)}) |`);
  if (details) {
    for (const figures of report.kinds) {
      for (const change of figures.changed) {
        const why = change.missing.length ? `missing ${change.missing.join(', ')}` : change.reasons.join('; ');
        lines.push(`- ${change.id} [${figures.kind}/${change.variant}] ${change.expected} → ${change.answered}: ${why}`);
      }
    }
  }
  return lines.join('\n');
}

/** The share of runs, over every kind, that keep their expected decision. */
export function robustness(report: PerturbReport): number {
  const runs = report.kinds.reduce((sum, figures) => sum + figures.runs, 0);
  const kept = report.kinds.reduce((sum, figures) => sum + figures.kept, 0);
  return runs ? kept / runs : 1;
}
