// Settings live in sync storage so they follow the user across browsers where they are signed in.
// One item holds the whole object: the options page saves a few fields at a time, and a single
// key keeps every change atomic for watchers (the popup and an open reader apply changes live).
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
});

/** Stored settings, repaired field by field (older versions or hand edits may leave gaps). */
export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Saves some fields and returns the full result. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with the repaired settings on every change, from any context. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}
