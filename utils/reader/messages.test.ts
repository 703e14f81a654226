import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslate, READER_MESSAGES_EN, translateEnglish } from './messages';

type MessagesFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const locale = (code: string): MessagesFile =>
  JSON.parse(readFileSync(resolve(process.cwd(), `public/_locales/${code}/messages.json`), 'utf8'));

/** "$1" count in the fallback vs. placeholders in the locale file: a mismatch drops a value. */
const substitutionCount = (template: string) => (template.match(/\$\d/g) ?? []).length;

describe('reader messages', () => {
  it.each(['en', 'ja'])('every reader key is translated in %s with the same substitutions', (code) => {
    const messages = locale(code);
    for (const [key, english] of Object.entries(READER_MESSAGES_EN)) {
      const entry = messages[key];
      expect(entry?.message, key).toBeTruthy();
      expect(Object.keys(entry?.placeholders ?? {}).length, key).toBe(substitutionCount(english));
    }
  });

  it('falls back to English when the browser has no message', () => {
    const t = createTranslate(() => '');
    expect(t('reader_close')).toBe('Close reader (Esc)');
    expect(t('reader_original', ['france24.com'])).toBe('Original: france24.com');
    expect(translateEnglish('reader_readingTime', ['4'])).toBe('4 min read');
  });

  it('uses the browser message when there is one, and survives a throwing getMessage', () => {
    expect(createTranslate((name) => (name === 'reader_close' ? '閉じる' : ''))('reader_close')).toBe('閉じる');
    const throwing = createTranslate(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(throwing('reader_images')).toBe('Images');
  });
});
