// The settings form. Every control saves as soon as it changes (no Save button to forget); the
// storage watcher carries the change to an open reader and popup.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { MessageKey, T } from '../../utils/i18n';
import {
  FONT_SIZE_RANGE, LINE_WIDTH_RANGE, normalizeHostname,
  type FontFamilySetting, type Settings, type ThemeSetting, type UiLanguageSetting, type VerticalWritingSetting,
} from '../../utils/settings';

type Save = (patch: Partial<Settings>) => void;

const THEME_OPTIONS: [ThemeSetting, MessageKey][] = [
  ['system', 'optThemeSystem'], ['light', 'optThemeLight'], ['sepia', 'optThemeSepia'], ['dark', 'optThemeDark'],
];
const FONT_OPTIONS: [FontFamilySetting, MessageKey][] = [
  ['serif', 'optFontSerif'], ['sans', 'optFontSans'], ['system', 'optFontSystem'],
];
const VERTICAL_OPTIONS: [VerticalWritingSetting, MessageKey][] = [
  ['auto', 'optVerticalAuto'], ['off', 'optVerticalOff'], ['on', 'optVerticalOn'],
];

function Field({ id, label, children, help }: { id: string; label: string; children: ComponentChildren; help?: string }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {help && <p class="help" id={`${id}-help`}>{help}</p>}
    </div>
  );
}

function Select<V extends string>({ id, value, options, t, onChange }: {
  id: string; value: V; options: [V, MessageKey][]; t: T; onChange: (value: V) => void;
}) {
  return (
    <select id={id} data-testid={id} value={value} onChange={(e) => onChange(e.currentTarget.value as V)}>
      {options.map(([v, key]) => <option key={v} value={v}>{t(key)}</option>)}
    </select>
  );
}

/** The textarea's lines -> hostnames; lines that are not hostnames are dropped on save. */
export function parseQuietSites(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map(normalizeHostname).filter((host): host is string => !!host))];
}

export function SettingsForm({ settings, t, onSave }: { settings: Settings; t: T; onSave: Save }) {
  // The textarea keeps what the user types; it is parsed and saved when they leave it.
  const [quietDraft, setQuietDraft] = useState<string | null>(null);
  const quietText = quietDraft ?? settings.quietSites.join('\n');
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('optionsReader')}</legend>
        <Field id="theme" label={t('optTheme')}>
          <Select id="theme" value={settings.theme} options={THEME_OPTIONS} t={t} onChange={(theme) => onSave({ theme })} />
        </Field>
        <Field id="font" label={t('optFont')}>
          <Select id="font" value={settings.fontFamily} options={FONT_OPTIONS} t={t} onChange={(fontFamily) => onSave({ fontFamily })} />
        </Field>
        <Field id="font-size" label={t('optFontSize')}>
          <input
            id="font-size" data-testid="font-size" type="number" min={FONT_SIZE_RANGE.min} max={FONT_SIZE_RANGE.max} step={1}
            value={settings.fontSize}
            onChange={(e) => onSave({ fontSize: e.currentTarget.valueAsNumber })}
          />
        </Field>
        <Field id="line-width" label={t('optLineWidth')}>
          <input
            id="line-width" data-testid="line-width" type="number" min={LINE_WIDTH_RANGE.min} max={LINE_WIDTH_RANGE.max} step={1}
            value={settings.lineWidth}
            onChange={(e) => onSave({ lineWidth: e.currentTarget.valueAsNumber })}
          />
        </Field>
        <Field id="vertical" label={t('optVertical')}>
          <Select id="vertical" value={settings.verticalWriting} options={VERTICAL_OPTIONS} t={t} onChange={(verticalWriting) => onSave({ verticalWriting })} />
        </Field>
        <div class="field check">
          <input id="images" data-testid="images" type="checkbox" checked={settings.images} onChange={(e) => onSave({ images: e.currentTarget.checked })} />
          <label for="images">{t('optImages')}</label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('optionsSummary')}</legend>
        <Field id="bullets" label={t('optBullets')}>
          <select id="bullets" data-testid="bullets" value={String(settings.bullets)} onChange={(e) => onSave({ bullets: e.currentTarget.value === '5' ? 5 : 3 })}>
            <option value="3">3</option>
            <option value="5">5</option>
          </select>
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('optionsInterface')}</legend>
        <Field id="ui-language" label={t('optUiLanguage')}>
          <Select<UiLanguageSetting>
            id="ui-language" value={settings.uiLanguage} t={t}
            options={[['auto', 'optUiAuto'], ['en', 'langEnglish'], ['ja', 'langJapanese']]}
            onChange={(uiLanguage) => onSave({ uiLanguage })}
          />
        </Field>
        <Field id="quiet-sites" label={t('optQuietSites')} help={t('optQuietSitesHelp')}>
          <textarea
            id="quiet-sites" data-testid="quiet-sites" rows={4} aria-describedby="quiet-sites-help" spellcheck={false}
            value={quietText}
            onInput={(e) => setQuietDraft(e.currentTarget.value)}
            onBlur={() => {
              if (quietDraft == null) return;
              onSave({ quietSites: parseQuietSites(quietDraft) });
              setQuietDraft(null);
            }}
          />
        </Field>
        <p class="help">{t('optShortcut')}</p>
      </fieldset>
    </form>
  );
}
