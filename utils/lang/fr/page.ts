import type { PageCues } from '../page-cues';

export const page: PageCues = {
  code: 'fr',
  // IReST French 195 wpm aloud, scaled to silent like English (×1.04).
  readingSpeed: { unit: 'words', perMinute: 204 },
  bylineAffixes: [/^\s*(?:par|auteur|texte)[\s:]+/i],
  sourceLabels: ['source', 'article original', 'lire l\'article original', 'traduit de'],
  titleNoise: [/\s*\((?:afp|reuters|ap)\)\s*$/i],
  months: [['janvier', 'janv'], ['février', 'févr', 'fevrier'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc', 'decembre']],
  stopwords: ['le', 'la', 'les', 'de', 'des', 'et', 'en', 'un', 'une', 'du', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'avec', 'il', 'par', 'ce', 'plus', 'sont', 'ont', 'aux', 'mais', 'elle', 'été', 'leur'],
};
