import { taskContract } from '../../shared/tasks/catalog';
import type { SummarizeOptions } from '../../shared/tasks/options';
import { extractiveSummary } from '../providers/local/summarizer';
import { TaskOutputError, type TaskDefinition } from './types';

export const summarizeTask: TaskDefinition<SummarizeOptions> = {
  ...taskContract('summarize'),
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
