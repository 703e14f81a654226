import type { ClutterCues } from '../clutter-cues';

export const clutter: ClutterCues = {
  code: 'ko',
  related: [
    '관련기사', // related-article boxes of Korean news sites
    '관련 기사',
    '관련뉴스',
    '함께 보면 좋은 기사',
    '많이 본 뉴스', // popularity rails
    '많이 본 기사',
    '인기기사',
    '최신기사', // latest-article rails
    '추천기사', // recommendation rails
    '이전기사', '다음기사', '이전글', '다음글', // prev/next links
  ],
  ads: ['광고', 'ad'],
  prompts: [
    '공유', '공유하기', // share bars
    '태그', // tag lists
    '댓글', // comment sections
    '구독', '뉴스레터', // newsletter prompts
    '기사제보', // tip-off prompts under Korean articles
    '저작권자', // copyright lines closing the body
  ],
  keyPoints: ['핵심', '핵심 요약', '요약', '주요 내용'],
};
