// The article state: facts, key points, summary, quotes, and the cleaned article to scroll.
import type { Article, ReadResult } from '../../utils/pipeline/types';
import type { T } from '../../utils/i18n';
import { BlockView } from '../common/BlockView';
import { ArticleMeta } from './ArticleMeta';
import { KeyPoints, Quotes, SummaryBullets } from './SummarySections';

export function ArticleView({ result, article, t, locale, images }: {
  result: ReadResult;
  article: Article;
  t: T;
  locale: string;
  images: boolean;
}) {
  // Key points are the publisher's; the summary repeats them only when the article has none.
  const keyPoints = result.summary.keyPoints.length ? result.summary.keyPoints : article.keyPoints;
  return (
    <div class="article">
      <ArticleMeta article={article} t={t} locale={locale} />
      <KeyPoints points={keyPoints} t={t} lang={article.lang} />
      <SummaryBullets summary={result.summary} t={t} lang={article.lang} />
      <Quotes quotes={result.quotes} t={t} lang={article.lang} />
      <section aria-labelledby="kiji-preview">
        <h2 id="kiji-preview">{t('sectionPreview')}</h2>
        {/* Focusable so keyboard users can scroll it; a region so screen readers can find it. */}
        <div
          class="preview"
          data-testid="reader-preview"
          role="region"
          aria-labelledby="kiji-preview"
          tabIndex={0}
          lang={article.lang}
          dir={article.dir}
        >
          <BlockView blocks={article.blocks} options={{ images, headingOffset: 2 }} />
        </div>
      </section>
    </div>
  );
}
