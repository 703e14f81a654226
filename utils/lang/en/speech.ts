// English speech cues: news attribution ("…," Smith said / said Smith / according to X / X told Y:).
import type { SpeechCues } from '../speech';

/** A capitalised name of up to five words, with the particles names carry ("de", "van", "bin"). */
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|St)\.\s+)?[A-Z][\p{L}'’.\-]*(?:\s+(?:(?:de|van|von|der|bin|al|da|di|du|la|le|del|dos)\s+)?[A-Z][\p{L}'’\-]*\.?){0,4}`;
/** Nouns that make a speaker without a name ("a White House official", "the spokeswoman"). */
const ROLE = String.raw`(?:spokes(?:man|woman|person|people|men|women)|officials?|aides?|sources?|lawyers?|attorneys?|advis[eo]rs?|senators?|governors?|president|minister|secretary|director|chief|executive|analysts?|experts?|professor|officers?|representatives?|candidate|campaign|police|witness(?:es)?|residents?|chair(?:man|woman)?|leaders?|mayor|judge|prosecutors?|doctors?|manager|coach|statement|report|researchers?|economists?|strategists?|organizers?|activists?|members?|voters?|supporters?|critics?|officer|agency|department|ministry|company|group|administration|White House|Pentagon|Kremlin)`;
const ROLE_NP = String.raw`(?:the|a|an|one|another|two|three|some|several|many)\s+(?:[\p{L}'’.\-]+\s+){0,5}?${ROLE}`;
const PRONOUN = String.raw`(?:he|she|they|He|She|They|we|We|I)`;
const VERB = String.raw`(?:said|says|say|told|tells|added|adds|asked|asks|explained|explains|wrote|writes|stated|noted|notes|argued|argues|continued|insisted|insists|recalled|declared|tweeted|warned|warns|replied|responded|claimed|claims|acknowledged|admitted|announced|remarked|joked|conceded|emphasized|emphasised|stressed|observed|suggested|pointed out|went on|quipped|boasted|complained|countered|cautioned|predicted|vowed|promised|urged|exclaimed|shouted|testified|posted|wondered|concluded|reiterated|agreed|demanded|asked|asks|sings|reads|writes|continued|went on|reports|reported|put it|told me|tells me|commented|comments)`;
/** Adverbs and auxiliaries between a speaker and the verb ("Smith also said", "he had told"). */
const ADV = String.raw`(?:\s+(?:also|later|then|further|once|again|previously|recently|earlier|had|has|have|would|will|later|\p{Ll}+ly))*`;
/** A party and state after a US politician's name: "Sen. Claire McCaskill (D-Mo.)". */
const AFFILIATION = String.raw`(?:\s*\([^()“”"]{1,24}\))?`;
const SPEAKER = String.raw`(?:${PRONOUN}|${ROLE_NP}|${NAME}${AFFILIATION})`;
/** An apposition between a speaker and the verb: "Smith, a spokesman for the mayor, said". */
const APPOSITION = String.raw`(?:,\s+(?:(?:a|an|the|who|whose|at|in|on|during|after|before|speaking|[\p{Ll}]+ed)\s[^,“”"]{1,90}|\d{1,3}),)?`;
/**
 * Right before a speech verb any noun phrase is the speaker ("the New York businessman said",
 * "panel Chairman Jason Chaffetz said", "Obama's former strategist said"): the verb vouches for it.
 */
const NP_BEFORE_VERB = String.raw`(?:(?:the|a|an|one|another)\s+(?:[\p{L}'’.\-]+\s+){0,5}?[\p{L}'’\-]+|(?:\p{Ll}[\p{L}\-]*\s+){1,3}${NAME}|${NAME}['’]s\s+(?:[\p{L}\-]+\s+){0,4}?[\p{L}\-]+)`;
/** Participles that introduce a quotation after their subject: "Trump said, adding later, “…”". */
const PARTICIPLE = String.raw`(?:saying|asking|asserting|adding(?:\s+later)?|telling\s+\S+|writing|noting|declaring|explaining|arguing|warning|insisting|replying|responding|tweeting|concluding)`;

const AFTER_SPEAKER_VERB = new RegExp(String.raw`^[,.!?…]?\s*(?:[—–-]+\s*)?(?<who>${SPEAKER}|${NP_BEFORE_VERB})${APPOSITION}${ADV}\s+${VERB}\b`, 'u');
const BEFORE_SPEAKER_VERB = new RegExp(String.raw`(?:^|[\s,;(—–-])(?<who>${SPEAKER}|${NP_BEFORE_VERB})${APPOSITION}${ADV}\s+${VERB}(?:\s+[^“”"‘’.!?]{0,60}?)?\s*[,:]?\s*(?:that\s+)?$`, 'u');
const BEFORE_ACCORDING_TO = new RegExp(String.raw`(?:^|[\s,;(—–-])(?:[Aa]ccording to|[Ss]aid)\s+(?<who>${ROLE_NP}|${NAME})[,:]?\s*$`, 'u');
const BEFORE_PARTICIPLE = new RegExp(String.raw`(?:^|[\s,;(—–-])(?<who>${SPEAKER})[^“”"]{0,100}?\b${PARTICIPLE}(?:\s+[^“”"‘’.!?]{0,40}?)?\s*[,:]\s*$`, 'u');
const INDIRECT_NAME_VERB = new RegExp(String.raw`(?:^|[\s,;(])(?<who>${NAME})${APPOSITION}${ADV}\s+${VERB}\b`, 'u');
const INDIRECT_VERB_NAME = new RegExp(String.raw`,\s+${VERB}\s+(?<who>${NAME})`, 'u');
/** Guards (SpeechCues.guards): what every match of the cue contains. A speech verb after a space
 * (ending a word where the cue says so)… */
const HAS_VERB = new RegExp(String.raw`\s${VERB}\b`, 'u');
const HAS_VERB_START = new RegExp(String.raw`\s${VERB}`, 'u');
/** …"according to" or "said" before a name… */
const HAS_ACCORDING_TO = /(?:[Aa]ccording to|[Ss]aid)\s/;
/** …or the colon or comma that ends an introduction ("…, saying:"). */
const ENDS_WITH_COLON_OR_COMMA = /[,:]\s*$/;

export const enSpeech: SpeechCues = {
  nameStyle: 'spaced',
  abbreviations: new Set([
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'rev',
    'st', 'jr', 'sr', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr',
    'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.u', 'e.g',
    'i.e', 'a.m', 'p.m', 'mt', 'ft', 'ave', 'approx', 'dept', 'fig', 'calif', 'fla',
  ]),
  connective: /^(?:but|and|so|however|also|meanwhile|still|yet|moreover|furthermore|in addition|additionally|nevertheless|instead|then|now|even so|on the other hand|as a result)\b,?\s+/i,
  after: [
    AFTER_SPEAKER_VERB,
    new RegExp(String.raw`^[,.!?…]?\s*(?:[—–-]+\s*)?${VERB}\s+(?<who>${PRONOUN}|${ROLE_NP}|${NAME})`, 'u'),
    new RegExp(String.raw`^[,.!?…]?\s*(?:[—–-]+\s*)?according to\s+(?<who>${ROLE_NP}|${NAME})`, 'u'),
    // A signed quotation: "…” ― Jacklyn Ashley
    new RegExp(String.raw`^\s*[―—–]+\s*(?<who>${NAME})\s*\.?\s*$`, 'u'),
  ],
  before: [BEFORE_SPEAKER_VERB, BEFORE_ACCORDING_TO, BEFORE_PARTICIPLE],
  indirect: [INDIRECT_NAME_VERB, INDIRECT_VERB_NAME],
  guards: new Map([
    [AFTER_SPEAKER_VERB, HAS_VERB],
    [BEFORE_SPEAKER_VERB, HAS_VERB_START],
    [BEFORE_ACCORDING_TO, HAS_ACCORDING_TO],
    [BEFORE_PARTICIPLE, ENDS_WITH_COLON_OR_COMMA],
    [INDIRECT_NAME_VERB, HAS_VERB],
    [INDIRECT_VERB_NAME, HAS_VERB],
  ]),
  pronouns: { male: /^(?:he|him)$/i, female: /^(?:she|her)$/i, plural: /^(?:they|we)$/i },
  shortReference: new RegExp(String.raw`^(?:the|this|that)\s+(?:[\p{L}'’\-]+\s+){0,3}?${ROLE}$`, 'iu'),
  // Titles, optionally after their organisation ("Homeland Security Secretary Jeh Johnson").
  titleBefore: /^(?:[\p{L}.'’\-]+\s+){0,4}?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev)\.?|President|Prime Minister|Secretary(?: of State)?|Senator|Governor|Chancellor|Minister|Judge|Justice|King|Queen|Prince|Princess|Pope|Sir|Dame|Lord|Lady|Mayor|Professor|Coach|Chairman|Chairwoman|General|Council(?:man|woman|or)|Councilmember|Alderman|[Ss]pokes(?:man|woman|person)|[Aa]ttorney(?: [Gg]eneral)?|[Dd]irector|[Cc]hief(?: of [Ss]taff)?|[Cc]ommissioner|[Aa]mbassador|[Ll]eader|[Ss]peaker|[Rr]epresentative|[Aa]dvis[eo]r|[Mm]anager|[Ss]trategist|[Aa]nalyst|[Ss]heriff|[Oo]fficer|[Cc]hair)\s+(?=\p{Lu})/u,
  titleAfter: /,?\s+(?:Jr|Sr)\.?$/,
  roleNoun: new RegExp(String.raw`\b${ROLE}$`, 'iu'),
  embedded: /^\s*(?:[\p{Ll}(]|'s|’s)/u,
  notSummary: [
    /^(?:by|photo|image|video|source|credit|pictured|click|read more|related|follow|sign up|subscribe|share|advertisement|scroll down|watch)\b/i,
    /(?:getty images|reuters|associated press|afp|ap photo|\bpa\b)\s*\)?$/i,
    /^\(?[A-Z ]{2,}\)?\s*[—–-]+\s*$/,
  ],
  stopwords: new Set(
    ('a an the and or but if of to in on at by for with from as is are was were be been being it its this that these ' +
      'those he she they we you i his her their our your my him them us me not no so than then there here which who ' +
      'whom what when where why how all any both each more most other some such only own same too very can will just ' +
      'would could should may might must do does did has have had also said says say told after before over under about ' +
      'into out up down off again further once new one two three mr mrs ms s t').split(' '),
  ),
};
