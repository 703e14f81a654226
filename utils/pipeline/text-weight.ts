// Cheap, CJK-aware text measures used by every body stage. One pass over the characters, no regex
// allocation: the body extractor calls this on every text node of the page.

/** How much a CJK character counts against a Latin character: one Han/Kana/Hangul character
 * carries about what an English word plus its space does (3 chars) in Readability's thresholds. */
export const CJK_CHAR_WEIGHT = 3;

export interface TextMeasure {
  /** Non-whitespace characters, CJK characters counted CJK_CHAR_WEIGHT times. */
  weight: number;
  /** Clause separators: , 、 ， and the CJK sentence ends 。！？ (Readability counts only ","). */
  commas: number;
}

function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || // kana
    (c >= 0x3400 && c <= 0x4dbf) || // Han extension A
    (c >= 0x4e00 && c <= 0x9fff) || // Han
    (c >= 0xac00 && c <= 0xd7af) || // Hangul syllables
    (c >= 0xf900 && c <= 0xfaff) || // Han compatibility
    (c >= 0x1100 && c <= 0x11ff) // Hangul jamo
  );
}

function isCommaCode(c: number): boolean {
  return c === 0x2c || c === 0x3001 || c === 0xff0c || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x060c;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x3000 || c === 0x0c || c === 0x200b;
}

export function measureText(text: string): TextMeasure {
  let weight = 0;
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    if (isCommaCode(c)) commas++;
    weight += isCjkCode(c) ? CJK_CHAR_WEIGHT : 1;
  }
  return { weight, commas };
}

/** Text weight only (see measureText). */
export function textWeight(text: string): number {
  return measureText(text).weight;
}

/** Ends like a sentence in any script: . ! ? 。 ！ ？ 」 』 ” ) and the like. */
export const SENTENCE_END = /[.!?。！？」』”"')）…:：]\s*$/u;
