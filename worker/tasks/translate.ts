import { taskContract } from '../../shared/tasks/catalog';
import type { TranslateOptions } from '../../shared/tasks/options';
import { TaskOutputError, type TaskDefinition } from './types';

export const translateTask: TaskDefinition<TranslateOptions> = {
  ...taskContract('translate'),
  render(text, opts) {
    const from = opts.source_language ? ` from ${opts.source_language}` : '';
    return {
      system: [
        `You are a translator. Translate the user's text${from} into ${opts.target_language}.`,
        'Keep names, numbers, dates and formatting as they are. Answer with the translation only, without notes or quotes.',
      ].join(' '),
      prompt: text,
      responseFormat: 'text',
    };
  },
  parse(raw) {
    const result = raw.trim();
    if (!result) throw new TaskOutputError('the provider answered with an empty translation');
    return { result, decision: null, notes: [] };
  },
};
