import { taskContract } from '../../shared/tasks/catalog';
import { fieldKey, type ExtractOptions } from '../../shared/tasks/options';
import { extractOffline, isOfflineField } from './extract-offline';
import { readJsonObject } from './json-answer';
import { readWithRepair } from './repair';
import { TaskOutputError, type TaskDefinition } from './types';

/** Exactly the requested fields, in their requested spelling; notes say what had to be filled in or dropped. */
function conform(answer: Record<string, unknown>, fields: string[]): { value: Record<string, unknown>; notes: string[] } {
  const byKey = new Map(Object.entries(answer).map(([key, value]) => [fieldKey(key), { key, value }]));
  const value: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const field of fields) {
    const found = byKey.get(fieldKey(field));
    byKey.delete(fieldKey(field));
    if (found === undefined) missing.push(field);
    value[field] = found?.value ?? null;
  }
  const notes: string[] = [];
  if (missing.length) notes.push(`the answer left out ${missing.join(', ')}; set to null`);
  if (byKey.size) notes.push(`dropped fields that were not asked for: ${[...byKey.values()].map((entry) => entry.key).join(', ')}`);
  return { value, notes };
}

export const extractTask: TaskDefinition<ExtractOptions> = {
  ...taskContract('extract'),
  render(text, opts) {
    return {
      system: [
        'You extract facts from documents.',
        `Answer with one JSON object and nothing else, with exactly these keys: ${opts.fields.map((f) => JSON.stringify(f)).join(', ')}.`,
        'Use the value as the text states it (numbers as JSON numbers, dates as YYYY-MM-DD) and null for a field the text does not state. Never guess.',
      ].join('\n'),
      prompt: text,
      responseFormat: 'json',
    };
  },
  async parse(raw, { options: opts, provider, repair }) {
    const read = await readWithRepair({
      raw,
      read: readJsonObject,
      instruction: (error) => `Your previous answer could not be used (${error}). Answer with only a JSON object with the keys ${opts.fields.join(', ')}.`,
      repair,
    });
    if (!read.ok) throw new TaskOutputError(`no usable JSON object after one repair: ${read.errors.join(' / ')}`);
    const { value, notes } = conform(read.value, opts.fields);
    if (provider === 'local') {
      // The offline extractor always answers every key; what it cannot do is said once, not as missing keys.
      const unknown = opts.fields.filter((field) => !isOfflineField(field));
      const offlineNotes = unknown.length ? [`the offline extractor does not know ${unknown.join(', ')}; set to null`] : [];
      return { result: JSON.stringify(value), decision: null, notes: offlineNotes };
    }
    return { result: JSON.stringify(value), decision: null, notes: [...read.notes, ...notes] };
  },
  offline: (text, opts) => extractOffline(text, opts.fields),
};
