import { describe, expect, it } from 'vitest';
import { englishTokens, japaneseCharTokens, japaneseWordTokens, rouge, rougeL, rougeLsum, rougeN } from './rouge';

describe('English tokens (rouge_score with stemming)', () => {
  it('lowercases, splits on non [a-z0-9] and Porter-stems tokens longer than 3', () => {
    expect(englishTokens('Running dogs are jumping over U.S. cars!')).toEqual(['run', 'dog', 'are', 'jump', 'over', 'u', 's', 'car']);
  });
  it('leaves short tokens unstemmed', () => {
    expect(englishTokens('was has')).toEqual(['was', 'has']);
  });
});

describe('ROUGE on the rouge_score README example', () => {
  const ref = englishTokens('The quick brown fox jumps over the lazy dog');
  const pred = englishTokens('The quick brown dog jumps on the log.');
  it('ROUGE-1', () => {
    const s = rougeN(ref, pred, 1);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.66667, 4);
    expect(s.f).toBeCloseTo(0.70588, 4);
  });
  it('ROUGE-2', () => {
    const s = rougeN(ref, pred, 2);
    expect(s.precision).toBeCloseTo(2 / 7);
    expect(s.recall).toBeCloseTo(2 / 8);
  });
  it('ROUGE-L', () => {
    const s = rougeL(ref, pred);
    expect(s.precision).toBeCloseTo(0.625);
    expect(s.recall).toBeCloseTo(0.55556, 4);
  });
});

describe('ROUGE-Lsum', () => {
  it('takes the union LCS of a reference sentence over candidate sentences (Lin 2004 example)', () => {
    const s = rougeLsum([['w1', 'w2', 'w3', 'w4', 'w5']], [['w1', 'w2', 'w6', 'w7', 'w8'], ['w1', 'w3', 'w8', 'w9', 'w5']]);
    expect(s.recall).toBeCloseTo(4 / 5);
    expect(s.precision).toBeCloseTo(4 / 10);
  });
  it('equals ROUGE-L for a single sentence on both sides', () => {
    const ref = ['a', 'b', 'c', 'd'];
    const pred = ['a', 'c', 'x', 'd'];
    expect(rougeLsum([ref], [pred]).f).toBeCloseTo(rougeL(ref, pred).f);
  });
  it('is zero for an empty summary', () => {
    expect(rouge(['a b c'], [], englishTokens)).toEqual({ r1: 0, r2: 0, rLsum: 0 });
  });
});

describe('Japanese tokens', () => {
  it('ja-char drops whitespace, punctuation and symbols', () => {
    expect(japaneseCharTokens('東京、 雨。「はい」')).toEqual(['東', '京', '雨', 'は', 'い']);
  });
  it('ja-word keeps only word-like segments', () => {
    const words = japaneseWordTokens('東京で雨が降った。');
    expect(words.join('')).toBe('東京で雨が降った');
    expect(words.length).toBeGreaterThan(1);
  });
});
