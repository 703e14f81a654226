import type { PipelineOptions, ReadResult } from './types';
import { detect } from './detect';
import { extract } from './extract';
import { summarize } from './summarize';
import { findQuotes } from './quotes';

// The whole reading pipeline, in order:
// 1. detect   — cheap verdict; always reported, but never blocks extraction ("read anyway").
// 2. extract  — metadata + body block tree + original source (read-only over the page).
// 3. summarize and findQuotes — DOM-free, over the extracted plain text, so their offsets are
//    offsets into Article.text.
// Each stage is timed with performance.now() so the popup, CLI and bench can report costs.

const DEFAULT_BULLETS = 3;

export function runPipeline(doc: Document, url: URL, options: PipelineOptions = {}): ReadResult {
  let t = performance.now();
  const detection = detect(doc, url);
  const detectMs = performance.now() - t;

  t = performance.now();
  const article = extract(doc, url);
  const extractMs = performance.now() - t;

  t = performance.now();
  const summary = article
    ? summarize({ text: article.text, lang: article.lang, keyPoints: article.keyPoints }, { bullets: options.bullets ?? DEFAULT_BULLETS })
    : { bullets: [], keyPoints: [] };
  const summaryMs = performance.now() - t;

  t = performance.now();
  const quotes = article ? findQuotes(article.text, article.lang, { all: options.allQuotes ?? false }) : [];
  const quotesMs = performance.now() - t;

  return { detection, article, summary, quotes, timings: { detectMs, extractMs, summaryMs, quotesMs } };
}
