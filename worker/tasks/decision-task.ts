/**
 * The shared shape of the decision tasks (`invoice_check`, `document_review`): the model is asked
 * for JSON, the answer is validated with zod, evidence not found in the input is dropped, and
 * when the answer is unusable the rule engine decides instead.
 */
import { z } from 'zod';
import type { Decision } from '../../shared/task-schemas';
import { groundEvidence } from '../decisions/evidence';
import type { RulesDecision } from '../decisions/invoice-rules';
import type { TaskDefinition, TaskOutput } from './types';

export const modelDecisionSchema = z.object({
  decision: z.enum(['PASS', 'FAIL', 'NEEDS_INFO']),
  reasons: z.array(z.string()).max(50),
  evidence: z.array(z.string()).max(100),
  fields: z.record(z.string(), z.unknown()).optional(),
});

export interface DecisionTaskSpec<O> {
  name: string;
  description: string;
  options: z.ZodType<O>;
  instructions(options: O): string;
  rules(text: string, options: O): RulesDecision;
}

/** Models often wrap JSON in a markdown fence or add a sentence around it. */
function extractJsonObject(raw: string): unknown {
  const start = raw.indexOf('{');
  const end = raw.lastIndexOf('}');
  if (start < 0 || end <= start) throw new Error('no JSON object in the answer');
  return JSON.parse(raw.slice(start, end + 1));
}

function summarise(decision: Decision): string {
  const why = decision.reasons.length ? `: ${decision.reasons.join('; ')}` : '';
  return `${decision.decision}${why}`;
}

function fromRules(rules: RulesDecision, notes: string[]): TaskOutput {
  const decision: Decision = { ...rules, engine: 'rules' };
  return { result: summarise(decision), decision, notes };
}

export function defineDecisionTask<O>(spec: DecisionTaskSpec<O>): TaskDefinition<O> {
  return {
    name: spec.name,
    description: spec.description,
    options: spec.options,
    render(text, options) {
      return {
        system: [
          spec.instructions(options),
          'Answer with one JSON object and nothing else:',
          '{"decision": "PASS" | "FAIL" | "NEEDS_INFO", "reasons": [string], "evidence": [string], "fields": {string: any}}.',
          'Each evidence item must be copied exactly, character for character, from the document.',
        ].join('\n'),
        prompt: text,
        responseFormat: 'json',
      };
    },
    offline: (text, options) => JSON.stringify(spec.rules(text, options)),
    parse(raw, { text, options, provider }) {
      // The local provider's answer already is the rule engine's decision (see `offline`).
      if (provider === 'local') return fromRules(JSON.parse(raw) as RulesDecision, []);
      let parsed: z.infer<typeof modelDecisionSchema>;
      try {
        parsed = modelDecisionSchema.parse(extractJsonObject(raw));
      } catch (err) {
        const why = err instanceof z.ZodError ? 'it did not match the decision schema' : 'it was not valid JSON';
        return fromRules(spec.rules(text, options), [`the model's answer was unusable (${why}); the rule engine decided`]);
      }
      const { kept, dropped } = groundEvidence(text, parsed.evidence);
      const notes = dropped.length ? [`dropped ${dropped.length} evidence item(s) not found in the text`] : [];
      const decision: Decision = { ...parsed, evidence: kept, engine: 'model' };
      return { result: summarise(decision), decision, notes };
    },
  };
}
