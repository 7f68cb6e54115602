/**
 * The tasks a worker runs: each is its entry in shared/tasks/catalog.ts (what the API validates
 * against) plus a prompt, a parser and perhaps an offline form.
 */
import type { TaskDefinition } from './types';
import { summarizeTask } from './summarize';
import { invoiceCheckTask } from './invoice-check';
import { documentReviewTask } from './document-review';
import { classifyTask } from './classify';
import { extractTask } from './extract';
import { translateTask } from './translate';
import { chatTask } from './chat';

// Each task keeps its own option type; the registry only needs the common surface.
const ALL = [summarizeTask, invoiceCheckTask, documentReviewTask, classifyTask, extractTask, translateTask, chatTask] as unknown as TaskDefinition[];

export const TASKS: ReadonlyMap<string, TaskDefinition> = new Map(ALL.map((t) => [t.name, t]));

export function taskNames(): string[] {
  return [...TASKS.keys()];
}

export function getTask(name: string): TaskDefinition | undefined {
  return TASKS.get(name);
}
