import type { ClutterCues } from '../clutter-cues';

// Polish: Gazeta/Onet-style teaser labels.
export const clutter: ClutterCues = {
  code: 'pl',
  // Related-link boxes, "more/latest/most read" rails, prev/next links.
  related: ['czytaj też', 'czytaj także', 'zobacz też', 'zobacz także', 'polecamy', 'najczęściej czytane', 'najnowsze', 'powiązane artykuły', 'przeczytaj również',
    'przeczytaj też', 'przeczytaj także', 'przeczytaj więcej', 'redakcja poleca', 'warto przeczytać', 'najchętniej czytane', 'ostatnie wiadomości', 'więcej wiadomości', 'zobacz najciekawsze reportaże'],
  // Ad-slot labels.
  ads: ['reklama', 'materiał sponsorowany'],
  // Share bars, tag lists, comments, newsletter and cookie prompts.
  prompts: ['udostępnij', 'tagi', 'komentarze', 'newsletter', 'poprzedni artykuł', 'następny artykuł',
    'dodaj komentarz', 'wybrane komentarze', 'skomentuj', 'drukuj'],
  // Headings of publisher key-point lists.
  keyPoints: ['najważniejsze informacje', 'w skrócie'],
  // Comment sections and "most commented" lists by class/id (komentarze, komentarzWiersz, komentowane).
  commentClasses: ['koment'],
  // Copyright notices under the article ("Żadna część … nie może być powielana…"), as written.
  disclaimers: ['nie może być powielan', 'Wszelkie prawa zastrzeżone', 'wszelkie prawa zastrzeżone', 'Wszystkie prawa zastrzeżone'],
};
