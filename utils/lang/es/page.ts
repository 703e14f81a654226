import type { PageCues } from '../page-cues';

export const page: PageCues = {
  code: 'es',
  // IReST Spanish 218 wpm aloud, scaled to silent like English (×1.04).
  readingSpeed: { unit: 'words', perMinute: 227 },
  bylineAffixes: [/^\s*(?:por|autor(?:a)?|texto)[\s:]+/i],
  sourceLabels: ['fuente', 'artículo original', 'articulo original', 'nota original', 'traducido de'],
  titleNoise: [/\s*\((?:efe|afp|reuters|ap)\)\s*$/i],
  months: [['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'], ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sep', 'sept'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic']],
  stopwords: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'del', 'se', 'las', 'por', 'un', 'para', 'con', 'no', 'una', 'su', 'al', 'es', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ha', 'fue', 'este', 'entre', 'también'],
};
