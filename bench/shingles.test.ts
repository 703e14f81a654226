import { describe, expect, it } from 'vitest';
import { pageCounts, pagePrecision, pageRecall, shingles, shingleScore, shingleScoreWithError } from './shingles';
import { cjkCharTokens, wordTokens } from './tokens';

const t = (text: string): string[] => text.split(' ').filter(Boolean);

describe('tokens', () => {
  it('keeps \\w runs (letters, digits, underscore) and drops punctuation', () => {
    expect(wordTokens('Hello, world_1! 日本語です。 x2')).toEqual(['Hello', 'world_1', '日本語です', 'x2']);
  });
  it('splits Han, Kana, Hangul and ー into single-character tokens in the CJK variant', () => {
    expect(cjkCharTokens('Hello 日本語でーす 한국 abc')).toEqual(['Hello', '日', '本', '語', 'で', 'ー', 'す', '한', '국', 'abc']);
  });
});

describe('shingles', () => {
  it('makes 4-grams', () => {
    expect(shingles(t('a b c d e'))).toHaveLength(2);
  });
  it('gives one shorter shingle for 1–3 tokens and none for an empty text', () => {
    expect(shingles(t('a b c'))).toHaveLength(1);
    expect(shingles(t('a'))).toHaveLength(1);
    expect(shingles([])).toEqual([]);
  });
});

describe('page counts and edge rules', () => {
  it('scores an exact short text as perfect', () => {
    const c = pageCounts(t('a b c'), t('a b c'));
    expect([pagePrecision(c), pageRecall(c), c.exact]).toEqual([1, 1, true]);
  });
  it('a different short text shares no shingle', () => {
    const c = pageCounts(t('a b c'), t('a b'));
    expect([pagePrecision(c), pageRecall(c), c.exact]).toEqual([0, 0, false]);
  });
  it('counts multisets: extra shingles are false positives', () => {
    const c = pageCounts(t('a b c d e'), t('a b c d e f'));
    expect(pagePrecision(c)).toBeCloseTo(2 / 3);
    expect(pageRecall(c)).toBe(1);
  });
  it('clips repeated shingles by the truth count', () => {
    const c = pageCounts(t('a b c d'), t('a b c d x a b c d'));
    expect(pagePrecision(c)).toBeCloseTo(1 / 6);
  });
  it('leaves an empty prediction out of precision but counts it in recall', () => {
    const score = shingleScore([pageCounts(t('a b c d e'), []), pageCounts(t('a b c d'), t('a b c d'))]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0.5);
  });
  it('leaves a page with empty truth and prediction out of both means but counts it as accurate', () => {
    const score = shingleScore([pageCounts([], []), pageCounts(t('a b c d e'), t('a b c d'))]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0.5);
    expect(score.accuracy).toBe(0.5);
  });
});

describe('aggregate', () => {
  it('computes F1 from mean precision and mean recall, not the mean of page F1s', () => {
    // page 1: P=1, R=0.5; page 2: P=0.5, R=1 -> mean P = mean R = 0.75 -> F1 0.75 (mean page F1 would be 2/3)
    const p1 = pageCounts(t('a b c d e'), t('a b c d'));
    const p2 = pageCounts(t('a b c d'), t('a b c d e'));
    expect(pagePrecision(p1)).toBe(1);
    expect(pageRecall(p1)).toBe(0.5);
    expect(shingleScore([p1, p2]).f1).toBeCloseTo(0.75);
  });
  it('bootstraps deterministically and has no spread over identical pages', () => {
    const pages = [pageCounts(t('a b c d e'), t('a b c d')), pageCounts(t('a b c d e'), t('a b c d'))];
    const a = shingleScoreWithError(pages);
    expect(a.err.f1).toBeCloseTo(0, 10);
    const mixed = [pageCounts(t('a b c d e'), t('a b c d')), pageCounts(t('a b c d'), t('x y z w'))];
    expect(shingleScoreWithError(mixed).err.recall).toBe(shingleScoreWithError(mixed).err.recall);
    expect(shingleScoreWithError(mixed).err.recall).toBeGreaterThan(0);
  });
});
