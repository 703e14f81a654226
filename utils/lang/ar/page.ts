import type { PageCues } from '../page-cues';

export const page: PageCues = {
  code: 'ar',
  // IReST Arabic 138 wpm aloud (long agglutinated words), scaled to silent like English (×1.04).
  readingSpeed: { unit: 'words', perMinute: 144 },
  bylineAffixes: [/^\s*(?:بقلم|كتب|كتبت|الكاتب|المحرر)\s*[:：]?\s*/],
  sourceLabels: ['المصدر', 'مصدر', 'المقال الأصلي'],
  titleNoise: [],
  months: [['يناير', 'كانون الثاني'], ['فبراير', 'شباط'], ['مارس', 'آذار'], ['أبريل', 'إبريل', 'نيسان'], ['مايو', 'أيار'], ['يونيو', 'حزيران'], ['يوليو', 'تموز'], ['أغسطس', 'آب'], ['سبتمبر', 'أيلول'], ['أكتوبر', 'تشرين الأول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الأول']],
  stopwords: [],
};
