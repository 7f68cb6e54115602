import { taskContract } from '../../shared/tasks/catalog';
import type { ClassifyOptions } from '../../shared/tasks/options';
import { keywordLabel } from './classify-offline';
import { readWithRepair } from './repair';
import type { Read } from './json-answer';
import { TaskOutputError, type TaskDefinition } from './types';

/** The keyword heuristic is a guess; it must never look as sure as a model. */
const OFFLINE_CONFIDENCE_CAP = 0.4;
/** Quotes, markdown emphasis or a trailing full stop around the answer. */
const QUOTES = /^["'`*“”‘’]+|["'`*“”‘’.!]+$/gu;
/** "Label: Billing"; tried only after the bare answer, so a label such as "Class-A" survives. */
const PREFIX = /^(?:label|category|class|answer)\s*[:=-]\s*/iu;

function unquote(value: string): string {
  return value.trim().replace(QUOTES, '').trim().toLowerCase();
}

function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An exact label, or (noted) the one label an answer mentions among other words ("It is Billing."). */
function readLabel(raw: string, labels: string[]): Read<{ label: string; loose: boolean }> {
  const answer = unquote(raw);
  const bare = unquote(answer.replace(PREFIX, ''));
  const exact = labels.find((label) => label.toLowerCase() === answer) ?? labels.find((label) => label.toLowerCase() === bare);
  if (exact) return { ok: true, value: { label: exact, loose: false } };
  const mentioned = labels.filter((label) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(label.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(answer));
  if (mentioned.length === 1 && mentioned[0]) return { ok: true, value: { label: mentioned[0], loose: true } };
  const shown = JSON.stringify(raw.trim().slice(0, 80));
  return { ok: false, error: mentioned.length ? `the answer ${shown} names more than one label` : `the answer ${shown} is not one of the labels` };
}

export const classifyTask: TaskDefinition<ClassifyOptions> = {
  ...taskContract('classify'),
  render(text, opts) {
    return {
      system: [
        'You classify texts. Choose exactly one of these labels:',
        ...opts.labels.map((label) => `- ${label}`),
        'Answer with the label only, written exactly as above, and nothing else.',
      ].join('\n'),
      prompt: text,
      responseFormat: 'text',
      maxOutputTokens: 50,
    };
  },
  async parse(raw, { options: opts, provider, repair }) {
    const read = await readWithRepair({
      raw,
      read: (answer) => readLabel(answer, opts.labels),
      instruction: (error) => `Your previous answer could not be used: ${error}. Answer with exactly one of: ${opts.labels.join(', ')}.`,
      repair,
    });
    if (!read.ok) throw new TaskOutputError(`no usable label after one repair: ${read.errors.join(' / ')}`);
    const notes = [...read.notes];
    if (read.value.loose) notes.push('the label was found inside a longer answer');
    if (provider === 'local') {
      notes.push('offline keyword-overlap heuristic, not a model');
      return { result: read.value.label, decision: null, notes, confidenceCap: OFFLINE_CONFIDENCE_CAP };
    }
    return { result: read.value.label, decision: null, notes };
  },
  offline: (text, opts) => keywordLabel(text, opts.labels),
};
