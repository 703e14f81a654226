// Registry of per-language speech cues: who said what, and which sentence openers and sentence
// kinds a summary must not use. One file per language in utils/lang/<code>/speech.ts.
import { defaultSpeech } from './default/speech';
import { deSpeech } from './de/speech';
import { enSpeech } from './en/speech';
import { esSpeech } from './es/speech';
import { frSpeech } from './fr/speech';
import { jaSpeech } from './ja/speech';
import { koSpeech } from './ko/speech';
import { ruSpeech } from './ru/speech';
import { zhSpeech } from './zh/speech';

/** How a language writes speaker names: decides how a long speaker phrase is cut down to a name. */
export type NameStyle = 'spaced' | 'cjk' | 'ko';

export interface SpeechCues {
  nameStyle: NameStyle;
  /** Words written with a final "." that does not end a sentence (lowercase, final dot dropped). */
  abbreviations: ReadonlySet<string>;
  /** A leading connective (and its comma) that a summary bullet drops: it points at a sentence the reader may not see. */
  connective: RegExp;
  /**
   * Attribution right after a closing quote mark, anchored at the start. Group `who` is the speaker
   * when the pattern states one; without it the speaker is the sentence topic (`topic`).
   */
  after: RegExp[];
  /** Attribution right before an opening quote mark, anchored at the end; group `who`. */
  before: RegExp[];
  /** Statements without quote marks ("X said that…"), used to know who was last mentioned; group `who`. */
  indirect: RegExp[];
  /**
   * Optional cheap pre-checks of the costly `after`/`before`/`indirect` regexes, keyed by the regex:
   * a text the guard rejects cannot match the cue (the guard tests something every match contains,
   * e.g. a speech verb), so the cue is not run on it. Same results, less regex work.
   */
  guards?: ReadonlyMap<RegExp, RegExp>;
  /** The sentence topic ("Xは、") that a bare "…」と述べた" refers to; group `who`. */
  topic?: RegExp;
  pronouns: { male: RegExp; female: RegExp; plural: RegExp };
  /** Short references that stand for an earlier named person ("the spokesperson", "同氏"); whole-phrase match. */
  shortReference: RegExp;
  /** Titles and honorifics written before a name ("Mr.", "President"), stripped from a speaker phrase. */
  titleBefore: RegExp;
  /** Titles written after a name ("教授", "氏", "대변인"), stripped from a speaker phrase. */
  titleAfter: RegExp;
  /** Nouns that make an unnamed phrase a speaker anyway ("関係者", "official"): the phrase is kept. */
  roleNoun: RegExp;
  /** Right after a quote: the quote is a phrase inside a clause, not a statement ("」を", "」という"). */
  embedded: RegExp;
  /** Sentences that are never summary material: bylines, photo credits, calls to action. */
  notSummary: RegExp[];
  /** Function words ignored when scoring sentences (lowercase). */
  stopwords: ReadonlySet<string>;
}

const BY_LANG: Record<string, SpeechCues> = {
  en: enSpeech,
  ja: jaSpeech,
  zh: zhSpeech,
  ko: koSpeech,
  de: deSpeech,
  fr: frSpeech,
  es: esSpeech,
  ru: ruSpeech,
};

/** Cues for a BCP 47 tag ("en-GB" uses "en"); languages without a file get the neutral default. */
export function speechCues(lang: string): SpeechCues {
  const primary = (lang || '').toLowerCase().split(/[-_]/)[0] ?? '';
  return BY_LANG[primary] ?? defaultSpeech;
}
