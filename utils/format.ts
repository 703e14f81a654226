// Article facts in the reader's interface language.

/**
 * The publisher's calendar day. The date part of the ISO string is the day printed on the page;
 * converting to the reader's time zone could move it by one.
 */
export function formatPublished(iso: string, locale: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return match[0];
  }
}

/** "ja" -> "Japanese" (or "日本語" for a Japanese interface); the tag itself when unknown. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** At least one minute: "0 min read" tells a person nothing. */
export function roundedMinutes(minutes: number): number {
  return Math.max(1, Math.round(minutes));
}
