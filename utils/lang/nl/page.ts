import type { PageCues } from '../page-cues';

export const page: PageCues = {
  code: 'nl',
  // IReST Dutch 202 wpm aloud, scaled to silent like English (×1.04).
  readingSpeed: { unit: 'words', perMinute: 210 },
  bylineAffixes: [/^\s*(?:door|auteur|tekst)[\s:]+/i],
  sourceLabels: ['bron', 'origineel artikel'],
  titleNoise: [/\s*\((?:anp|afp|reuters)\)\s*$/i],
  months: [['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt'], ['april', 'apr'], ['mei'], ['juni', 'jun'], ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec']],
  stopwords: ['de', 'en', 'van', 'het', 'een', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'voor', 'met', 'die', 'niet', 'aan', 'er', 'om', 'ook', 'als', 'maar', 'bij', 'door', 'wordt', 'nog', 'ze', 'naar', 'uit', 'werd', 'heeft'],
};
