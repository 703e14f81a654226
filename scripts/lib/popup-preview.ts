import { readFileSync } from 'node:fs';
import { parseHtml } from '../../cli/parse-html';
import { urlFromComment } from '../../cli/page-url';
import { formatPublished, languageName, roundedMinutes } from '../../utils/format';
import { runPipeline } from '../../utils/pipeline/index';

/** The popup's English interface. */
const LOCALE = 'en';

/**
 * What Kiji's popup shows for a saved page, as plain text: the real pipeline in Node over an inert
 * DOM, for `npm start` on machines without a browser or display.
 */
export function popupPreview(file: string, fallbackUrl: string): string {
  const html = readFileSync(file, 'utf8');
  const url = urlFromComment(html) ?? fallbackUrl;
  const { document, close } = parseHtml(html, url);
  try {
    const { detection, article, summary, quotes } = runPipeline(document, new URL(url));
    const lines = [`Verdict:       ${detection.isArticle ? 'article' : 'not an article'} (score ${detection.score.toFixed(1)})`];
    if (!article) return [...lines, '(no readable text)'].join('\n');
    const published = article.publishedTime ? formatPublished(article.publishedTime, LOCALE) : null;
    lines.push(
      `Title:         ${article.title}`,
      `Site:          ${article.siteName ?? '—'}`,
      `Date:          ${published ?? '—'}`,
      `Reading time:  ${roundedMinutes(article.readingMinutes)} min`,
      `Language:      ${languageName(article.lang, LOCALE)}`,
      `Original:      ${article.originalSource ? `${article.originalSource.domain} (${article.originalSource.url})` : '—'}`,
    );
    const list = (heading: string, items: string[]) => {
      lines.push('', `${heading}:`, ...(items.length > 0 ? items.map((item) => `  • ${item}`) : ['  (none)']));
    };
    list('Key points', summary.keyPoints);
    list('Summary', summary.bullets);
    list(
      'Quotes',
      quotes.map((q) => `${q.text}${q.speaker ? ` — ${q.speaker}${q.speakerOriginal ? ` (${q.speakerOriginal})` : ''}` : ''}`),
    );
    return lines.join('\n');
  } finally {
    close();
  }
}
