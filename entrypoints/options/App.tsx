import { browser } from 'wxt/browser';
import { useEffect } from 'preact/hooks';
import { SettingsForm } from '../../components/options/SettingsForm';
import { createT, resolveUiLanguage } from '../../utils/i18n';
import type { SettingsModel } from '../../utils/models/settings';
import type { Settings } from '../../utils/settings';

export function App({ model }: { model: SettingsModel }) {
  const settings = model.settings.value;
  const t = createT(settings.uiLanguage, (key, subs) => browser.i18n.getMessage(key as never, subs));
  const saved = model.saved.value;

  useEffect(() => {
    document.documentElement.lang = resolveUiLanguage(settings.uiLanguage, browser.i18n.getUILanguage());
    document.documentElement.dataset.theme = settings.theme;
    document.title = t('optionsTitle');
  }, [settings.uiLanguage, settings.theme]);

  const onSave = (patch: Partial<Settings>) => void model.save(patch);
  return (
    <main class="options" data-testid="options" aria-busy={!model.loaded.value}>
      <h1>{t('optionsTitle')}</h1>
      <SettingsForm settings={settings} t={t} onSave={onSave} />
      <p class="saved" role="status" aria-live="polite" data-testid="saved">{saved ? t('optSaved') : ''}</p>
    </main>
  );
}
