import { describe, expect, it } from 'vitest';
import { cjkRatio, textLength } from './script';

describe('textLength', () => {
  it.each([
    ['Kim is likely to meet Putin.', 6],
    ['金正恩はプーチンに会う。', 11],
    ['チョ・ハンボム(Cho Han-bum)', 9],
    ['', 0],
  ])('%s -> %i', (text, n) => expect(textLength(text)).toBe(n));
});

describe('cjkRatio', () => {
  it('is 1 for Japanese and 0 for English', () => {
    expect(cjkRatio('北朝鮮とロシア')).toBe(1);
    expect(cjkRatio('North Korea')).toBe(0);
  });
});

describe('textLength on plain text (the loop without regexes)', () => {
  it.each([
    ['“It’s fine,” he said — twice…', 6],
    ['snake_case and 3.14 and don’t', 7],
    ['Über café naïve', 3],
    ['a\u00a0b\u2013c', 3],
  ])('%s', (text, n) => {
    expect(textLength(text)).toBe(n);
  });
});
