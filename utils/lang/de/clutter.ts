import type { ClutterCues } from '../clutter-cues';

// German: Spiegel/Zeit-style teaser labels; "Anzeige" is the legally required ad label.
export const clutter: ClutterCues = {
  code: 'de',
  // Related-link boxes, "more/latest/most read" rails, prev/next links.
  related: ['lesen sie auch', 'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren', 'weitere artikel', 'meistgelesen', 'neueste artikel', 'empfehlungen', 'zum thema'],
  // Ad-slot labels.
  ads: ['anzeige', 'werbung', 'gesponsert'],
  // Share bars, tag lists, comments, newsletter and cookie prompts.
  prompts: ['teilen', 'artikel teilen', 'schlagworte', 'themen', 'kommentare', 'newsletter', 'newsletter abonnieren', 'vorheriger artikel', 'nächster artikel'],
  // Headings of publisher key-point lists.
  keyPoints: ['das wichtigste in kürze', 'auf einen blick', 'zusammenfassung'],
};
