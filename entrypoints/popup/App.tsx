// Layout of the popup and the wiring of its actions; state lives in utils/models/popup.ts.
import { browser } from 'wxt/browser';
import { useEffect } from 'preact/hooks';
import { PopupView } from '../../components/popup/PopupView';
import { createT, resolveUiLanguage } from '../../utils/i18n';
import { summaryToMarkdown } from '../../utils/markdown';
import type { PopupModel } from '../../utils/models/popup';
import type { SettingsModel } from '../../utils/models/settings';

export function App({ popup, settings, closeAfterAction }: {
  popup: PopupModel;
  settings: SettingsModel;
  /** The real popup closes after handing the page to the reader; the test tab stays. */
  closeAfterAction: boolean;
}) {
  const { uiLanguage, theme, images } = settings.settings.value;
  const browserLocale = browser.i18n.getUILanguage();
  const locale = uiLanguage === 'auto' ? browserLocale : uiLanguage;
  const t = createT(uiLanguage, (key, subs) => browser.i18n.getMessage(key as never, subs));

  useEffect(() => {
    const root = document.documentElement;
    root.lang = resolveUiLanguage(uiLanguage, browserLocale);
    root.dataset.theme = theme;
    document.title = t('popupLabel');
  }, [uiLanguage, theme]);

  const onToggleReader = async () => {
    if ((await popup.toggleReader()) && closeAfterAction && popup.readerOpen.value) window.close();
  };
  const onCopy = () => {
    const state = popup.state.value;
    if (state.kind !== 'article') return;
    const markdown = summaryToMarkdown(state.article, state.result.summary, state.result.quotes, {
      keyPoints: t('sectionKeyPoints'),
      summary: t('sectionSummary'),
      quotes: t('sectionQuotes'),
      source: t('sectionSource'),
      original: (domain) => t('original', [domain]),
      unknownSpeaker: t('unknownSpeaker'),
    });
    void popup.copy(markdown);
  };
  const onOpenSettings = async () => {
    await browser.runtime.openOptionsPage();
    if (closeAfterAction) window.close();
  };

  return (
    <PopupView
      model={popup}
      t={t}
      locale={locale}
      images={images}
      onToggleReader={() => void onToggleReader()}
      onCopy={onCopy}
      onOpenSettings={() => void onOpenSettings()}
    />
  );
}
