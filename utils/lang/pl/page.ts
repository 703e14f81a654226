import type { PageCues } from '../page-cues';

export const page: PageCues = {
  code: 'pl',
  // IReST Polish 166 wpm aloud, scaled to silent like English (×1.04).
  readingSpeed: { unit: 'words', perMinute: 173 },
  bylineAffixes: [/^\s*(?:autor(?:ka)?|tekst|oprac\.?|opracowanie)[\s:]+/i],
  sourceLabels: ['źródło', 'zrodlo', 'artykuł oryginalny', 'oryginał'],
  titleNoise: [/\s*\((?:pap|afp|reuters)\)\s*$/i],
  months: [['stycznia', 'styczeń', 'sty'], ['lutego', 'luty', 'lut'], ['marca', 'marzec', 'mar'], ['kwietnia', 'kwiecień', 'kwi'], ['maja', 'maj'], ['czerwca', 'czerwiec', 'cze'], ['lipca', 'lipiec', 'lip'], ['sierpnia', 'sierpień', 'sie'], ['września', 'wrzesień', 'wrz'], ['października', 'październik', 'paź'], ['listopada', 'listopad', 'lis'], ['grudnia', 'grudzień', 'gru']],
  stopwords: ['i', 'w', 'na', 'z', 'się', 'nie', 'do', 'to', 'że', 'jest', 'o', 'jak', 'po', 'co', 'ale', 'od', 'za', 'przez', 'dla', 'jego', 'tak', 'jej', 'już', 'być', 'tym', 'są', 'może', 'był', 'oraz', 'też'],
};
