import { CJK_CHAR } from '../utils/text/script';

// Tokenisers exactly as /work/shared/bench/README.md defines them for the body metrics.

/** Python 3 `re.findall(r'\w+', text)`, in the README's JavaScript form. */
const WORD_G = /[\p{L}\p{N}_]+/gu;
const CJK_CHAR_G = new RegExp(CJK_CHAR.source, 'gu');

export function wordTokens(text: string): string[] {
  return text.match(WORD_G) ?? [];
}

/** The CJK variant: every Han/Hiragana/Katakana/Hangul character (and ー) is its own token. */
export function cjkCharTokens(text: string): string[] {
  return wordTokens(text.replace(CJK_CHAR_G, ' $& '));
}
