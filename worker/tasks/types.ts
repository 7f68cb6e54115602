/** A task: what the caller asks for, how an LLM is asked to do it, and how its answer is read. */
import type { z } from 'zod';
import type { Decision } from '../../shared/task-schemas';

export interface RenderedPrompt {
  system: string;
  prompt: string;
  responseFormat: 'text' | 'json';
  maxOutputTokens?: number;
}

export interface TaskOutput {
  result: string;
  decision: Decision | null;
  /** Things the parser had to correct or drop; each lowers the confidence. */
  notes: string[];
  /** The most the answer may be trusted whatever the provider (a heuristic, a rule-engine fallback). */
  confidenceCap?: number;
}

export interface ParseContext<O> {
  text: string;
  options: O;
  /** The provider that produced `raw`; `local` answers come from the rule engines. */
  provider: string;
  /**
   * Asks the same provider once more, with the original instructions plus `instruction` about
   * what was wrong, and returns its raw answer: for a parser that can repair an unusable answer.
   */
  repair(instruction: string): Promise<string>;
}

export interface TaskDefinition<O = Record<string, unknown>> {
  name: string;
  description: string;
  options: z.ZodType<O>;
  render(text: string, options: O): RenderedPrompt;
  parse(raw: string, context: ParseContext<O>): TaskOutput | Promise<TaskOutput>;
  /**
   * The task done without an LLM, for the offline `local` provider: absent when it cannot be done,
   * undefined for an input it cannot handle honestly (the provider then answers `unsupported`).
   */
  offline?(text: string, options: O): string | undefined;
}

/** Thrown by a parser when a provider's answer cannot be used; the chain treats it as a malformed response. */
export class TaskOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TaskOutputError';
  }
}
