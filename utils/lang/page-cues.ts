// The shape of one language's page cues (DETECT+META). Each language folder exports one of these
// from page.ts; utils/lang/page.ts is the registry.

export interface ReadingSpeed {
  /** 'chars' counts CJK characters (utils/text/script.ts textLength), 'words' counts words. */
  unit: 'words' | 'chars';
  perMinute: number;
}

export interface PageCues {
  /** BCP 47 primary tag. */
  code: string;
  readingSpeed: ReadingSpeed;
  /** Prefixes/suffixes wrapped around a byline ("By", "文：", "記者"); removed from the name. */
  bylineAffixes: RegExp[];
  /** Labels of a link to the original article of a translation ("引用元", "Source:"). */
  sourceLabels: string[];
  /** Title decorations that are not part of the headline (e.g. a trailing "（共同通信）"). */
  titleNoise: RegExp[];
  /** What a site name looks like in this language, to cut 「…：朝日新聞デジタル」 without og:site_name. */
  siteNamePattern?: RegExp;
  /** Month names in order (index 0 = January), lower-case, for dates written out in text. */
  months: string[][];
  /** Very frequent function words, for telling Latin/Cyrillic-script languages apart. */
  stopwords: string[];
}
