import { describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import ja from '../public/_locales/ja/messages.json';
import { createT, formatEntry, resolveUiLanguage } from './i18n';

describe('locale files', () => {
  it('have the same keys in English and Japanese', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('define every placeholder they use', () => {
    for (const table of [en, ja] as Record<string, { message: string; placeholders?: Record<string, unknown> }>[]) {
      for (const [key, entry] of Object.entries(table)) {
        for (const [, name] of entry.message.matchAll(/\$([A-Za-z_]+)\$/g)) {
          expect(entry.placeholders?.[name!.toLowerCase()], `${key} uses $${name}$`).toBeDefined();
        }
      }
    }
  });
});

describe('formatEntry', () => {
  it('substitutes named placeholders like browser.i18n', () => {
    expect(formatEntry({ message: 'Original: $DOMAIN$', placeholders: { domain: { content: '$1' } } }, ['a.example'])).toBe(
      'Original: a.example',
    );
  });
});

describe('createT', () => {
  it('asks the browser in auto mode', () => {
    const t = createT('auto', (key) => (key === 'copied' ? 'from browser' : ''));
    expect(t('copied')).toBe('from browser');
  });

  it('falls back to English when the browser has no message', () => {
    const t = createT('auto', () => '');
    expect(t('readingTime', [4])).toBe('4 min read');
  });

  it('uses the bundled Japanese table when the setting overrides the browser', () => {
    const t = createT('ja', () => 'from browser');
    expect(t('readingTime', [4])).toBe('約4分で読めます');
    expect(t('popupReadAnyway')).toBe('それでも読む');
  });
});

describe('resolveUiLanguage', () => {
  it.each([
    ['auto', 'ja-JP', 'ja'],
    ['auto', 'en-US', 'en'],
    ['auto', 'de', 'en'],
    ['en', 'ja', 'en'],
    ['ja', 'en-GB', 'ja'],
  ] as const)('%s with browser %s -> %s', (setting, browserLocale, expected) => {
    expect(resolveUiLanguage(setting, browserLocale)).toBe(expected);
  });
});
