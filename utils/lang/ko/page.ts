import type { PageCues } from '../page-cues';

export const page: PageCues = {
  code: 'ko',
  // Korean silent reading of Hangul prose ~ 450–550 syllables/min in adult studies; 500 used.
  readingSpeed: { unit: 'chars', perMinute: 500 },
  // 「홍길동 기자」「글: 홍길동」「홍길동 특파원」「(서울=연합뉴스) 홍길동 기자」.
  bylineAffixes: [/^\s*(?:\([^)]*=[^)]*\)\s*)?(?:글|기자|사진)\s*[:：]\s*/, /\s*(?:기자|특파원|선임기자|논설위원)(?:\s*[\w.+-]+@[\w.-]+)?\s*$/],
  sourceLabels: ['출처', '원문', '원문 보기', '원문보기', '기사 원문'],
  // 「…(종합)」「…(연합뉴스)」 are edition/credit tags, not headline text.
  titleNoise: [/\s*[（(](?:종합\d?보?|연합뉴스|뉴시스|속보)[)）]\s*$/],
  // Korean outlets end in 뉴스/일보/신문/방송.
  siteNamePattern: /(?:뉴스|일보|신문|경제|방송|타임즈|\.com|\.kr)$/i,
  months: [],
  stopwords: [],
};
