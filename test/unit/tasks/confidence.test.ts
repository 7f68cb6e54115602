/** Confidence: the provider's base (configurable), capped for heuristics, lowered for each correction. */
import { parseConfig } from '../../../shared/config';
import { baseConfidence, confidenceFor } from '../../../worker/confidence';

describe('confidenceFor', () => {
  it.each([
    ['mistral', 0.88],
    ['gemini', 0.85],
    ['openai', 0.89],
    ['claude', 0.9],
    ['huggingface', 0.75],
    ['local', 0.6],
  ])('starts %s at %d for a clean answer', (provider, expected) => {
    expect(confidenceFor(provider, { notes: [] })).toBe(expected);
  });

  it('gives an unknown (extra OpenAI-compatible) provider a middling base', () => {
    expect(confidenceFor('ollama', { notes: [] })).toBe(0.75);
  });

  it('takes a configured base instead of the built-in one, but never lifts local above 0.6', () => {
    expect(confidenceFor('openai', { notes: [] }, { openai: 0.7 })).toBe(0.7);
    expect(baseConfidence('local', { local: 0.95 })).toBe(0.6);
  });

  it('lowers the confidence by 0.1 for each repair or dropped evidence, never below 0.05', () => {
    expect(confidenceFor('claude', { notes: ['repaired'] })).toBe(0.8);
    expect(confidenceFor('claude', { notes: ['repaired', 'dropped evidence'] })).toBe(0.7);
    expect(confidenceFor('local', { notes: Array.from({ length: 9 }, () => 'note') })).toBe(0.05);
  });

  it('caps the answer of a heuristic or a rule-engine fallback whatever the provider', () => {
    expect(confidenceFor('claude', { notes: ['the rule engine decided'], confidenceCap: 0.6 })).toBe(0.5);
    expect(confidenceFor('local', { notes: [], confidenceCap: 0.4 })).toBe(0.4);
  });
});

describe('CONFIDENCE_OVERRIDES', () => {
  it('parses a JSON object of provider names to numbers and defaults to none', () => {
    expect(parseConfig({ CONFIDENCE_OVERRIDES: '{"openai":0.8,"ollama":0.5}' }).CONFIDENCE_OVERRIDES).toEqual({ openai: 0.8, ollama: 0.5 });
    expect(parseConfig({}).CONFIDENCE_OVERRIDES).toEqual({});
  });

  it.each(['{"openai":1.5}', 'openai=0.8', '[0.8]', '{"OpenAI":0.8}'])('refuses %s, naming the variable', (value) => {
    expect(() => parseConfig({ CONFIDENCE_OVERRIDES: value })).toThrow(/CONFIDENCE_OVERRIDES/);
  });
});
