import type { ClutterCues } from '../clutter-cues';

// French: Le Monde/Figaro-style teaser labels.
export const clutter: ClutterCues = {
  code: 'fr',
  // Related-link boxes, "more/latest/most read" rails, prev/next links.
  related: ['lire aussi', 'à lire aussi', 'voir aussi', 'sur le même sujet', 'articles similaires', 'les plus lus', 'dernières actualités', 'à lire également'],
  // Ad-slot labels.
  ads: ['publicité', 'sponsorisé'],
  // Share bars, tag lists, comments, newsletter and cookie prompts.
  prompts: ['partager', 'partagez', 'mots-clés', 'commentaires', 'newsletter', 'inscrivez-vous à notre newsletter', 'article précédent', 'article suivant'],
  // Headings of publisher key-point lists.
  keyPoints: ['l\'essentiel', 'ce qu\'il faut retenir', 'en bref', 'points clés'],
};
