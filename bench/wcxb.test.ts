import { describe, expect, it } from 'vitest';
import { macro, snippetRate, wordF1 } from './wcxb';

describe('WCXB word F1', () => {
  it('lowercases and compares bags of words', () => {
    expect(wordF1('The cat sat', 'the CAT sat')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
  it('clips overlap by the reference count', () => {
    const s = wordF1('a a a', 'a b');
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo(0.4);
  });
  it('empty reference: 1 only when the prediction is empty too', () => {
    expect(wordF1('', '').f1).toBe(1);
    expect(wordF1('text', '').f1).toBe(0);
  });
  it('an empty prediction scores 0', () => {
    expect(wordF1('', 'some words').f1).toBe(0);
  });
  it('macro-averages page scores', () => {
    expect(macro([wordF1('a', 'a'), wordF1('', 'a')]).f1).toBe(0.5);
  });
});

describe('snippet rate', () => {
  it('matches case-insensitive substrings', () => {
    expect(snippetRate('Hello\n\nbig World today', ['big world', 'HELLO', 'absent words'])).toBeCloseTo(2 / 3);
  });
  it('is undefined without snippets', () => {
    expect(snippetRate('anything', [])).toBeNaN();
  });
});
