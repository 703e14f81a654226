import { describe, expect, it } from 'vitest';
import { CLUTTER_CUES, DEFAULT_CLUTTER_CUES, clutterCues, clutterLabelKind, normalizeLabel } from './clutter';

describe('clutter label tables', () => {
  const all = [DEFAULT_CLUTTER_CUES, ...Object.values(CLUTTER_CUES)];

  it.each(['en', 'ja', 'zh', 'ko', 'de', 'fr', 'es', 'ru', 'pl', 'el', 'ar', 'he'])('has a table for %s with labels of every kind but key points optional', (code) => {
    const cues = clutterCues(`${code}-XX`);
    expect(cues.code).toBe(code);
    expect(cues.related.length).toBeGreaterThan(0);
    expect(cues.ads.length).toBeGreaterThan(0);
    expect(cues.prompts.length).toBeGreaterThan(0);
  });

  it('falls back to the neutral table', () => {
    expect(clutterCues('xx')).toBe(DEFAULT_CLUTTER_CUES);
    expect(clutterCues(undefined)).toBe(DEFAULT_CLUTTER_CUES);
  });

  it('stores labels that survive their own normalisation (so they can match)', () => {
    for (const cues of all) {
      for (const label of [...cues.related, ...cues.ads, ...cues.prompts, ...cues.keyPoints]) {
        expect(normalizeLabel(label), `${cues.code}: ${label}`).toBe(label.normalize('NFKC').toLowerCase().trim());
      }
    }
  });

  it.each([
    ['- Advertisement -', 'ads'],
    ['【関連記事】', 'related'],
    ['▼関連記事', 'related'],
    ['記事を読む', 'related'],
    ['スポンサーリンク', 'ads'],
    ['广告', 'ads'],
    ['相关阅读：', 'related'],
    ['관련기사', 'related'],
    ['Read more:', 'related'],
    ['MORE ARTICLES', 'related'],
    ['Latest article', 'related'],
    ['Must read', 'related'],
    ['ランキング', 'related'],
    ['ＰＲ', 'ads'],
    ['Anzeige', 'ads'],
    ['Читайте также', 'related'],
    ['اقرأ أيضا', 'related'],
    ['この記事のポイント', 'keyPoints'],
    ['Key points', 'keyPoints'],
    ['前の記事', 'prompts'],
  ])('"%s" is a %s label', (text, kind) => {
    expect(clutterLabelKind(normalizeLabel(text))).toBe(kind);
  });

  it.each(['The president said', '北朝鮮の金正恩総書記は', 'Advertisement revenue fell'])('"%s" is not a label', (text) => {
    expect(clutterLabelKind(normalizeLabel(text))).toBeNull();
  });
});
