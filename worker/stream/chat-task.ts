/**
 * The task a chat completion runs as in the ordinary (non-streamed) chain: the conversation is in
 * the request's `messages`, and the answer is the model's text exactly as given (OpenAI clients
 * expect it untouched, empty answers included).
 */
import { z } from 'zod';
import { CHAT_COMPLETION_TASK } from '../../shared/chat-job';
import type { TaskDefinition } from '../tasks/types';

export const chatCompletionTask: TaskDefinition = {
  name: CHAT_COMPLETION_TASK,
  description: 'An OpenAI-style chat completion (POST /v1/chat/completions).',
  options: z.record(z.string(), z.unknown()),
  render: () => ({ system: '', prompt: '', responseFormat: 'text' }),
  parse: (raw) => ({ result: raw, decision: null, notes: [] }),
};
