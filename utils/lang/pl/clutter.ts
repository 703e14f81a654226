import type { ClutterCues } from '../clutter-cues';

// Polish: Gazeta/Onet-style teaser labels.
export const clutter: ClutterCues = {
  code: 'pl',
  // Related-link boxes, "more/latest/most read" rails, prev/next links.
  related: ['czytaj też', 'czytaj także', 'zobacz też', 'zobacz także', 'polecamy', 'najczęściej czytane', 'najnowsze', 'powiązane artykuły', 'przeczytaj również'],
  // Ad-slot labels.
  ads: ['reklama', 'materiał sponsorowany'],
  // Share bars, tag lists, comments, newsletter and cookie prompts.
  prompts: ['udostępnij', 'tagi', 'komentarze', 'newsletter', 'poprzedni artykuł', 'następny artykuł'],
  // Headings of publisher key-point lists.
  keyPoints: ['najważniejsze informacje', 'w skrócie'],
};
