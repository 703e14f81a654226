import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings';
import { createReaderState } from './state';

describe('createReaderState', () => {
  it('applies toolbar changes and reports them for storage', () => {
    const onSettingsChange = vi.fn();
    const state = createReaderState(DEFAULT_SETTINGS, { lang: 'ja', prefersDark: false, onSettingsChange });
    state.change({ theme: 'dark' });
    state.biggerText(1);
    state.toggleImages();
    state.toggleVertical();
    expect(state.theme.value).toBe('dark');
    expect(state.writingMode.value).toBe('vertical');
    expect(state.settings.value).toMatchObject({ theme: 'dark', fontSize: DEFAULT_SETTINGS.fontSize + 1, images: false });
    expect(onSettingsChange.mock.calls.map((call) => call[0])).toEqual([
      { theme: 'dark' },
      { fontSize: DEFAULT_SETTINGS.fontSize + 1 },
      { images: false },
      { verticalWriting: 'on' },
    ]);
  });

  it('applies settings from storage live without echoing them back', () => {
    const onSettingsChange = vi.fn();
    const state = createReaderState(DEFAULT_SETTINGS, { lang: 'ja', prefersDark: false, onSettingsChange });
    expect(state.writingMode.value).toBe('horizontal');
    state.replaceSettings({ ...DEFAULT_SETTINGS, verticalWriting: 'auto', theme: 'sepia' });
    expect(state.writingMode.value).toBe('vertical');
    expect(state.theme.value).toBe('sepia');
    expect(onSettingsChange).not.toHaveBeenCalled();
  });

  it('follows the system colour scheme when the theme is system', () => {
    const state = createReaderState({ ...DEFAULT_SETTINGS, theme: 'system' }, { lang: 'en', prefersDark: false });
    expect(state.theme.value).toBe('light');
    state.setPrefersDark(true);
    expect(state.theme.value).toBe('dark');
  });

  it('turns vertical off from auto with one press on a Japanese article', () => {
    const state = createReaderState({ ...DEFAULT_SETTINGS, verticalWriting: 'auto' }, { lang: 'ja', prefersDark: false });
    expect(state.writingMode.value).toBe('vertical');
    state.toggleVertical();
    expect(state.writingMode.value).toBe('horizontal');
    expect(state.verticalAvailable.value).toBe(true);
    expect(createReaderState(DEFAULT_SETTINGS, { lang: 'en', prefersDark: false }).verticalAvailable.value).toBe(false);
  });

  it('applies the new language when another article replaces the first', () => {
    const state = createReaderState({ ...DEFAULT_SETTINGS, verticalWriting: 'auto' }, { lang: 'ja', prefersDark: false });
    expect(state.writingMode.value).toBe('vertical');
    state.setLang('en');
    expect(state.writingMode.value).toBe('horizontal');
    expect(state.verticalAvailable.value).toBe(false);
  });
});
