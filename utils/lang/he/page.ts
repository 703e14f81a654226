import type { PageCues } from '../page-cues';

export const page: PageCues = {
  code: 'he',
  // IReST Hebrew 187 wpm aloud, scaled to silent like English (×1.04).
  readingSpeed: { unit: 'words', perMinute: 195 },
  bylineAffixes: [/^\s*(?:מאת|כתב|כתבה|מערכת)\s*[:：]?\s*/],
  sourceLabels: ['מקור', 'לכתבה המקורית', 'המקור'],
  titleNoise: [],
  months: [['ינואר'], ['פברואר'], ['מרץ', 'מרס'], ['אפריל'], ['מאי'], ['יוני'], ['יולי'], ['אוגוסט'], ['ספטמבר'], ['אוקטובר'], ['נובמבר'], ['דצמבר']],
  stopwords: [],
};
