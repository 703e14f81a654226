// German speech cues: „…“, sagte X. / X sagte: „…“ / laut X / „…“, so X.
import type { SpeechCues } from '../speech';

const NAME = String.raw`(?:(?:Dr|Prof)\.\s+)?[A-ZÄÖÜ][\p{L}'’.\-]*(?:\s+(?:(?:von|van|de|zu|der)\s+)?[A-ZÄÖÜ][\p{L}'’\-]*){0,3}`;
const ROLE = String.raw`(?:Sprecher(?:in)?|Minister(?:in)?|Kanzler(?:in)?|Präsident(?:in)?|Experte|Expertin|Beamte[rn]?|Regierung|Polizei|Ministerium|Behörde|Vorsitzende[rn]?|Chef(?:in)?|Analyst(?:in)?|Forscher(?:in)?|Anwalt|Anwältin)`;
const ROLE_NP = String.raw`(?:der|die|das|ein|eine)\s+(?:[\p{L}\-]+\s+){0,2}?${ROLE}(?:\s+${NAME})?`;
const VERB = String.raw`(?:sagte|sagt|sagten|erklärte|erklärt|betonte|betont|fügte\s+hinzu|meinte|meint|schrieb|teilte\s+mit|kritisierte|warnte|forderte|berichtete|äußerte|antwortete|ergänzte|unterstrich|versicherte|räumte\s+ein|so)`;
const SPEAKER = String.raw`(?:[Ee]r|[Ss]ie|${ROLE_NP}|${NAME})`;

export const deSpeech: SpeechCues = {
  nameStyle: 'spaced',
  abbreviations: new Set(['dr', 'prof', 'hr', 'fr', 'bzw', 'ca', 'usw', 'z.b', 'd.h', 'u.a', 'nr', 'str', 'st', 'vgl', 'mio', 'mrd']),
  connective: /^(?:aber|doch|und|jedoch|allerdings|außerdem|zudem|dennoch|trotzdem|dabei|indes|inzwischen|unterdessen)\b,?\s+/i,
  after: [
    // Separable verbs put the speaker inside: „…“, fügte sie hinzu.
    new RegExp(String.raw`^[,.!?…]?\s*(?:fügte|teilte|räumte)\s+(?<who>er|sie|${NAME})\s+(?:hinzu|mit|ein)\b`, 'u'),
    new RegExp(String.raw`^[,.!?…]?\s*(?:[—–-]\s*)?${VERB}\s+(?<who>${SPEAKER})`, 'u'),
    new RegExp(String.raw`^[,.!?…]?\s*(?:[—–-]\s*)?(?<who>${NAME})\s+${VERB}\b`, 'u'),
  ],
  before: [
    new RegExp(String.raw`(?:^|[\s,;(])(?<who>${SPEAKER})\s+${VERB}(?:\s+[^„“”"»«.!?]{0,40}?)?\s*[,:]\s*$`, 'u'),
    new RegExp(String.raw`(?:[Ll]aut|[Nn]ach Angaben von)\s+(?<who>${ROLE_NP}|${NAME})[,:]?\s*$`, 'u'),
  ],
  indirect: [new RegExp(String.raw`(?:^|[\s,;(])(?<who>${NAME})\s+${VERB}\b`, 'u')],
  pronouns: { male: /^er$/i, female: /^sie$/i, plural: /^wir$/i },
  shortReference: new RegExp(String.raw`^(?:der|die)\s+(?:[\p{L}\-]+\s+)?${ROLE}$`, 'u'),
  titleBefore: /^(?:Herr|Frau|Dr\.|Prof\.|Bundeskanzler(?:in)?|Kanzler(?:in)?|Bundespräsident(?:in)?|Präsident(?:in)?|Außenminister(?:in)?|Minister(?:in)?|Ministerpräsident(?:in)?|Bürgermeister(?:in)?|Sprecher(?:in)?|Chef(?:in)?|Direktor(?:in)?|Professor(?:in)?)\s+/u,
  titleAfter: /$^/,
  roleNoun: new RegExp(String.raw`${ROLE}$`, 'u'),
  embedded: /^\s*(?:[\p{Ll}(])/u,
  notSummary: [/^(?:Foto|Bild|Quelle|Von|Mehr zum Thema|Lesen Sie auch|Anzeige)\b/u, /(?:dpa|AFP|Reuters|Getty Images)\s*[)）]?$/u],
  stopwords: new Set('der die das und oder aber in im an am auf aus bei mit nach von vor zu zum zur für über unter ist sind war waren wird werden hat haben ein eine einer eines einem einen nicht auch sich es er sie wir ihr dass den dem des als wie so noch nur'.split(' ')),
};
