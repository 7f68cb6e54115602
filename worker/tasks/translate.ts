import { z } from 'zod';
import { TaskOutputError, type TaskDefinition } from './types';

const language = z.string().trim().min(2).max(50).regex(/^[\p{L}][\p{L} ()-]*$/u, 'a language name or code, such as "German" or "de"');

const options = z.object({ target_language: language, source_language: language.optional() }).strict();
export type TranslateOptions = z.infer<typeof options>;

export const translateTask: TaskDefinition<TranslateOptions> = {
  name: 'translate',
  description: 'Translates the text into the target language (option target_language; source_language optional). Needs a model: the offline local provider cannot translate.',
  options,
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
