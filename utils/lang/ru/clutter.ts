import type { ClutterCues } from '../clutter-cues';

// Russian: RIA/Lenta-style teaser labels.
export const clutter: ClutterCues = {
  code: 'ru',
  // Related-link boxes, "more/latest/most read" rails, prev/next links.
  related: ['читайте также', 'по теме', 'похожие новости', 'похожие статьи', 'самое читаемое', 'популярное', 'последние новости', 'новости по теме', 'другие новости'],
  // Ad-slot labels.
  ads: ['реклама', 'спонсорский материал'],
  // Share bars, tag lists, comments, newsletter and cookie prompts.
  prompts: ['поделиться', 'теги', 'метки', 'комментарии', 'подписаться', 'рассылка', 'предыдущая статья', 'следующая статья', 'версия для печати'],
  // Headings of publisher key-point lists.
  keyPoints: ['главное', 'коротко', 'ключевые моменты'],
};
