import { taskContract } from '../../shared/tasks/catalog';
import type { ChatOptions } from '../../shared/tasks/options';
import { TaskOutputError, type TaskDefinition } from './types';

const DEFAULT_SYSTEM = 'You are a helpful assistant. Answer accurately and concisely.';

export const chatTask: TaskDefinition<ChatOptions> = {
  ...taskContract('chat'),
  render(text, opts) {
    return { system: opts.system ?? DEFAULT_SYSTEM, prompt: text, responseFormat: 'text', maxOutputTokens: opts.max_output_tokens };
  },
  parse(raw) {
    const result = raw.trim();
    if (!result) throw new TaskOutputError('the provider answered with an empty message');
    return { result, decision: null, notes: [] };
  },
};
