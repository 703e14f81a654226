import type { PageCues } from '../page-cues';

export const page: PageCues = {
  code: 'ja',
  // Adult silent reading of Japanese prose is commonly measured at 400–600 characters/min
  // (IReST reading aloud gives 357; silent is faster): 500 is the usual midpoint.
  readingSpeed: { unit: 'chars', perMinute: 500 },
  // 「文：山田太郎」「取材・文／…」「執筆者：…」「山田太郎記者」「山田太郎（編集部）」.
  bylineAffixes: [
    /^\s*(?:取材・?)?(?:文|執筆|筆者|執筆者|記者|著者|撮影|編集)\s*[：:／/・=＝]\s*/,
    /\s*(?:記者|特派員|編集委員|論説委員)\s*$/,
    /\s*[（(](?:編集部|本紙|写真)[)）]\s*$/,
  ],
  // Translation sites end with a link labelled 「引用元へ」, 「出典：…」, 「原文」, 「元記事」.
  sourceLabels: ['引用元へ', '引用元', '出典元', '出典', '原文', '元記事', 'ソース', '情報元', '参照元'],
  // News-agency credits closing a headline: 「…（共同通信）」「…（時事）」「…（ロイター）」.
  titleNoise: [/\s*[（(](?:共同通信|共同|時事通信|時事|ロイター|AFP(?:＝時事)?|ブルームバーグ|CNN|BBC|朝日新聞|毎日新聞|読売新聞|産経新聞|日経)[)）]\s*$/],
  // Japanese outlets end in 新聞/ニュース/デジタル/通信/オンライン.
  siteNamePattern: /(?:新聞|新聞社|ニュース|デジタル|通信|日報|タイムズ|放送|テレビ|NEWS|ONLINE|オンライン|ウェブ|Web|WEB|\.jp|\.com)$/i,
  months: [],
  stopwords: [],
};
