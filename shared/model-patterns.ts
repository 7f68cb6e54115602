/**
 * Which provider serves a bare model name (`gpt-4o-mini` → openai, `claude-sonnet-4-5` → claude):
 * one table, the provider rows' `modelPatterns`, extended by MODEL_PATTERNS, whose entries are
 * tried first so that an operator can send a family elsewhere (`{"ollama":["llama*"]}`).
 */
import { z } from 'zod';
import { jsonEnv } from './config/json-env';
import { PROVIDER_NAME } from './config/values';
import type { ProviderDescriptor } from './providers/descriptor';

export interface ModelPatternRule {
  provider: string;
  pattern: RegExp;
  /** Where the rule comes from, for messages: `MODEL_PATTERNS` or the provider table. */
  source: 'config' | 'table';
}

/** A glob (`*` for any run of characters), matched against the whole name, case-sensitively as providers do. */
const GLOB = /^[A-Za-z0-9*][A-Za-z0-9._:/*-]{0,127}$/;

export function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

export const modelPatternsSchema = jsonEnv(
  z.record(
    z.string().regex(PROVIDER_NAME, 'provider names are lower-case'),
    z.array(z.string().regex(GLOB, 'a pattern is a model name with * for any characters, e.g. "llama*"')).min(1, 'list at least one pattern'),
  ),
  'a JSON object of provider name to a list of model-name patterns, e.g. {"ollama":["llama*","qwen*"]}',
);
export type ModelPatterns = z.infer<typeof modelPatternsSchema>;

/** Configured rules first, then the table's, in table order. */
export function modelPatternRules(configured: ModelPatterns, descriptors: readonly ProviderDescriptor[]): ModelPatternRule[] {
  const fromConfig = Object.entries(configured).flatMap(([provider, globs]) =>
    globs.map((glob): ModelPatternRule => ({ provider, pattern: globToRegExp(glob), source: 'config' })),
  );
  const fromTable = descriptors.flatMap((d) => (d.modelPatterns ?? []).map((pattern): ModelPatternRule => ({ provider: d.name, pattern, source: 'table' })));
  return [...fromConfig, ...fromTable];
}

/** The providers whose rules match `model`, in rule order, each once. */
export function providersFor(model: string, rules: readonly ModelPatternRule[]): ModelPatternRule[] {
  const seen = new Set<string>();
  return rules.filter((rule) => {
    if (seen.has(rule.provider) || !rule.pattern.test(model)) return false;
    seen.add(rule.provider);
    return true;
  });
}
