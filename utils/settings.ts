// The reader's settings as plain data. Stored by utils/storage.ts; read by the popup, the options
// page and the reader overlay.

export type ThemeSetting = 'light' | 'sepia' | 'dark' | 'system';
export type FontFamilySetting = 'serif' | 'sans' | 'system';
export type VerticalWritingSetting = 'auto' | 'off' | 'on';
export type UiLanguageSetting = 'auto' | 'en' | 'ja';

export interface Settings {
  theme: ThemeSetting;
  fontFamily: FontFamilySetting;
  /** Body text size in CSS px. */
  fontSize: number;
  /** Line length in em (horizontal) or column height in em (vertical). */
  lineWidth: number;
  /** 'auto' turns vertical writing (縦書き) on for Japanese articles only. */
  verticalWriting: VerticalWritingSetting;
  bullets: 3 | 5;
  images: boolean;
  uiLanguage: UiLanguageSetting;
  /** Hostnames where Kiji shows no badge. */
  quietSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  fontFamily: 'serif',
  fontSize: 19,
  lineWidth: 36,
  verticalWriting: 'off',
  bullets: 3,
  images: true,
  uiLanguage: 'auto',
  quietSites: [],
};

export const FONT_SIZE_RANGE = { min: 14, max: 28 } as const;
export const LINE_WIDTH_RANGE = { min: 24, max: 48 } as const;

const THEMES: readonly ThemeSetting[] = ['light', 'sepia', 'dark', 'system'];
const FONT_FAMILIES: readonly FontFamilySetting[] = ['serif', 'sans', 'system'];
const VERTICAL_WRITING: readonly VerticalWritingSetting[] = ['auto', 'off', 'on'];
const UI_LANGUAGES: readonly UiLanguageSetting[] = ['auto', 'en', 'ja'];

function oneOf<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function clampNumber(value: unknown, range: { min: number; max: number }, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(range.max, Math.max(range.min, Math.round(value)))
    : fallback;
}

/** A hostname as the user may type it ("https://www.Example.com/x" -> "example.com"), or null. */
export function normalizeHostname(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
    return host.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Whether `hostname` is one of the quiet sites or a subdomain of one. */
export function isQuietSite(hostname: string, quietSites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return quietSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/**
 * Any stored value -> valid Settings. Sync storage may hold settings written by an older version
 * or edited by hand; each bad or missing field falls back to its default on its own.
 */
export function normalizeSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const quiet = Array.isArray(value.quietSites) ? value.quietSites : [];
  return {
    theme: oneOf(THEMES, value.theme, DEFAULT_SETTINGS.theme),
    fontFamily: oneOf(FONT_FAMILIES, value.fontFamily, DEFAULT_SETTINGS.fontFamily),
    fontSize: clampNumber(value.fontSize, FONT_SIZE_RANGE, DEFAULT_SETTINGS.fontSize),
    lineWidth: clampNumber(value.lineWidth, LINE_WIDTH_RANGE, DEFAULT_SETTINGS.lineWidth),
    verticalWriting: oneOf(VERTICAL_WRITING, value.verticalWriting, DEFAULT_SETTINGS.verticalWriting),
    bullets: value.bullets === 5 ? 5 : 3,
    images: typeof value.images === 'boolean' ? value.images : DEFAULT_SETTINGS.images,
    uiLanguage: oneOf(UI_LANGUAGES, value.uiLanguage, DEFAULT_SETTINGS.uiLanguage),
    quietSites: [
      ...new Set(quiet.flatMap((site) => (typeof site === 'string' ? [normalizeHostname(site)] : [])).filter((s): s is string => !!s)),
    ],
  };
}
