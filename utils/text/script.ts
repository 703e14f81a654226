// Script classes shared by every stage. CJK text has no spaces between words, so lengths and
// token counts treat each Han/Kana/Hangul character as one unit.

/** One CJK character: Han, Hiragana, Katakana (with the prolonged sound mark ー), Hangul. */
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u;
const CJK_CHAR_G = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/gu;
/** A run of letters/digits that is not CJK (a "word" in space-separated scripts). */
const NON_CJK_WORD_G = /[\p{L}\p{N}_]+/gu;

/** Reading length: CJK characters plus words of other scripts. */
export function textLength(text: string): number {
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
