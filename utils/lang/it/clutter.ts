import type { ClutterCues } from '../clutter-cues';

// Italian: Corriere/Repubblica-style teaser labels.
export const clutter: ClutterCues = {
  code: 'it',
  // Related-link boxes, "more/latest/most read" rails, prev/next links.
  related: ['leggi anche', 'potrebbe interessarti', 'articoli correlati', 'i più letti', 'ultime notizie', 'vedi anche'],
  // Ad-slot labels.
  ads: ['pubblicità', 'sponsorizzato'],
  // Share bars, tag lists, comments, newsletter and cookie prompts.
  prompts: ['condividi', 'tag', 'argomenti', 'commenti', 'newsletter', 'articolo precedente', 'articolo successivo'],
  // Headings of publisher key-point lists.
  keyPoints: ['in breve', 'punti chiave'],
};
