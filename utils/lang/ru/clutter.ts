import type { ClutterCues } from '../clutter-cues';

// Russian: RIA/Lenta-style teaser labels.
export const clutter: ClutterCues = {
  code: 'ru',
  // Related-link boxes, "more/latest/most read" rails, prev/next links.
  related: ['читайте также', 'по теме', 'похожие новости', 'похожие статьи', 'самое читаемое', 'популярное', 'последние новости', 'новости по теме', 'другие новости',
    'смотрите также', 'смотри также', 'читай также', 'читайте еще', 'больше по теме', 'ссылки по теме', 'статьи по теме', 'материалы по теме', 'читают сейчас', 'новости дня', 'все новости', 'лента новостей'],
  // Ad-slot labels.
  ads: ['реклама', 'спонсорский материал'],
  // Share bars, tag lists, comments, newsletter and cookie prompts.
  prompts: ['поделиться', 'теги', 'метки', 'комментарии', 'подписаться', 'рассылка', 'предыдущая статья', 'следующая статья', 'версия для печати',
    'добавить комментарий', 'комментарии к статье', 'оставить комментарий', 'добавить в закладки', 'добавить в закладки и поделиться', 'загружается, подождите'],
  // Headings of publisher key-point lists.
  keyPoints: ['главное', 'коротко', 'ключевые моменты'],
  // Comment sections by transliterated class/id (kommentarii, komments).
  commentClasses: ['komment'],
  // Copyright and reprint notices under the article ("Все права защищены", "При цитировании… ссылка…"), as written.
  disclaimers: ['Все права защищены', 'Все права на материалы', 'При цитировании', 'При перепечатке', 'При полной или частичной перепечатке', 'При использовании материалов', 'При использовании информационных материалов'],
};
