import type { PageCues } from '../page-cues';

export const page: PageCues = {
  code: 'de',
  // IReST (Trauzettel-Klosinski & Dietz 2012) German 179 wpm aloud, scaled to silent like English (×1.04).
  readingSpeed: { unit: 'words', perMinute: 187 },
  bylineAffixes: [/^\s*(?:von|autor(?:in)?|text)[\s:]+/i],
  sourceLabels: ['quelle', 'originalartikel', 'original', 'zum originalartikel'],
  titleNoise: [/\s*\((?:dpa|afp|reuters)\)\s*$/i],
  months: [['januar', 'jan', 'jänner'], ['februar', 'feb'], ['märz', 'mär'], ['april', 'apr'], ['mai'], ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez']],
  stopwords: ['der', 'die', 'und', 'in', 'den', 'von', 'zu', 'das', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem', 'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'hat', 'dass', 'sie', 'nach'],
};
