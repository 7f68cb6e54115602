/**
 * The tasks callers can ask for (POST /ai/task, GET /ai/tasks): name, description, options and
 * whether the offline `local` provider can do them. The worker's task definitions
 * (worker/tasks/*.ts) add prompts, parsers and offline forms to these entries; a unit test holds
 * the two lists together.
 */
import type { z } from 'zod';
import * as o from './options';

export interface TaskContract {
  description: string;
  /** The offline `local` provider can do this task (possibly only for some inputs; see the description). */
  offline: boolean;
  options: z.ZodType;
}

export const TASK_CATALOG = {
  summarize: {
    description: 'A short summary of the text.',
    offline: true,
    options: o.summarizeOptions,
  },
  invoice_check: {
    description:
      'Checks an invoice for required fields (number, issue and due date, total, vendor, customer) and contradictions ' +
      '(due before issue, zero or negative total, items not adding up, mixed currencies); answers PASS, FAIL or NEEDS_INFO with evidence quoted from the text.',
    offline: true,
    options: o.invoiceCheckOptions,
  },
  document_review: {
    description:
      'Reviews a business document for required sections (option required_sections), a signature (option require_signature, default true) ' +
      'and dates that exist and agree; answers PASS, FAIL or NEEDS_INFO with evidence quoted from the text.',
    offline: true,
    options: o.documentReviewOptions,
  },
  classify: {
    description:
      'Puts the text into exactly one of the given labels (option labels). Offline, the local provider guesses by keyword overlap ' +
      'between labels and text (a heuristic, confidence at most 0.4) and declines when no label word occurs in the text.',
    offline: true,
    options: o.classifyOptions,
  },
  extract: {
    description:
      'Extracts the named fields (option fields) as one JSON object with exactly those keys, null for what the text does not state; the result is that object as a JSON string. ' +
      'Offline, the local provider fills invoice-like fields (invoice_number, issue_date, due_date, total, subtotal, tax, currency, vendor, customer, ...) with its rule-based entity extractor and leaves others null.',
    offline: true,
    options: o.extractOptions,
  },
  translate: {
    description: 'Translates the text into the target language (option target_language; source_language optional). Needs a model: the offline local provider cannot translate.',
    offline: false,
    options: o.translateOptions,
  },
  chat: {
    description: 'Answers the text as a free prompt, with an optional system prompt (option system) and output limit (option max_output_tokens). Needs a model: the offline local provider cannot chat.',
    offline: false,
    options: o.chatOptions,
  },
} as const satisfies Record<string, TaskContract>;

export type TaskName = keyof typeof TASK_CATALOG;
export const TASK_NAMES = Object.keys(TASK_CATALOG) as TaskName[];

export function findTaskContract(name: string): (TaskContract & { name: TaskName }) | undefined {
  return Object.hasOwn(TASK_CATALOG, name) ? { name: name as TaskName, ...TASK_CATALOG[name as TaskName] } : undefined;
}

/** What a worker task definition takes from its entry. */
export function taskContract<N extends TaskName>(name: N): { name: N; description: string; options: (typeof TASK_CATALOG)[N]['options'] } {
  const { description, options } = TASK_CATALOG[name];
  return { name, description, options };
}
