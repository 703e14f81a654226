import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings';
import { getSettings, settingsItem, updateSettings, watchSettings } from '../storage';
import { createSettingsModel } from './settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings storage', () => {
  it('returns the defaults when nothing is stored and repairs a bad stored value', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.sync.set({ settings: { theme: 'neon', bullets: 5 } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, bullets: 5 });
  });

  it('saves a patch in sync storage and tells watchers in other contexts', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings.theme));
    await updateSettings({ theme: 'dark' });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    expect(seen).toEqual(['dark']);
    unwatch();
  });
});

describe('createSettingsModel', () => {
  it('loads, follows changes made elsewhere and saves its own', async () => {
    const model = createSettingsModel({ get: getSettings, watch: watchSettings, save: updateSettings });
    await model.ready;
    expect(model.loaded.value).toBe(true);
    expect(model.settings.value).toEqual(DEFAULT_SETTINGS);

    // Another page (the options page, the reader's toolbar) changes a setting.
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, fontSize: 22 });
    expect(model.settings.value.fontSize).toBe(22);

    await model.save({ bullets: 5 });
    expect(model.saved.value).toBe(true);
    expect((await getSettings()).bullets).toBe(5);
    expect(model.settings.value).toMatchObject({ fontSize: 22, bullets: 5 });
    model.dispose();
  });

  it('still gives usable defaults when storage fails', async () => {
    const model = createSettingsModel({
      get: () => Promise.reject(new Error('sync disabled')),
      watch: () => () => {},
      save: async () => DEFAULT_SETTINGS,
    });
    await model.ready;
    expect(model.loaded.value).toBe(true);
    expect(model.settings.value).toEqual(DEFAULT_SETTINGS);
  });
});
