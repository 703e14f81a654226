// Font stacks and line heights per script. Latin fonts have no kana or hanzi, so a CJK article
// needs CJK families first or the browser picks a fallback per glyph and the text looks patchy.

import type { FontFamilySetting } from '../settings';
import { primaryLanguage } from './view';

type ScriptGroup = 'ja' | 'zh' | 'ko' | 'default';

const GROUP_BY_LANG: Record<string, ScriptGroup> = { ja: 'ja', zh: 'zh', ko: 'ko' };

/** First the families each OS ships, then Noto (Linux, Android), then the generic family. */
const FONT_STACKS: Record<ScriptGroup, Record<FontFamilySetting, string>> = {
  ja: {
    // Mincho is the reading face of Japanese books and newspapers.
    serif: '"Hiragino Mincho ProN", "Yu Mincho", YuMincho, "Noto Serif JP", "Noto Serif CJK JP", serif',
    sans: '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", YuGothic, Meiryo, "Noto Sans JP", "Noto Sans CJK JP", sans-serif',
    system: 'system-ui, "Hiragino Sans", "Yu Gothic UI", Meiryo, "Noto Sans JP", sans-serif',
  },
  zh: {
    serif: '"Songti SC", "Noto Serif SC", "Noto Serif CJK SC", SimSun, serif',
    sans: '"PingFang SC", "Microsoft YaHei", "Noto Sans SC", "Noto Sans CJK SC", sans-serif',
    system: 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans SC", sans-serif',
  },
  ko: {
    serif: '"AppleMyungjo", "Nanum Myeongjo", "Noto Serif KR", "Noto Serif CJK KR", serif',
    sans: '"Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", "Noto Sans CJK KR", sans-serif',
    system: 'system-ui, "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", sans-serif',
  },
  default: {
    serif: 'Charter, "Bitstream Charter", "Iowan Old Style", Georgia, Cambria, "Noto Serif", serif',
    sans: '"Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
    system: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  },
};

/**
 * Unitless line heights. CJK glyphs fill the whole em box, so lines need more air than Latin;
 * vertical Japanese is set looser still (ruby sits between columns).
 */
const LINE_HEIGHTS: Record<ScriptGroup, { horizontal: number; vertical: number }> = {
  ja: { horizontal: 1.9, vertical: 1.8 },
  zh: { horizontal: 1.85, vertical: 1.8 },
  ko: { horizontal: 1.8, vertical: 1.8 },
  default: { horizontal: 1.65, vertical: 1.65 },
};

function scriptGroup(lang: string): ScriptGroup {
  return GROUP_BY_LANG[primaryLanguage(lang)] ?? 'default';
}

export function fontStack(family: FontFamilySetting, lang: string): string {
  return FONT_STACKS[scriptGroup(lang)][family];
}

export function lineHeight(lang: string, vertical: boolean): number {
  const heights = LINE_HEIGHTS[scriptGroup(lang)];
  return vertical ? heights.vertical : heights.horizontal;
}
