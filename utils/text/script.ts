// Script classes shared by every stage. CJK text has no spaces between words, so lengths and
// token counts treat each Han/Kana/Hangul character as one unit.

/** One CJK character: Han, Hiragana, Katakana (with the prolonged sound mark ー), Hangul. */
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u;
const CJK_CHAR_G = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/gu;
/** A run of letters/digits that is not CJK (a "word" in space-separated scripts). */
const NON_CJK_WORD_G = /[\p{L}\p{N}_]+/gu;

/** Word characters of ASCII, as NON_CJK_WORD_G reads them there. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Non-ASCII characters common in Latin-script text that are neither letters, digits nor CJK: the
 * no-break space and the General Punctuation dashes, curly quotes, bullets and ellipsis (U+2010–U+2027). */
function isCommonNonWordChar(c: number): boolean {
  return c === 0xa0 || (c >= 0x2010 && c <= 0x2027);
}

/** Only ASCII and those common punctuation characters: no letter outside ASCII, so cheaper ASCII
 * character classes read the text as the Unicode ones would. */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && !isCommonNonWordChar(c)) return false;
  }
  return true;
}

/** Words of a text made only of ASCII and common punctuation, counted in one pass without the
 * regexes (the summary measures every sentence); -1 for any other text. */
function plainWordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = isAsciiWordChar(c);
    else if (isCommonNonWordChar(c)) word = false;
    else return -1;
    if (word && !inWord) words++;
    inWord = word;
  }
  return words;
}

/** Reading length: CJK characters plus words of other scripts. */
export function textLength(text: string): number {
  const plain = plainWordCount(text);
  if (plain >= 0) return plain;
  const cjk = text.match(CJK_CHAR_G)?.length ?? 0;
  if (cjk === 0) return text.match(NON_CJK_WORD_G)?.length ?? 0;
  const rest = text.replace(CJK_CHAR_G, ' ').match(NON_CJK_WORD_G)?.length ?? 0;
  return cjk + rest;
}

/** Share of letters that are CJK, 0..1. */
export function cjkRatio(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 0;
  return (text.match(CJK_CHAR_G)?.length ?? 0) / letters;
}

export const CJK_LANGS = new Set(['ja', 'zh', 'ko']);
export const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'dv', 'ckb', 'sd', 'ug']);
