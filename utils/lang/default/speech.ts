// Language-neutral speech cues: quote marks are still found, but no attribution words are known,
// so speakers stay unknown and only sentence-level repairs apply.
import type { SpeechCues } from '../speech';

const NEVER = /$^/;

export const defaultSpeech: SpeechCues = {
  nameStyle: 'spaced',
  abbreviations: new Set(['dr', 'mr', 'mrs', 'etc']),
  connective: NEVER,
  after: [],
  before: [],
  indirect: [],
  pronouns: { male: NEVER, female: NEVER, plural: NEVER },
  shortReference: NEVER,
  titleBefore: NEVER,
  titleAfter: NEVER,
  roleNoun: NEVER,
  embedded: NEVER,
  notSummary: [],
  stopwords: new Set(),
};
