import { describe, expect, it } from 'vitest';
import { contentTokens, words } from './words';

describe('words', () => {
  it.each([
    ['en', "Don't stop the U.S. plan", ["don't", 'stop', 'the', 'u', 's', 'plan']],
    ['de', 'Die Brücke über den Fluss', ['die', 'brücke', 'über', 'den', 'fluss']],
    ['ja', '北朝鮮はロシアに', ['北朝鮮', 'は', 'ロシア', 'に']],
  ])('%s: %s', (lang, text, expected) => {
    expect(words(text, lang)).toEqual(expected);
  });
});

describe('contentTokens', () => {
  it('drops English function words and folds plurals', () => {
    expect(contentTokens('The missiles and the missile were moved', 'en')).toEqual(['missile', 'missile', 'moved']);
  });
  it('drops Japanese particles and adds the characters of compounds', () => {
    const t = contentTokens('北朝鮮はロシアに', 'ja');
    expect(t).not.toContain('は');
    expect(t).toContain('北朝鮮');
    expect(t).toContain('鮮');
  });
});
