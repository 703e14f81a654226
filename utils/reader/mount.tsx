/**
 * The in-page reader's mount API, for the content script (entrypoints/content.ts, POPUP+WIRING):
 *
 *   await openReader(ctx, article, settings, { onClose, onSettingsChange });
 *   updateReaderSettings(settings);  // e.g. from a storage watch: applied live, not echoed back
 *   closeReader();                   // returns false when no reader was open
 *   isReaderOpen();
 *
 * - openReader mounts `<kiji-reader>` (WXT createShadowRootUi, open shadow root, modal, topmost)
 *   as the last child of <html>, moves focus into it and locks the page's scroll. Calling it while
 *   a reader is open replaces the article and settings in place.
 * - Esc, the toolbar's close button and closeReader() all leave the same way: the host element is
 *   removed, <html>'s style attribute, the scroll position and focus are restored exactly, then
 *   `onClose` runs (not called for a closeReader() made while no reader is open).
 * - `onSettingsChange(patch)` receives each change made in the reader's toolbar (theme, font,
 *   size, line width, images, vertical writing) so it can be stored; the reader has already
 *   applied it.
 * - Labels come from browser.i18n (`reader_*` keys in public/_locales) with English fallbacks.
 */

import { render } from 'preact';
import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Reader } from '../../components/reader/Reader';
import readerCss from '../../components/reader/reader.css?inline';
import type { Article } from '../pipeline/types';
import { createT, resolveUiLanguage } from '../i18n';
import type { Settings, UiLanguageSetting } from '../settings';
import { createTranslate, type Translate } from './messages';
import { capturePageState, lockPageScroll, restorePageState, type PageState } from './page-state';
import { createReaderState, type ReaderState } from './state';

export interface OpenReaderOptions {
  onClose?: () => void;
  onSettingsChange?: (patch: Partial<Settings>) => void;
}

/** The host element's tag; e2e tests and the content script find the reader by it. */
export const READER_HOST_NAME = 'kiji-reader';
/** Above anything a page can stack (the largest 32-bit z-index). */
const TOPMOST_Z_INDEX = 2147483647;
const DARK_QUERY = '(prefers-color-scheme: dark)';

interface Session {
  ui: ShadowRootContentScriptUi<HTMLElement>;
  state: ReaderState;
  page: PageState;
  options: OpenReaderOptions;
  renderArticle: (article: Article) => void;
  detach: () => void;
}

let session: Session | null = null;
let opening: Promise<void> | null = null;

const getMessage = (name: string, substitutions?: string[]) =>
  (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(name, substitutions);

function browserUiLocale(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

/**
 * The toolbar follows the browser's language, unless the uiLanguage setting picks one: then the
 * bundled locale tables speak it (utils/i18n.ts), as the popup and options page do.
 */
function readerTranslate(uiLanguage: UiLanguageSetting): { t: Translate; locale: string } {
  if (uiLanguage === 'auto') return { t: createTranslate(getMessage), locale: browserUiLocale() };
  return { t: createT(uiLanguage, getMessage) as Translate, locale: resolveUiLanguage(uiLanguage, browserUiLocale()) };
}

function ReaderRoot({ article, state }: { article: Article; state: ReaderState }) {
  const uiLanguage = state.settings.value.uiLanguage;
  const { t, locale } = useMemo(() => readerTranslate(uiLanguage), [uiLanguage]);
  return <Reader article={article} state={state} t={t} locale={locale} onClose={closeReader} />;
}

export function isReaderOpen(): boolean {
  return session !== null;
}

export function updateReaderSettings(settings: Settings): void {
  session?.state.replaceSettings(settings);
}

export function closeReader(): boolean {
  const current = session;
  if (!current) return false;
  session = null;
  current.detach();
  current.ui.remove();
  restorePageState(document, window, current.page);
  current.options.onClose?.();
  return true;
}

export async function openReader(
  ctx: ContentScriptContext,
  article: Article,
  settings: Settings,
  options: OpenReaderOptions = {},
): Promise<void> {
  if (opening) await opening;
  if (session) {
    session.options = options;
    session.state.replaceSettings(settings);
    session.renderArticle(article);
    return;
  }
  opening = mount(ctx, article, settings, options);
  try {
    await opening;
  } finally {
    opening = null;
  }
}

async function mount(
  ctx: ContentScriptContext,
  article: Article,
  settings: Settings,
  options: OpenReaderOptions,
): Promise<void> {
  const page = capturePageState(document, window);
  const dark = window.matchMedia?.(DARK_QUERY);
  const state = createReaderState(settings, {
    lang: article.lang,
    prefersDark: dark?.matches ?? false,
    onSettingsChange: (patch) => session?.options.onSettingsChange?.(patch),
  });
  let container: HTMLElement | null = null;
  const renderArticle = (next: Article) => {
    state.setLang(next.lang);
    if (container) render(<ReaderRoot article={next} state={state} />, container);
  };

  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: READER_HOST_NAME,
    mode: 'open',
    position: 'modal',
    zIndex: TOPMOST_Z_INDEX,
    // As the last child of <html>, not <body>: a transformed or filtered <body> would otherwise
    // become the containing block of the fixed overlay and clip it.
    anchor: () => document.documentElement,
    append: 'last',
    // Keys typed in the reader must not reach the page's own shortcuts (j/k, /, space...).
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    css: readerCss,
    onMount(uiContainer) {
      container = uiContainer;
      renderArticle(article);
      return uiContainer;
    },
    onRemove(uiContainer) {
      if (uiContainer) render(null, uiContainer);
      container = null;
    },
  });

  // Capture phase on window: Esc is seen even though the overlay stops key events from bubbling.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    closeReader();
  };
  const onSchemeChange = (event: MediaQueryListEvent) => state.setPrefersDark(event.matches);
  const stopOnInvalidated = ctx.onInvalidated(() => closeReader());

  session = {
    ui,
    state,
    page,
    options,
    renderArticle,
    detach() {
      window.removeEventListener('keydown', onKeyDown, true);
      dark?.removeEventListener?.('change', onSchemeChange);
      stopOnInvalidated();
    },
  };
  ui.mount();
  lockPageScroll(document);
  window.addEventListener('keydown', onKeyDown, true);
  dark?.addEventListener?.('change', onSchemeChange);
}
