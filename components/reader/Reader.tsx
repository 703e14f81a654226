// The in-page reader: a modal dialog over the page showing the article's Block tree. It lives in
// the page's own DOM (in a shadow root), so translation and pop-up dictionary extensions still
// see and work on its text.

import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Article } from '../../utils/pipeline/types';
import type { Translate } from '../../utils/reader/messages';
import type { ReaderState } from '../../utils/reader/state';
import { fontStack, lineHeight } from '../../utils/reader/fonts';
import { wrapFocusTarget } from '../../utils/reader/focus-trap';
import { attachVerticalScrolling } from '../../utils/reader/vertical-scroll';
import { BlockView } from '../common/BlockView';
import { ArticleHeader } from './ArticleHeader';
import { Toolbar } from './Toolbar';
import { renderPlain, renderTateChuYoko } from './TateChuYoko';

export interface ReaderProps {
  article: Article;
  state: ReaderState;
  t: Translate;
  /** The interface language (browser UI), for the toolbar and the date. */
  locale: string;
  onClose: () => void;
}

export function Reader({ article, state, t, locale, onClose }: ReaderProps) {
  const settings = state.settings.value;
  const theme = state.theme.value;
  const writingMode = state.writingMode.value;
  const vertical = writingMode === 'vertical';
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);

  // Focus moves into the reader so the keyboard scrolls the article, not the page behind.
  useEffect(() => {
    scrollerRef.current?.focus({ preventScroll: true });
  }, []);

  // A change of writing mode starts the reader at the article's beginning again.
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    scroller.scrollTop = 0;
    scroller.scrollLeft = 0;
    if (!vertical) return;
    return attachVerticalScrolling(scroller);
  }, [vertical]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !rootRef.current) return;
    const root = rootRef.current.getRootNode() as Document | ShadowRoot;
    const target = wrapFocusTarget(rootRef.current, root.activeElement, event.shiftKey);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  // Custom properties: the stylesheet reads them, so one settings change restyles everything.
  const style: Record<string, string> = {
    '--kr-font': fontStack(settings.fontFamily, article.lang),
    '--kr-size': `${settings.fontSize}px`,
    '--kr-measure': `${settings.lineWidth}em`,
    '--kr-leading': String(lineHeight(article.lang, vertical)),
  };
  const renderText = vertical ? renderTateChuYoko : renderPlain;

  return (
    <div
      ref={rootRef}
      class="kr"
      data-testid="reader"
      data-theme={theme}
      data-writing-mode={writingMode}
      role="dialog"
      aria-modal="true"
      aria-label={t('reader_dialog')}
      style={style}
      onKeyDown={onKeyDown}
    >
      <Toolbar state={state} t={t} locale={locale} onClose={onClose} />
      <div ref={scrollerRef} class="kr-scroller" tabIndex={-1} data-testid="reader-scroller">
        <article class="kr-article" lang={article.lang || undefined} dir={article.dir} aria-label={t('reader_article')}>
          <ArticleHeader article={article} t={t} locale={locale} images={settings.images} renderText={renderText} />
          {article.keyPoints.length > 0 && (
            <section class="kr-keypoints" data-testid="reader-key-points" aria-label={t('reader_keyPoints')}>
              <h2>{t('reader_keyPoints')}</h2>
              <ul>
                {article.keyPoints.map((point, i) => (
                  <li key={i}>{renderText(point)}</li>
                ))}
              </ul>
            </section>
          )}
          <div class="kr-body" data-testid="reader-body">
            <BlockView blocks={article.blocks} options={{ images: settings.images, headingOffset: 1, renderText }} />
          </div>
        </article>
      </div>
    </div>
  );
}
