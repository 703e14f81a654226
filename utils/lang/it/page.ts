import type { PageCues } from '../page-cues';

export const page: PageCues = {
  code: 'it',
  // IReST Italian 188 wpm aloud, scaled to silent like English (×1.04).
  readingSpeed: { unit: 'words', perMinute: 196 },
  bylineAffixes: [/^\s*(?:di|autore|testo)[\s:]+/i],
  sourceLabels: ['fonte', 'articolo originale'],
  titleNoise: [/\s*\((?:ansa|afp|reuters)\)\s*$/i],
  months: [['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'], ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic']],
  stopwords: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'in', 'del', 'non', 'una', 'della', 'sono', 'gli', 'le', 'si', 'con', 'alla', 'anche', 'dei', 'nel', 'ha', 'lo', 'come', 'più', 'delle', 'ma', 'questo', 'nella', 'è'],
};
