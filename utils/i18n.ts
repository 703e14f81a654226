// Interface strings for our own pages (popup, options) and the background. The browser picks
// the locale from its own language; the uiLanguage setting can override that inside our pages
// only, using the same _locales files bundled as tables (the badge, menu and manifest always
// follow the browser, because only browser.i18n reaches them).
import en from '../public/_locales/en/messages.json';
import ja from '../public/_locales/ja/messages.json';
import type { UiLanguageSetting } from './settings';

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type LocaleTable = Record<string, LocaleEntry>;

export type MessageKey = keyof typeof en;
export type T = (key: MessageKey, substitutions?: (string | number)[]) => string;

const TABLES: Record<'en' | 'ja', LocaleTable> = { en, ja };

/** Applies a messages.json entry the way browser.i18n does: $NAME$ -> placeholder -> $1. */
export function formatEntry(entry: LocaleEntry, substitutions: string[] = []): string {
  const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return withPlaceholders.replace(/\$(\d)/g, (whole, n: string) => substitutions[Number(n) - 1] ?? whole);
}

/** The language our pages speak: the override, else the browser's UI language when we have it. */
export function resolveUiLanguage(setting: UiLanguageSetting, browserUiLocale: string): 'en' | 'ja' {
  if (setting !== 'auto') return setting;
  return browserUiLocale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/**
 * A translate function. With 'auto' it asks the browser (passed in, so tests need none) and
 * falls back to the English table when a message is missing.
 */
export function createT(setting: UiLanguageSetting, getMessage: (key: string, subs?: string[]) => string): T {
  return (key, substitutions = []) => {
    const subs = substitutions.map(String);
    if (setting === 'auto') {
      let message = '';
      try {
        message = getMessage(key, subs);
      } catch {
        // An invalidated extension context throws; the bundled English still works.
      }
      if (message) return message;
    }
    const table = TABLES[setting === 'auto' ? 'en' : setting];
    const entry = table[key] ?? TABLES.en[key];
    return entry ? formatEntry(entry, subs) : key;
  };
}
