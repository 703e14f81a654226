// A hand-built Article for the reader's unit tests, shaped like the sample page
// (tests/fixtures/pages/ja-translated--news24-kim-putin) as the pipeline returns it. Built by hand
// so these tests exercise the reader alone; the e2e tests use the real pipeline.

import type { Article, Block } from '../../utils/pipeline/types';

const PAGE = 'http://127.0.0.1/news/2023/09/kim-jong-un-putin-summit/';

const blocks: Block[] = [
  {
    type: 'figure',
    images: [{ src: `${PAGE}images/kim-putin.svg`, alt: 'ロシアのプーチン大統領が北朝鮮の金正恩委員長と一緒にいる', width: 696, height: 392 }],
    caption: [],
  },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: '北朝鮮の' },
      { type: 'ruby', base: '金正恩', text: 'キム・ジョンウン' },
      { type: 'text', text: '総書記は、ロシアのプーチン大統領と会談するために、珍しい海外訪問を行う予定であると、米国が月曜日に発表した。' },
    ],
  },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'ロシア国防相のセルゲイ・ショイグが7月に北朝鮮を訪れたと、' },
      { type: 'link', href: 'https://www.france24.com/en/asia-pacific/', children: [{ type: 'text', text: 'ワトソン' }] },
      { type: 'text', text: 'は月曜日に語った。北朝鮮が2022年にロシアにミサイルを供給した。' },
    ],
  },
  { type: 'heading', level: 2, children: [{ type: 'text', text: '制裁の効果' }] },
  {
    type: 'blockquote',
    children: [{ type: 'paragraph', children: [{ type: 'text', text: '「失速しているのではない。失敗だ」' }] }],
  },
];

export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    title: '合意へ向けて順調:北朝鮮の金正恩委員長、プーチン大統領と会談か?',
    byline: 'News24編集部',
    siteName: 'News24',
    lang: 'ja',
    dir: 'ltr',
    publishedTime: '2023-09-05T10:32:00+09:00',
    url: PAGE,
    excerpt: '金正恩はプーチンに会うためにロシアを訪問する可能性が高い。',
    leadImage: { src: `${PAGE}images/kim-putin.svg`, alt: '' },
    originalSource: {
      url: 'https://www.france24.com/en/asia-pacific/20230905-north-korea-s-kim-set-to-meet-putin-in-russia-for-arms-talks-us-says',
      domain: 'france24.com',
      label: '引用元へ',
    },
    keyPoints: [
      '金正恩はプーチンに会うためにロシアを訪問する可能性が高い。',
      '米国は北朝鮮がロシアに武器を供給すると考えている。',
      'ロシアも北朝鮮も国際的な制裁に直面している。',
    ],
    blocks,
    text: '',
    length: 180,
    readingMinutes: 1,
    ...overrides,
  };
}
