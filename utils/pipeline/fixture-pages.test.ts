import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { urlFromComment } from '../../cli/page-url';
import { detect } from './detect';
import { extract } from './extract';

// Every fixture page with an expected.json: detection verdict and metadata as declared there.
// The pages are our own markup (tests/fixtures/pages), each written for one rule.

interface Expected {
  isArticle?: boolean;
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  publishedTime?: string | null;
  originalSourceDomain?: string | null;
  textIncludes?: string[];
  textExcludes?: string[];
}

const ROOT = join(__dirname, '../../tests/fixtures/pages');
const cases = readdirSync(ROOT)
  .filter((dir) => existsSync(join(ROOT, dir, 'expected.json')) && existsSync(join(ROOT, dir, 'source.html')))
  .map((dir) => {
    const html = readFileSync(join(ROOT, dir, 'source.html'), 'utf8');
    return { dir, html, url: urlFromComment(html) ?? 'http://fixture.invalid/', expected: JSON.parse(readFileSync(join(ROOT, dir, 'expected.json'), 'utf8')) as Expected };
  })
  // Only the fields this suite owns; other suites read other keys of the same files.
  .filter((c) => c.expected.isArticle !== undefined || c.expected.title !== undefined || c.expected.publishedTime !== undefined);

describe.each(cases)('fixture $dir', ({ html, url, expected }) => {
  it('detects the page type', () => {
    if (expected.isArticle === undefined) return;
    const { document, close } = parseHtml(html, url);
    const detection = detect(document, new URL(url));
    close();
    expect(detection.isArticle, detection.reasons.join(' ')).toBe(expected.isArticle);
  });

  it('extracts the metadata', () => {
    const { document, close } = parseHtml(html, url);
    const article = extract(document, new URL(url));
    close();
    expect(article).not.toBeNull();
    const a = article!;
    const fields = ['title', 'byline', 'siteName', 'lang', 'dir', 'publishedTime'] as const;
    for (const f of fields) if (expected[f] !== undefined) expect(a[f], f).toEqual(expected[f]);
    if (expected.originalSourceDomain !== undefined) expect(a.originalSource?.domain ?? null).toBe(expected.originalSourceDomain);
    for (const s of expected.textIncludes ?? []) expect(a.text).toContain(s);
    for (const s of expected.textExcludes ?? []) expect(a.text).not.toContain(s);
  });
});
