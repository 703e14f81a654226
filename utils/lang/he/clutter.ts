import type { ClutterCues } from '../clutter-cues';

// Hebrew: Ynet/Haaretz-style teaser labels.
export const clutter: ClutterCues = {
  code: 'he',
  // Related-link boxes, "more/latest/most read" rails, prev/next links.
  related: ['קראו גם', 'כתבות נוספות', 'עוד באתר', 'הנקראים ביותר', 'מבזקים', 'כתבות קשורות'],
  // Ad-slot labels.
  ads: ['פרסומת', 'תוכן ממומן'],
  // Share bars, tag lists, comments, newsletter and cookie prompts.
  prompts: ['שתפו', 'שיתוף', 'תגיות', 'תגובות', 'ניוזלטר', 'הכתבה הקודמת', 'הכתבה הבאה'],
  // Headings of publisher key-point lists.
  keyPoints: ['בקצרה', 'עיקרי הדברים'],
};
