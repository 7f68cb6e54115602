import { z } from 'zod';
import { extractiveSummary } from '../providers/local/summarizer';
import { TaskOutputError, type TaskDefinition } from './types';

const options = z
  .object({
    max_sentences: z.number().int().min(1).max(50).optional(),
    max_words: z.number().int().min(5).max(5_000).optional(),
  })
  .strict();
export type SummarizeOptions = z.infer<typeof options>;

export const summarizeTask: TaskDefinition<SummarizeOptions> = {
  name: 'summarize',
  description: 'A short summary of the text.',
  options,
  render(text, opts) {
    const limits = [
      opts.max_sentences ? `at most ${opts.max_sentences} sentences` : 'a few sentences',
      opts.max_words ? `at most ${opts.max_words} words` : undefined,
    ].filter(Boolean);
    return {
      system: `You summarise documents faithfully. Answer with the summary only, in ${limits.join(' and ')}, in the language of the text.`,
      prompt: text,
      responseFormat: 'text',
    };
  },
  parse(raw) {
    const result = raw.trim();
    if (!result) throw new TaskOutputError('the provider answered with an empty summary');
    return { result, decision: null, notes: [] };
  },
  offline: (text, opts) => extractiveSummary(text, { maxSentences: opts.max_sentences ?? 3, maxWords: opts.max_words }),
};
