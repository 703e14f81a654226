import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { urlFromComment } from '../../cli/page-url';
import { detect } from './detect';
import { extract } from './extract';
import { runPipeline } from './index';

const SAMPLE = join(__dirname, '../../tests/fixtures/pages/ja-translated--news24-kim-putin/source.html');
const html = readFileSync(SAMPLE, 'utf8');
const url = new URL(urlFromComment(html)!);

function load(): { document: Document; close: () => void } {
  return parseHtml(html, url.href);
}

describe('the sample page (ja-translated--news24-kim-putin)', () => {
  const { document, close } = load();
  const article = extract(document, url);
  close();

  it('gives the headline without the site name, whatever <title> and og:title wrap around it', () => {
    expect(article?.title).toBe('合意へ向けて順調:北朝鮮の金正恩委員長、プーチン大統領と会談か?');
  });

  it('reads site, language (the page claims en-US), direction and the publish time, not the header date', () => {
    expect(article?.siteName).toBe('News24');
    expect(article?.lang).toBe('ja');
    expect(article?.dir).toBe('ltr');
    expect(article?.publishedTime).toBe('2023-09-05T01:32:00.000Z');
    expect(article?.byline).toBe('News24編集部');
  });

  it('finds the original source and drops its cue line from the body', () => {
    expect(article?.originalSource).toMatchObject({ domain: 'france24.com', label: '引用元へ' });
    expect(article?.text).not.toContain('引用元');
  });

  it('keeps the publisher key points apart and estimates the reading time from characters', () => {
    expect(article?.keyPoints).toEqual([
      '金正恩はプーチンに会うためにロシアを訪問する可能性が高い。',
      '米国は北朝鮮がロシアに武器を供給すると考えている。',
      'ロシアも北朝鮮も国際的な制裁に直面している。',
    ]);
    // ~1,900 CJK characters at 500/min.
    expect(article?.readingMinutes).toBe(Math.ceil(article!.length / 500));
    expect(article?.readingMinutes).toBeGreaterThanOrEqual(3);
  });

  it('uses the canonical URL and an absolute lead image', () => {
    expect(article?.url).toBe('http://127.0.0.1/news/2023/09/kim-jong-un-putin-summit/');
    expect(article?.leadImage?.src).toBe('http://127.0.0.1/news/2023/09/kim-jong-un-putin-summit/images/kim-putin.svg');
  });
});

describe('read-only over the page', () => {
  it.each([
    ['detect', (d: Document) => detect(d, url)],
    ['extract', (d: Document) => extract(d, url)],
    ['runPipeline', (d: Document) => runPipeline(d, url, { bullets: 5, allQuotes: true })],
  ])('%s leaves the document exactly as it was', (_name, run) => {
    const { document, close } = load();
    const before = document.documentElement.outerHTML;
    run(document);
    expect(document.documentElement.outerHTML).toBe(before);
    close();
  });
});

describe('runPipeline', () => {
  it('reports the detection, the article and a timing for every stage', () => {
    const { document, close } = load();
    const result = runPipeline(document, url);
    close();
    expect(result.detection.isArticle).toBe(true);
    expect(result.article?.title).toContain('プーチン');
    for (const ms of Object.values(result.timings)) expect(ms).toBeGreaterThanOrEqual(0);
  });

  it('returns no article for a page without any text', () => {
    const { document, close } = parseHtml('<html><head></head><body><div></div></body></html>', 'https://example.com/empty');
    const result = runPipeline(document, new URL('https://example.com/empty'));
    close();
    expect(result.article).toBeNull();
    expect(result.detection.isArticle).toBe(false);
  });
});
