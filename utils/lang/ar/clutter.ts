import type { ClutterCues } from '../clutter-cues';

// Arabic: Al Jazeera/BBC Arabic-style teaser labels.
export const clutter: ClutterCues = {
  code: 'ar',
  // Related-link boxes, "more/latest/most read" rails, prev/next links.
  related: ['اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ ايضا', 'مقالات ذات صلة', 'أخبار ذات صلة', 'الأكثر قراءة', 'آخر الأخبار', 'شاهد أيضا'],
  // Ad-slot labels.
  ads: ['إعلان', 'اعلان', 'محتوى مدفوع'],
  // Share bars, tag lists, comments, newsletter and cookie prompts.
  prompts: ['شارك', 'مشاركة', 'الكلمات المفتاحية', 'وسوم', 'تعليقات', 'التعليقات', 'النشرة البريدية', 'المقال السابق', 'المقال التالي'],
  // Headings of publisher key-point lists.
  keyPoints: ['أبرز النقاط', 'باختصار', 'ملخص'],
};
