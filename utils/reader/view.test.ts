import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FONT_SIZE_RANGE, LINE_WIDTH_RANGE } from '../settings';
import {
  canWriteVertically,
  normalizeSettings,
  primaryLanguage,
  resolveTheme,
  resolveWritingMode,
  stepFontSize,
  stepLineWidth,
  toggledVerticalSetting,
} from './view';

describe('resolveTheme', () => {
  it.each([
    ['light', false, 'light'],
    ['light', true, 'light'],
    ['sepia', true, 'sepia'],
    ['dark', false, 'dark'],
    ['system', false, 'light'],
    ['system', true, 'dark'],
  ] as const)('%s with prefersDark=%s is %s', (setting, dark, expected) => {
    expect(resolveTheme(setting, dark)).toBe(expected);
  });
});

describe('resolveWritingMode', () => {
  it.each([
    ['off', 'ja', 'horizontal'],
    ['auto', 'ja', 'vertical'],
    ['auto', 'ja-JP', 'vertical'],
    ['auto', 'zh', 'horizontal'],
    ['auto', 'en', 'horizontal'],
    ['on', 'ja', 'vertical'],
    ['on', 'zh-Hant', 'vertical'],
    ['on', 'en', 'horizontal'],
    ['on', 'ar', 'horizontal'],
    ['on', '', 'horizontal'],
  ] as const)('%s for %s is %s', (setting, lang, expected) => {
    expect(resolveWritingMode(setting, lang)).toBe(expected);
  });

  it('offers the vertical toggle for Japanese and Chinese only', () => {
    expect(['ja', 'zh-CN', 'ko', 'en', 'he'].map(canWriteVertically)).toEqual([true, true, false, false, false]);
  });

  it('toggles to the opposite of what is shown', () => {
    expect(toggledVerticalSetting('vertical')).toBe('off');
    expect(toggledVerticalSetting('horizontal')).toBe('on');
  });
});

describe('size steps', () => {
  it('steps and clamps the font size to its range', () => {
    expect(stepFontSize(19, 1)).toBe(20);
    expect(stepFontSize(19, -1)).toBe(18);
    expect(stepFontSize(FONT_SIZE_RANGE.max, 1)).toBe(FONT_SIZE_RANGE.max);
    expect(stepFontSize(FONT_SIZE_RANGE.min, -1)).toBe(FONT_SIZE_RANGE.min);
  });

  it('steps and clamps the line width to its range', () => {
    expect(stepLineWidth(36, 1)).toBe(40);
    expect(stepLineWidth(36, -1)).toBe(32);
    expect(stepLineWidth(LINE_WIDTH_RANGE.max - 1, 1)).toBe(LINE_WIDTH_RANGE.max);
    expect(stepLineWidth(LINE_WIDTH_RANGE.min, -1)).toBe(LINE_WIDTH_RANGE.min);
  });

  it('repairs out-of-range stored sizes', () => {
    const fixed = normalizeSettings({ ...DEFAULT_SETTINGS, fontSize: 400, lineWidth: Number.NaN });
    expect(fixed.fontSize).toBe(FONT_SIZE_RANGE.max);
    expect(fixed.lineWidth).toBe(LINE_WIDTH_RANGE.min);
  });

  it('reads the primary language subtag', () => {
    expect(primaryLanguage('ja-JP')).toBe('ja');
    expect(primaryLanguage('zh_Hant')).toBe('zh');
    expect(primaryLanguage('')).toBe('');
  });
});
