// The open reader's state as signals: the settings (from storage, or changed in the toolbar) and
// what they resolve to for this article. Dependencies come in as parameters so tests drive it
// without a browser.

import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Settings } from '../settings';
import {
  canWriteVertically,
  normalizeSettings,
  resolveTheme,
  resolveWritingMode,
  stepFontSize,
  stepLineWidth,
  toggledVerticalSetting,
  type ResolvedTheme,
  type WritingMode,
} from './view';

export interface ReaderStateDeps {
  /** The article's language (BCP 47). */
  lang: string;
  prefersDark: boolean;
  /** Called with every change the reader's own toolbar makes, so it can be stored. */
  onSettingsChange?: (patch: Partial<Settings>) => void;
}

export interface ReaderState {
  settings: ReadonlySignal<Settings>;
  theme: ReadonlySignal<ResolvedTheme>;
  writingMode: ReadonlySignal<WritingMode>;
  /** Whether the toolbar offers the vertical toggle at all (Japanese and Chinese). */
  verticalAvailable: ReadonlySignal<boolean>;
  /** Another article shown in the same reader (an SPA navigated): its language rules apply. */
  setLang(lang: string): void;
  /** Settings from outside (storage watch): applied live, not echoed back. */
  replaceSettings(next: Settings): void;
  setPrefersDark(dark: boolean): void;
  /** A change made in the reader's toolbar: applied and reported. */
  change(patch: Partial<Settings>): void;
  biggerText(direction: 1 | -1): void;
  widerLines(direction: 1 | -1): void;
  toggleImages(): void;
  toggleVertical(): void;
}

export function createReaderState(initial: Settings, deps: ReaderStateDeps): ReaderState {
  const settings = signal(normalizeSettings(initial));
  const prefersDark = signal(deps.prefersDark);
  const lang = signal(deps.lang);
  const theme = computed(() => resolveTheme(settings.value.theme, prefersDark.value));
  const writingMode = computed(() => resolveWritingMode(settings.value.verticalWriting, lang.value));

  const change = (patch: Partial<Settings>) => {
    settings.value = normalizeSettings({ ...settings.value, ...patch });
    deps.onSettingsChange?.(patch);
  };

  return {
    settings,
    theme,
    writingMode,
    verticalAvailable: computed(() => canWriteVertically(lang.value)),
    setLang(next) {
      lang.value = next;
    },
    replaceSettings(next) {
      settings.value = normalizeSettings(next);
    },
    setPrefersDark(dark) {
      prefersDark.value = dark;
    },
    change,
    biggerText(direction) {
      change({ fontSize: stepFontSize(settings.value.fontSize, direction) });
    },
    widerLines(direction) {
      change({ lineWidth: stepLineWidth(settings.value.lineWidth, direction) });
    },
    toggleImages() {
      change({ images: !settings.value.images });
    },
    toggleVertical() {
      change({ verticalWriting: toggledVerticalSetting(writingMode.value) });
    },
  };
}
