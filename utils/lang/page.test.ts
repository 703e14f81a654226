import { describe, expect, it } from 'vitest';
import { PAGE_CUES, DEFAULT_PAGE_CUES, pageCues, ALL_SOURCE_LABELS } from './page';
import { readByline } from '../pipeline/metadata';
import { readPageFacts } from '../pipeline/metadata';
import { parseHtml } from '../../cli/parse-html';

const REQUIRED = ['en', 'ja', 'zh', 'ko', 'de', 'fr', 'es', 'ru', 'pl', 'el', 'ar', 'he'];

describe('page cue tables', () => {
  it('cover every required language plus a neutral default', () => {
    for (const code of REQUIRED) expect(PAGE_CUES[code]?.code).toBe(code);
    expect(pageCues('xx-YY')).toBe(DEFAULT_PAGE_CUES);
    expect(pageCues('ja-JP').code).toBe('ja');
  });

  it.each(Object.values(PAGE_CUES).map((c) => [c.code, c] as const))('%s is well formed', (_code, cues) => {
    // Research-backed speeds sit between ~140 wpm (Arabic) and ~500 characters/min (Japanese, Korean).
    expect(cues.readingSpeed.perMinute).toBeGreaterThanOrEqual(140);
    expect(cues.readingSpeed.perMinute).toBeLessThanOrEqual(500);
    expect(cues.readingSpeed.unit).toBe(['ja', 'zh', 'ko'].includes(cues.code) ? 'chars' : 'words');
    expect([0, 12]).toContain(cues.months.length);
    expect(cues.sourceLabels.length).toBeGreaterThan(0);
    for (const label of cues.sourceLabels) expect(ALL_SOURCE_LABELS).toContain(label);
  });
});

describe('byline affixes per language', () => {
  it.each([
    ['en', 'By Jane Doe', 'Jane Doe'],
    ['en', 'Written by Jane Doe, Staff Writer', 'Jane Doe'],
    ['ja', '文：佐藤花子', '佐藤花子'],
    ['ja', '取材・文／山田太郎', '山田太郎'],
    ['ja', '山田太郎記者', '山田太郎'],
    ['zh', '作者：记者 王明', '王明'],
    ['zh', '记者 张伟 报道', '张伟'],
    ['ko', '김민수 기자', '김민수'],
    ['ko', '글: 이지은', '이지은'],
    ['de', 'Von Anna Schmidt', 'Anna Schmidt'],
    ['fr', 'Par Marie Dupont', 'Marie Dupont'],
    ['es', 'Por Carlos Ruiz', 'Carlos Ruiz'],
    ['ru', 'Автор: Иван Петров', 'Иван Петров'],
    ['pl', 'Autor: Jan Kowalski', 'Jan Kowalski'],
    ['el', 'Γράφει: Μαρία Παπαδοπούλου', 'Μαρία Παπαδοπούλου'],
    ['ar', 'بقلم: سارة أحمد', 'سارة أحمد'],
    ['he', 'מאת: דנה כהן', 'דנה כהן'],
  ])('%s: %s', (lang, raw, expected) => {
    const { document, close } = parseHtml(`<html><head><meta name="author" content="${raw}"></head><body></body></html>`, 'https://example.com/a');
    const byline = readByline(readPageFacts(document, new URL('https://example.com/a')), lang);
    close();
    expect(byline).toBe(expected);
  });
});
