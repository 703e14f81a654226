// The article's header in the reader: title, who and when, reading time, and the original's link
// for a translated article.

import type { ComponentChildren } from 'preact';
import type { Article } from '../../utils/pipeline/types';
import type { Translate } from '../../utils/reader/messages';
import { safeImageSrc, safeLinkHref } from '../common/BlockView';

export interface ArticleHeaderProps {
  article: Article;
  t: Translate;
  /** The interface language, for the date. */
  locale: string;
  images: boolean;
  renderText: (text: string) => ComponentChildren;
}

/**
 * The publisher's calendar date in the interface language. The date part of the ISO string is the
 * day as printed on the page; converting to the reader's time zone could move it a day.
 */
export function formatDate(iso: string, locale: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return null;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale || undefined, options).format(date);
  } catch {
    // An invalid locale tag from the browser: the default locale still gives a readable date.
    return new Intl.DateTimeFormat(undefined, options).format(date);
  }
}

/** The lead image, unless the body already shows it (it usually opens the body as a figure). */
function leadImageToShow(article: Article): string | null {
  const lead = article.leadImage;
  if (!lead) return null;
  const src = safeImageSrc(lead.src);
  if (!src) return null;
  const inBody = article.blocks.some((block) => block.type === 'figure' && block.images.some((image) => image.src === lead.src));
  return inBody ? null : src;
}

export function ArticleHeader({ article, t, locale, images, renderText }: ArticleHeaderProps) {
  const date = article.publishedTime ? formatDate(article.publishedTime, locale) : null;
  const originalHref = article.originalSource ? safeLinkHref(article.originalSource.url) : null;
  const lead = images ? leadImageToShow(article) : null;
  const minutes = Math.max(1, Math.round(article.readingMinutes));
  return (
    <header class="kr-header">
      <h1 class="kr-title" data-testid="reader-title">
        {renderText(article.title)}
      </h1>
      <p class="kr-meta">
        {article.siteName && <span data-testid="reader-site">{article.siteName}</span>}
        {article.byline && <span data-testid="reader-byline">{article.byline}</span>}
        {date && article.publishedTime && (
          <time data-testid="reader-date" dateTime={article.publishedTime}>
            {date}
          </time>
        )}
        <span data-testid="reader-reading-time">{t('reader_readingTime', [String(minutes)])}</span>
      </p>
      {article.originalSource && originalHref && (
        <p class="kr-meta kr-original">
          <a data-testid="reader-original" href={originalHref} target="_blank" rel="noopener noreferrer">
            {t('reader_original', [article.originalSource.domain])}
          </a>
        </p>
      )}
      {lead && article.leadImage && (
        <figure class="kr-lead">
          <img src={lead} alt={article.leadImage.alt} loading="lazy" decoding="async" />
        </figure>
      )}
    </header>
  );
}
