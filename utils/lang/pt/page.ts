import type { PageCues } from '../page-cues';

export const page: PageCues = {
  code: 'pt',
  // IReST Portuguese 181 wpm aloud, scaled to silent like English (×1.04).
  readingSpeed: { unit: 'words', perMinute: 189 },
  bylineAffixes: [/^\s*(?:por|autor(?:a)?|texto)[\s:]+/i],
  sourceLabels: ['fonte', 'artigo original', 'matéria original'],
  titleNoise: [/\s*\((?:lusa|afp|reuters)\)\s*$/i],
  months: [['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'mar'], ['abril', 'abr'], ['maio', 'mai'], ['junho', 'jun'], ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro', 'dez']],
  stopwords: ['de', 'a', 'o', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'com', 'não', 'uma', 'os', 'no', 'se', 'na', 'por', 'mais', 'as', 'dos', 'como', 'mas', 'ao', 'ele', 'das', 'à', 'seu', 'sua', 'ou'],
};
