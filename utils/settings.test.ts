import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isQuietSite, normalizeHostname, normalizeSettings } from './settings';

describe('normalizeSettings', () => {
  it('returns the defaults for nothing stored', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('junk')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and repairs bad ones one by one', () => {
    const settings = normalizeSettings({
      theme: 'dark', fontFamily: 'comic', fontSize: 99, lineWidth: 30.4, verticalWriting: 'auto',
      bullets: 4, images: 'yes', uiLanguage: 'ja', quietSites: ['https://www.Example.com/x', 'example.com', 7, ''],
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark', fontSize: 28, lineWidth: 30, verticalWriting: 'auto', uiLanguage: 'ja', quietSites: ['example.com'],
    });
  });
});

describe('quiet sites', () => {
  it.each([
    ['Example.COM', 'example.com'],
    ['https://www.news.example/path?q', 'news.example'],
    ['  ', null],
    ['http://', null],
  ])('normalizeHostname(%j) = %j', (input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });

  it.each([
    ['news.example', true],
    ['www.news.example', true],
    ['m.news.example', true],
    ['badnews.example', false],
    ['news.example.org', false],
  ])('%s quiet for news.example: %s', (host, quiet) => {
    expect(isQuietSite(host, ['news.example'])).toBe(quiet);
  });
});
