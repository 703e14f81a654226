import type { PageCues } from '../page-cues';

export const page: PageCues = {
  code: 'zh',
  // Chinese silent reading ~250–400 characters/min (IReST aloud 255 cpm; silent studies report
  // ~300–400): 300 keeps estimates conservative.
  readingSpeed: { unit: 'chars', perMinute: 300 },
  // 「作者：」「记者 张三」「文/」「责任编辑：」「來源：」 precede names; 「报道」 follows them.
  bylineAffixes: [/^\s*(?:作者|記者|记者|文|撰文|责任编辑|責任編輯|编辑|編輯|通讯员|通訊員)\s*[：:／/|｜]?\s*/, /\s*(?:报道|報導|報道)\s*$/],
  sourceLabels: ['原文链接', '原文連結', '原文', '来源', '來源', '出处', '出處', '转载自', '轉載自', '原文地址'],
  // 「…（新华社）」「…_新浪网」「…-《财经网》」 credits.
  titleNoise: [/\s*[（(](?:新华社|新華社|中新社|中新网|路透社|法新社|美联社)[)）]\s*$/, /\s*[-_－—]\s*《[^《》]{1,12}(?:网|網|报|報|刊|社)》\s*$/],
  // Chinese outlets end in 网/新闻/日报/时报/电子报.
  siteNamePattern: /(?:网|網|新闻|新聞|日报|日報|晚报|晚報|时报|時報|电子报|電子報|频道|頻道|中文网|\.com|\.cn)$/i,
  months: [],
  stopwords: [],
};
