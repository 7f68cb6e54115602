/**
 * The shared shape of the decision tasks (`invoice_check`, `document_review`): the model is asked
 * for JSON, the answer is validated with zod (with one repair round), evidence not found in the
 * input is dropped, and when the answer stays unusable the rule engine decides instead.
 */
import { z } from 'zod';
import type { Decision } from '../../shared/task-schemas';
import { LOCAL_CONFIDENCE_CAP } from '../confidence';
import type { RulesDecision } from '../decisions/decision-builder';
import { boundInput } from '../providers/local/bound-input';
import { groundEvidence } from '../decisions/evidence';
import { readJsonAs } from './json-answer';
import { readWithRepair } from './repair';
import type { ParseContext, TaskDefinition, TaskOutput } from './types';

export const modelDecisionSchema = z
  .object({
    decision: z.enum(['PASS', 'FAIL', 'NEEDS_INFO']),
    reasons: z.array(z.string().min(1).max(1_000)).min(1).max(50),
    evidence: z.array(z.string().max(2_000)).max(100),
    // Models often write `"fields": null` for "nothing to report".
    fields: z
      .record(z.string(), z.unknown())
      .nullish()
      .transform((fields) => fields ?? undefined),
  })
  .strip();
export type ModelDecision = z.infer<typeof modelDecisionSchema>;

// `$schema` only costs prompt tokens; the model needs the shape.
const { $schema: _dialect, ...answerSchema } = z.toJSONSchema(modelDecisionSchema, { io: 'input' });
const ANSWER_SCHEMA = JSON.stringify(answerSchema);
const QUOTED_DROPS = 3;

export interface DecisionTaskSpec<O> {
  name: string;
  description: string;
  options: z.ZodType<O>;
  instructions(options: O): string;
  /** The facts the model reports in `fields`, named as the rule engine names them. */
  fields: string;
  rules(text: string, options: O): RulesDecision;
}

function summarise(decision: Decision): string {
  const why = decision.reasons.length ? `: ${decision.reasons.join('; ')}` : '';
  return `${decision.decision}${why}`;
}

function fromRules(rules: RulesDecision, notes: string[], confidenceCap?: number): TaskOutput {
  const decision: Decision = { ...rules, engine: 'rules' };
  return { result: summarise(decision), decision, notes, confidenceCap };
}

function fromModel(answer: ModelDecision, text: string, notes: string[]): TaskOutput {
  const { kept, dropped } = groundEvidence(text, answer.evidence);
  const allNotes = [...notes];
  if (dropped.length) {
    const quoted = dropped.slice(0, QUOTED_DROPS).map((item) => JSON.stringify(item.slice(0, 80)));
    const more = dropped.length > QUOTED_DROPS ? ', ...' : '';
    allNotes.push(`dropped ${dropped.length} evidence item(s) not found in the text: ${quoted.join(', ')}${more}`);
  }
  const decision: Decision = { ...answer, evidence: kept, engine: 'model' };
  return { result: summarise(decision), decision, notes: allNotes };
}

async function parseDecision<O>(spec: DecisionTaskSpec<O>, raw: string, ctx: ParseContext<O>): Promise<TaskOutput> {
  // The local provider's answer already is the rule engine's decision (see `offline`).
  if (ctx.provider === 'local') {
    const own = readJsonAs(raw, modelDecisionSchema);
    return fromRules(own.ok ? { ...own.value, fields: own.value.fields ?? {} } : spec.rules(ctx.text, ctx.options), []);
  }
  // Bounded as the local provider's input is: the rules run on this event loop here.
  const rulesInstead = (why: string): TaskOutput =>
    fromRules(spec.rules(boundInput(ctx.text), ctx.options), [`${why}; the rule engine decided`], LOCAL_CONFIDENCE_CAP);
  try {
    const answer = await readWithRepair({
      raw,
      read: (text) => readJsonAs(text, modelDecisionSchema),
      instruction: (error) => `Your previous answer could not be used (${error}). Answer again with only the JSON object described in the instructions.`,
      repair: ctx.repair,
    });
    if (!answer.ok) return rulesInstead(`the model's answer was unusable twice (${answer.errors.join(' / ')})`);
    return fromModel(answer.value, ctx.text, answer.notes);
  } catch (err) {
    // A rule engine can always decide, so a failed repair call is no reason to fail the task.
    return rulesInstead(`the model's answer was unusable and the repair request failed (${err instanceof Error ? err.message : String(err)})`);
  }
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
          'Answer with one JSON object and nothing else, matching this JSON schema:',
          ANSWER_SCHEMA,
          `In "fields" report ${spec.fields}; use null for what the document does not state.`,
          'Each evidence item must be copied exactly, character for character, from the document.',
        ].join('\n'),
        prompt: text,
        responseFormat: 'json',
      };
    },
    offline: (text, options) => JSON.stringify(spec.rules(text, options)),
    parse: (raw, ctx) => parseDecision(spec, raw, ctx),
  };
}
