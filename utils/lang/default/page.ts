import type { PageCues } from '../page-cues';

// Language-neutral cues, used when the language is unknown or has no table of its own.
export const page: PageCues = {
  code: 'und',
  // Brysbaert 2019 meta-analysis: adult silent reading of non-fiction averages ~238 words/min.
  readingSpeed: { unit: 'words', perMinute: 238 },
  // "By" is the most common byline prefix worldwide, also on non-English sites.
  bylineAffixes: [/^\s*by[\s:]+/i],
  // English labels appear on sites in every language.
  sourceLabels: ['source', 'original article', 'via'],
  titleNoise: [],
  months: [],
  stopwords: [],
};
