import type { ClutterCues } from '../clutter-cues';

// Polish: Gazeta/Onet-style teaser labels.
export const clutter: ClutterCues = {
  code: 'pl',
  // Related-link boxes, "more/latest/most read" rails, prev/next links.
  related: ['czytaj też', 'czytaj także', 'zobacz też', 'zobacz także', 'polecamy', 'najczęściej czytane', 'najnowsze', 'powiązane artykuły', 'przeczytaj również',
    'przeczytaj też', 'przeczytaj także', 'przeczytaj więcej', 'redakcja poleca', 'warto przeczytać', 'najchętniej czytane', 'ostatnie wiadomości', 'więcej wiadomości', 'zobacz najciekawsze reportaże',
    'zobacz również', 'czytaj również', 'czytaj koniecznie',
    // "Więcej w „Gazecie…”", "Więcej na: www…": pointers to the source or a section (line openings too, body.ts).
    'więcej w', 'więcej na'],
  // Ad-slot labels.
  ads: ['reklama', 'materiał sponsorowany'],
  // Share bars, tag lists, comments, newsletter and cookie prompts.
  prompts: ['udostępnij', 'tagi', 'komentarze', 'newsletter', 'poprzedni artykuł', 'następny artykuł',
    'dodaj komentarz', 'wybrane komentarze', 'skomentuj', 'drukuj',
    // Share label, text-size switcher, rating widget, photo-widget label.
    'podziel się', 'rozmiar tekstu', 'oceń tekst', 'zdjęcie'],
  // Headings of publisher key-point lists.
  keyPoints: ['najważniejsze informacje', 'w skrócie'],
  // Comment sections and "most commented" lists by class/id (komentarze, komentarzWiersz, komentowane).
  commentClasses: ['koment'],
  // Copyright notices under the article ("Żadna część … nie może być powielana…"), as written.
  disclaimers: ['nie może być powielan', 'Wszelkie prawa zastrzeżone', 'wszelkie prawa zastrzeżone', 'Wszystkie prawa zastrzeżone',
    // WordPress themes' post-metadata notice under a post ("Ten wpis został dodany… Możesz śledzić odpowiedzi…").
    'Możesz śledzić odpowiedzi do tego wpisu'],
  // Credit lines of their own: photo/drawing credits ("Fot. Jan Nowak", "fot.: PAP"), "Autor: … Źródło: …"
  // lines under the story, and the author's initials in brackets ("(PG)").
  creditLines: [
    /^(?:fot|foto|rys)(?:\.\s*:?|\s*:)\s*\S.*$/iu,
    /^(?:(?:autor|źródło)\s*:\s*\S[^\n]*\s*)+$/iu,
    /^\(\p{Lu}{1,4}\)$/u,
    // Date lines of their own: "dodano: 3 stycznia 2012, 19:30", "poniedziałek, 22 sierpnia 2011 12:55".
    /^(?:dodano\s*:|(?:poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela),?)\s*\d{1,2}\s+\p{L}+\s+\d{4}(?:,?\s*\d{1,2}:\d{2})?$/iu,
    // Labelled publish/update stamps: "Publikacja: 22.12.2011 02:00 | Aktualizacja: 25.12.2011 04:39",
    // "Data publikacji: 2012-01-03 09:38:47".
    /^(?:(?:data\s+)?(?:publikacji|aktualizacji)|publikacja|aktualizacja|opublikowano|zaktualizowano)\s*:\s*[\d.\-/: ]+(?:\|\s*(?:(?:data\s+)?(?:publikacji|aktualizacji)|publikacja|aktualizacja|zaktualizowano)\s*:\s*[\d.\-/: ]+)*$/iu,
  ],
};
