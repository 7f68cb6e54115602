/** Collects the findings of a rule engine and turns them into one decision with grounded evidence. */
import { boundedEvidence } from './evidence-span';

export type Verdict = 'PASS' | 'FAIL' | 'NEEDS_INFO';

export interface RulesDecision {
  decision: Verdict;
  reasons: string[];
  evidence: string[];
  fields: Record<string, unknown>;
}

export class DecisionBuilder {
  private readonly failures: string[] = [];
  private readonly gaps: string[] = [];
  private readonly evidence: string[] = [];

  constructor(private readonly text: string) {}

  /** A contradiction in the document: decides FAIL. */
  fail(reason: string, ...spans: string[]): void {
    this.failures.push(reason);
    this.cite(...spans);
  }

  /** Something required that the document does not state: NEEDS_INFO unless something failed. */
  missing(reason: string): void {
    this.gaps.push(reason);
  }

  /**
   * Only spans found verbatim in the text are kept, so evidence can always be located by the
   * reader; a span longer than MAX_EVIDENCE, or the whole input, gives way to the evidence around it.
   */
  cite(...spans: string[]): void {
    for (const span of spans) {
      const bounded = span ? boundedEvidence(this.text, span) : '';
      if (bounded && !this.evidence.includes(bounded)) this.evidence.push(bounded);
    }
  }

  /** `passReason` says what was checked, so a PASS is not an empty answer. */
  build(fields: Record<string, unknown>, passReason: string): RulesDecision {
    const decision: Verdict = this.failures.length ? 'FAIL' : this.gaps.length ? 'NEEDS_INFO' : 'PASS';
    const reasons = decision === 'PASS' ? [passReason] : [...this.failures, ...this.gaps];
    return { decision, reasons, evidence: [...this.evidence], fields };
  }
}

/** Two decimals, as money is written: 1234.5 → "1234.50". */
export function money(value: number): string {
  return value.toFixed(2);
}
