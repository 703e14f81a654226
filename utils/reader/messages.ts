// The reader's interface strings. The extension's _locales files carry the real translations
// (keys prefixed `reader_`); this table is the English fallback for a missing message, so a
// stale locale file never leaves a toolbar button without a label.

export const READER_MESSAGES_EN = {
  reader_dialog: 'Reader mode',
  reader_toolbar: 'Reader settings',
  reader_theme: 'Theme',
  reader_themeLight: 'Light',
  reader_themeSepia: 'Sepia',
  reader_themeDark: 'Dark',
  reader_themeSystem: 'System',
  reader_font: 'Font',
  reader_fontSerif: 'Serif',
  reader_fontSans: 'Sans-serif',
  reader_fontSystem: 'System font',
  reader_smaller: 'Smaller text',
  reader_larger: 'Larger text',
  reader_narrower: 'Narrower lines',
  reader_wider: 'Wider lines',
  reader_images: 'Images',
  reader_vertical: 'Vertical writing',
  reader_close: 'Close reader (Esc)',
  reader_keyPoints: 'Key points',
  reader_article: 'Article',
  reader_original: 'Original: $1',
  reader_readingTime: '$1 min read',
} as const;

export type ReaderMessageKey = keyof typeof READER_MESSAGES_EN;
export type Translate = (key: ReaderMessageKey, substitutions?: string[]) => string;

function substitute(template: string, substitutions: string[] = []): string {
  return template.replace(/\$(\d)/g, (whole, n: string) => substitutions[Number(n) - 1] ?? whole);
}

/** English only: what tests and a missing locale entry get. */
export const translateEnglish: Translate = (key, substitutions) =>
  substitute(READER_MESSAGES_EN[key], substitutions);

/**
 * Wraps the browser's getMessage (passed in, so tests need no browser) and falls back to English
 * when the message is missing, which getMessage reports as an empty string.
 */
export function createTranslate(getMessage: (name: string, substitutions?: string[]) => string): Translate {
  return (key, substitutions) => {
    let message = '';
    try {
      message = getMessage(key, substitutions);
    } catch {
      // An invalidated extension context throws here; the English label still works.
    }
    return message || translateEnglish(key, substitutions);
  };
}
