import type { ClutterCues } from '../clutter-cues';

// Greek: Kathimerini/in.gr-style teaser labels.
export const clutter: ClutterCues = {
  code: 'el',
  // Related-link boxes, "more/latest/most read" rails, prev/next links.
  related: ['διαβάστε επίσης', 'διαβάστε ακόμη', 'δείτε επίσης', 'σχετικά άρθρα', 'σχετικές ειδήσεις', 'δημοφιλή', 'τελευταία νέα', 'περισσότερα'],
  // Ad-slot labels.
  ads: ['διαφήμιση'],
  // Share bars, tag lists, comments, newsletter and cookie prompts.
  prompts: ['κοινοποίηση', 'μοιραστείτε', 'ετικέτες', 'σχόλια', 'newsletter', 'προηγούμενο άρθρο', 'επόμενο άρθρο'],
  // Headings of publisher key-point lists.
  keyPoints: ['με μια ματιά', 'τα βασικά σημεία'],
};
