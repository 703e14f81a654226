// How the reader's settings turn into what the overlay shows: the resolved theme, the writing
// direction and the clamped size steps. Plain functions so every rule is unit-tested without a DOM.

import {
  FONT_SIZE_RANGE,
  LINE_WIDTH_RANGE,
  type Settings,
  type ThemeSetting,
  type VerticalWritingSetting,
} from '../settings';

export type ResolvedTheme = 'light' | 'sepia' | 'dark';
export type WritingMode = 'horizontal' | 'vertical';

/** Languages whose typography has a vertical tradition the reader supports (縦書き, 直排). */
export const VERTICAL_CAPABLE_LANGS = new Set(['ja', 'zh']);
/** 'auto' turns vertical on for Japanese only: Chinese web text is read horizontally by default. */
export const VERTICAL_AUTO_LANGS = new Set(['ja']);

/** One toolbar press changes the text size by this many CSS px. */
export const FONT_SIZE_STEP = 1;
/** One toolbar press changes the line length by this many em (about 4 CJK characters). */
export const LINE_WIDTH_STEP = 4;

/** "ja-JP" -> "ja"; an empty tag counts as unknown. */
export function primaryLanguage(lang: string): string {
  return (lang.split(/[-_]/)[0] ?? '').toLowerCase();
}

export function resolveTheme(setting: ThemeSetting, prefersDark: boolean): ResolvedTheme {
  if (setting === 'system') return prefersDark ? 'dark' : 'light';
  return setting;
}

export function canWriteVertically(lang: string): boolean {
  return VERTICAL_CAPABLE_LANGS.has(primaryLanguage(lang));
}

/**
 * 'on' applies only to languages that can be set vertically: a stored 'on' must not turn an
 * English article sideways. 'auto' is vertical for Japanese only.
 */
export function resolveWritingMode(setting: VerticalWritingSetting, lang: string): WritingMode {
  const code = primaryLanguage(lang);
  if (setting === 'on') return VERTICAL_CAPABLE_LANGS.has(code) ? 'vertical' : 'horizontal';
  if (setting === 'auto') return VERTICAL_AUTO_LANGS.has(code) ? 'vertical' : 'horizontal';
  return 'horizontal';
}

/** What the toolbar's vertical toggle stores: the opposite of what the reader shows now. */
export function toggledVerticalSetting(current: WritingMode): VerticalWritingSetting {
  return current === 'vertical' ? 'off' : 'on';
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function stepFontSize(size: number, direction: 1 | -1): number {
  return clamp(Math.round(size) + direction * FONT_SIZE_STEP, FONT_SIZE_RANGE.min, FONT_SIZE_RANGE.max);
}

export function stepLineWidth(width: number, direction: 1 | -1): number {
  return clamp(Math.round(width) + direction * LINE_WIDTH_STEP, LINE_WIDTH_RANGE.min, LINE_WIDTH_RANGE.max);
}

/** Settings arriving from storage may be partial or out of range (an older version, sync races). */
export function normalizeSettings(settings: Settings): Settings {
  return {
    ...settings,
    fontSize: clamp(Number(settings.fontSize) || FONT_SIZE_RANGE.min, FONT_SIZE_RANGE.min, FONT_SIZE_RANGE.max),
    lineWidth: clamp(Number(settings.lineWidth) || LINE_WIDTH_RANGE.min, LINE_WIDTH_RANGE.min, LINE_WIDTH_RANGE.max),
  };
}
