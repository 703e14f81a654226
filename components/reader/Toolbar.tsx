// The reader's toolbar: every control is a labelled native button or select, reachable by Tab.

import type { FontFamilySetting, ThemeSetting } from '../../utils/settings';
import type { ReaderMessageKey, Translate } from '../../utils/reader/messages';
import type { ReaderState } from '../../utils/reader/state';
import { FONT_SIZE_RANGE, LINE_WIDTH_RANGE } from '../../utils/settings';

const THEMES: { value: ThemeSetting; label: ReaderMessageKey }[] = [
  { value: 'light', label: 'reader_themeLight' },
  { value: 'sepia', label: 'reader_themeSepia' },
  { value: 'dark', label: 'reader_themeDark' },
  { value: 'system', label: 'reader_themeSystem' },
];

const FONTS: { value: FontFamilySetting; label: ReaderMessageKey }[] = [
  { value: 'serif', label: 'reader_fontSerif' },
  { value: 'sans', label: 'reader_fontSans' },
  { value: 'system', label: 'reader_fontSystem' },
];

export interface ToolbarProps {
  state: ReaderState;
  t: Translate;
  /** The interface language, for the toolbar's own `lang`. */
  locale: string;
  onClose: () => void;
}

export function Toolbar({ state, t, locale, onClose }: ToolbarProps) {
  const settings = state.settings.value;
  const vertical = state.writingMode.value === 'vertical';
  return (
    <div class="kr-toolbar" role="toolbar" aria-label={t('reader_toolbar')} lang={locale || undefined}>
      <div class="kr-group" role="group" aria-label={t('reader_theme')}>
        {THEMES.map(({ value, label }) => (
          <button
            key={value}
            type="button"
            class="kr-swatch"
            data-swatch={value}
            data-testid={`reader-theme-${value}`}
            aria-label={t(label)}
            title={t(label)}
            aria-pressed={settings.theme === value}
            onClick={() => state.change({ theme: value })}
          >
            A
          </button>
        ))}
      </div>
      <select
        data-testid="reader-font"
        aria-label={t('reader_font')}
        title={t('reader_font')}
        value={settings.fontFamily}
        onChange={(event) => state.change({ fontFamily: event.currentTarget.value as FontFamilySetting })}
      >
        {FONTS.map(({ value, label }) => (
          <option key={value} value={value}>
            {t(label)}
          </option>
        ))}
      </select>
      <div class="kr-group">
        <button
          type="button"
          data-testid="reader-size-down"
          aria-label={t('reader_smaller')}
          title={t('reader_smaller')}
          disabled={settings.fontSize <= FONT_SIZE_RANGE.min}
          onClick={() => state.biggerText(-1)}
        >
          A−
        </button>
        <button
          type="button"
          data-testid="reader-size-up"
          aria-label={t('reader_larger')}
          title={t('reader_larger')}
          disabled={settings.fontSize >= FONT_SIZE_RANGE.max}
          onClick={() => state.biggerText(1)}
        >
          A+
        </button>
      </div>
      <div class="kr-group">
        <button
          type="button"
          data-testid="reader-width-down"
          aria-label={t('reader_narrower')}
          title={t('reader_narrower')}
          disabled={settings.lineWidth <= LINE_WIDTH_RANGE.min}
          onClick={() => state.widerLines(-1)}
        >
          →←
        </button>
        <button
          type="button"
          data-testid="reader-width-up"
          aria-label={t('reader_wider')}
          title={t('reader_wider')}
          disabled={settings.lineWidth >= LINE_WIDTH_RANGE.max}
          onClick={() => state.widerLines(1)}
        >
          ←→
        </button>
      </div>
      <button
        type="button"
        data-testid="reader-images"
        aria-pressed={settings.images}
        onClick={() => state.toggleImages()}
      >
        {t('reader_images')}
      </button>
      {state.verticalAvailable.value && (
        <button
          type="button"
          data-testid="reader-vertical"
          aria-pressed={vertical}
          onClick={() => state.toggleVertical()}
        >
          {t('reader_vertical')}
        </button>
      )}
      <span class="kr-spacer" />
      <button
        type="button"
        class="kr-close"
        data-testid="reader-close"
        aria-label={t('reader_close')}
        title={t('reader_close')}
        onClick={onClose}
      >
        ×
      </button>
    </div>
  );
}
