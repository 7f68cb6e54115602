/**
 * One factory per adapter folder that the provider table names. The record is typed by the
 * table: a row naming a folder that is not registered here does not compile.
 */
import type { BuiltInAdapter } from '../../shared/providers/descriptors';
import { createClaudeAdapter } from './claude';
import { createGeminiAdapter } from './gemini';
import { createHuggingFaceAdapter } from './huggingface';
import { createMistralAdapter } from './mistral';
import { createNvidiaAdapter } from './nvidia';
import { createOpenAIAdapter } from './openai';
import { createOpenAICompatibleAdapter } from './openai-compatible';
import type { AdapterFactory } from './types';

export const ADAPTERS: Readonly<Record<BuiltInAdapter, AdapterFactory>> = {
  mistral: createMistralAdapter,
  gemini: createGeminiAdapter,
  openai: createOpenAIAdapter,
  claude: createClaudeAdapter,
  huggingface: createHuggingFaceAdapter,
  nvidia: createNvidiaAdapter,
  'openai-compatible': createOpenAICompatibleAdapter,
};
