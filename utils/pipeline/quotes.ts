// Direct quotations and who said them, over Article.text (DOM-free). Offsets point into `text`.
import { CJK_LANGS } from '../text/script';
import type { Quote } from './types';
import { attributeQuotes } from './quotes/attribute';
import { allQuotes, keyQuotes } from './quotes/rank';

/**
 * Key quotes (at most five, full statements with a known speaker) or, with `all`, every direct
 * quotation found with its offsets (`partial` adds quoted phrases). `lang` picks the attribution
 * cues (utils/lang/<code>/speech.ts).
 */
export function findQuotes(text: string, lang: string, options: { all?: boolean; partial?: boolean } = {}): Quote[] {
  const found = attributeQuotes(text, lang);
  const primary = (lang || '').toLowerCase().split(/[-_]/)[0] ?? '';
  return options.all ? allQuotes(found, options.partial) : keyQuotes(found, CJK_LANGS.has(primary) && primary !== 'ko');
}
