import { describe, expect, it } from 'vitest';
import { englishTokens } from './rouge';
import { pairedDifference } from './stats';
import { textRank } from './textrank';

describe('TextRank', () => {
  const sentences = [
    'Cats like milk and fish.',
    'Stock markets fell sharply today.',
    'Many cats like fish more than milk.',
    'Fish and milk are what cats like.',
  ];
  it('drops the sentence unrelated to the others and keeps reading order', () => {
    expect(textRank(sentences, englishTokens, 3)).toEqual([sentences[0], sentences[2], sentences[3]]);
  });
  it('returns everything when there are no more sentences than asked for', () => {
    expect(textRank(sentences.slice(0, 2), englishTokens, 3)).toEqual(sentences.slice(0, 2));
  });
});

describe('paired bootstrap difference', () => {
  it('gives the mean difference inside its interval, deterministically', () => {
    const a = [0.5, 0.6, 0.7, 0.4];
    const b = [0.4, 0.4, 0.6, 0.4];
    const d = pairedDifference(a, b);
    expect(d.diff).toBeCloseTo(0.1);
    expect(d.low).toBeLessThanOrEqual(d.diff);
    expect(d.high).toBeGreaterThanOrEqual(d.diff);
    expect(pairedDifference(a, b)).toEqual(d);
  });
});
