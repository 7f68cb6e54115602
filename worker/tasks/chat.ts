import { z } from 'zod';
import { TaskOutputError, type TaskDefinition } from './types';

const options = z
  .object({
    system: z.string().trim().min(1).max(8_000).optional(),
    max_output_tokens: z.number().int().min(1).max(32_000).optional(),
  })
  .strict();
export type ChatOptions = z.infer<typeof options>;

const DEFAULT_SYSTEM = 'You are a helpful assistant. Answer accurately and concisely.';

export const chatTask: TaskDefinition<ChatOptions> = {
  name: 'chat',
  description: 'Answers the text as a free prompt, with an optional system prompt (option system) and output limit (option max_output_tokens). Needs a model: the offline local provider cannot chat.',
  options,
  render(text, opts) {
    return { system: opts.system ?? DEFAULT_SYSTEM, prompt: text, responseFormat: 'text', maxOutputTokens: opts.max_output_tokens };
  },
  parse(raw) {
    const result = raw.trim();
    if (!result) throw new TaskOutputError('the provider answered with an empty message');
    return { result, decision: null, notes: [] };
  },
};
