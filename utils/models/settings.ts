// Live settings for our pages: loaded once, then kept current by the storage watcher, so a change
// made on the options page shows up at once in an open popup.
import { signal } from '@preact/signals';
import { DEFAULT_SETTINGS, type Settings } from '../settings';

export interface SettingsDeps {
  get(): Promise<Settings>;
  watch(onChange: (settings: Settings) => void): () => void;
  save(patch: Partial<Settings>): Promise<Settings>;
}

export function createSettingsModel(deps: SettingsDeps) {
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const loaded = signal(false);
  /** True after this page saved a change, for the "Saved" notice. */
  const saved = signal(false);
  const unwatch = deps.watch((next) => {
    settings.value = next;
  });
  const ready = deps.get().then(
    (value) => {
      settings.value = value;
      loaded.value = true;
    },
    () => {
      // Storage unavailable (e.g. sync disabled by policy): the defaults still make a usable page.
      loaded.value = true;
    },
  );

  async function save(patch: Partial<Settings>): Promise<void> {
    settings.value = { ...settings.value, ...patch };
    settings.value = await deps.save(patch);
    saved.value = true;
  }

  return { settings, loaded, saved, ready, save, dispose: unwatch };
}

export type SettingsModel = ReturnType<typeof createSettingsModel>;
