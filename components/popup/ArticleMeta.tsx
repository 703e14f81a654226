// Title and the facts under it: site, date, reading time, language, and the original of a
// translated article.
import type { Article } from '../../utils/pipeline/types';
import type { T } from '../../utils/i18n';
import { safeLinkHref } from '../common/BlockView';
import { formatPublished, languageName, roundedMinutes } from '../../utils/format';

export function ArticleMeta({ article, t, locale }: { article: Article; t: T; locale: string }) {
  const published = article.publishedTime ? formatPublished(article.publishedTime, locale) : null;
  const originalHref = article.originalSource ? safeLinkHref(article.originalSource.url) : null;
  return (
    <header class="meta">
      <h1 data-testid="title" lang={article.lang} dir={article.dir}>{article.title}</h1>
      <dl class="facts">
        {article.siteName && (
          <div>
            <dt>{t('labelSite')}</dt>
            <dd data-testid="site">{article.siteName}</dd>
          </div>
        )}
        {published && (
          <div>
            <dt>{t('labelPublished')}</dt>
            <dd data-testid="date"><time dateTime={article.publishedTime ?? undefined}>{published}</time></dd>
          </div>
        )}
        <div>
          <dt>{t('labelLanguage')}</dt>
          <dd data-testid="language">{languageName(article.lang, locale)}</dd>
        </div>
      </dl>
      <p class="facts-line">
        <span data-testid="reading-time">{t('readingTime', [roundedMinutes(article.readingMinutes)])}</span>
        {article.originalSource && originalHref && (
          <a data-testid="original-source" href={originalHref} target="_blank" rel="noopener noreferrer">
            {t('original', [article.originalSource.domain])}
          </a>
        )}
      </p>
    </header>
  );
}
