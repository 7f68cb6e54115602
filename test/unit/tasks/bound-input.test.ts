/** The local NLP's input bounds: no token over 200 characters, no sentence over 4,000; ordinary text untouched. */
import { boundInput, MAX_SENTENCE_CHARS, MAX_TOKEN_CHARS } from '../../../worker/providers/local/bound-input';

describe('boundInput', () => {
  it('leaves ordinary text as it is', () => {
    const text = 'Invoice INV-7 from Acme Ltd.\nTotal due: EUR 1,250.00 by 2026-03-31. Thanks!';
    expect(boundInput(text)).toBe(text);
  });

  it('cuts a 200,000-character word to MAX_TOKEN_CHARS', () => {
    expect(boundInput(`start ${'a'.repeat(200_000)} end.`)).toBe(`start ${'a'.repeat(MAX_TOKEN_CHARS)} end.`);
  });

  it('breaks a sentence with no end into pieces of at most MAX_SENTENCE_CHARS, at spaces', () => {
    const out = boundInput('word '.repeat(10_000));
    const pieces = out.split('\n\n');
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(out.replace(/\s+/g, ' ').trim()).toBe('word '.repeat(10_000).trim());
  });
});
