/**
 * Round 21 part M: a prose item counting its units in words and stating its amount ("Twelve hours ... at
 * $95.00 an hour, $1,160.00") must give that amount as count x price (entity-line-prose-word-count).
 * Invented texts, with near misses.
 */
import { wordCountUnlike } from '../../worker/providers/local/entity-line-prose-word-count';

describe('a count in words against the stated amount', () => {
  it('flags a product the amount misses', () => {
    expect(wordCountUnlike('Eleven hours of on-site stock counting at $', ' an hour, $1,000.00.', 90, 1000)).toEqual({ computed: 990 });
    expect(wordCountUnlike('Drei Tage Workshop-Moderation zu je ', ' je Tag, 2.500,00 €', 800, 2500)).toEqual({ computed: 2400 });
  });

  it('near miss: a product that holds, or no price per unit, or a figure as the count', () => {
    expect(wordCountUnlike('Eleven hours of on-site stock counting at $', ' an hour, $990.00.', 90, 990)).toEqual({});
    expect(wordCountUnlike('One of the two rooms at £', ', £45.00.', 40, 45)).toEqual({});
    expect(wordCountUnlike('Eleven hours over 3 days at $', ' an hour, $1,000.00.', 90, 1000)).toEqual({});
  });
});
