// The reader over the real pipeline's output for the sample page, so a change in the Article the
// extractor returns that the reader cannot show is caught here, not only in the e2e run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { extract } from '../../utils/pipeline/extract';
import { translateEnglish } from '../../utils/reader/messages';
import { createReaderState } from '../../utils/reader/state';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { Reader } from './Reader';

const SAMPLE = 'tests/fixtures/pages/ja-translated--news24-kim-putin/source.html';
const SAMPLE_URL = 'http://127.0.0.1/news/2023/09/kim-jong-un-putin-summit/';

it('renders the extracted sample article: title, original link, key points and body', () => {
  const { document: page, close } = parseHtml(readFileSync(resolve(process.cwd(), SAMPLE), 'utf8'), SAMPLE_URL);
  const article = extract(page, new URL(SAMPLE_URL));
  close();
  expect(article).not.toBeNull();
  if (!article) return;

  const host = document.createElement('div');
  document.body.append(host);
  const state = createReaderState({ ...DEFAULT_SETTINGS, verticalWriting: 'auto' }, { lang: article.lang, prefersDark: false });
  render(<Reader article={article} state={state} t={translateEnglish} locale="en" onClose={() => {}} />, host);
  const root = host.querySelector<HTMLElement>('[data-testid=reader]')!;

  expect(root.querySelector('h1')?.textContent).toContain('金正恩委員長');
  expect(root.dataset.writingMode).toBe('vertical');
  expect(root.querySelector('[data-testid=reader-original]')?.getAttribute('href')).toMatch(/^https:\/\/www\.france24\.com\//);
  expect(root.querySelectorAll('[data-testid=reader-key-points] li').length).toBe(article.keyPoints.length);
  expect(root.querySelectorAll('[data-testid=reader-body] p').length).toBeGreaterThan(10);
  for (const img of Array.from(root.querySelectorAll('img'))) expect(img.getAttribute('src')).toMatch(/^https?:\/\//);
  render(null, host);
  host.remove();
});
