// French speech cues: « … », a déclaré X. / X a déclaré : « … » / selon X / « … », a-t-il ajouté.
import type { SpeechCues } from '../speech';

const NAME = String.raw`[A-ZÉÈÀÂÎÔ][\p{L}'’.\-]*(?:\s+(?:(?:de|du|des|de la|le|la)\s+)?[A-ZÉÈÀÂÎÔ][\p{L}'’\-]*){0,3}`;
const ROLE = String.raw`(?:porte-parole|ministre|président(?:e)?|premier ministre|expert(?:e)?|responsable|directeur|directrice|chef|analyste|chercheur|chercheuse|avocat(?:e)?|gouvernement|police|ministère)`;
const ROLE_NP = String.raw`(?:le|la|l['’]|un|une)\s*(?:[\p{L}\-]+\s+){0,2}?${ROLE}(?:\s+${NAME})?`;
const VERB = String.raw`(?:a\s+(?:déclaré|dit|affirmé|ajouté|expliqué|souligné|indiqué|estimé|assuré|précisé|averti|répondu|lancé|confié|écrit|martelé|insisté)|déclare|dit|affirme|ajoute|explique|souligne|indique|estime|assure|précise|déclarait|expliquait|selon)`;

export const frSpeech: SpeechCues = {
  nameStyle: 'spaced',
  abbreviations: new Set(['m', 'mme', 'mlle', 'dr', 'st', 'etc', 'av', 'env', 'p.ex', 'n°']),
  connective: /^(?:mais|et|cependant|toutefois|pourtant|en outre|par ailleurs|de plus|ainsi|néanmoins|or|donc|enfin)\b,?\s+/i,
  after: [
    // « … », a-t-il ajouté / « … », dit-elle
    new RegExp(String.raw`^[,.!?…]?\s*(?:[—–-]\s*)?(?:a-t-|\p{L}+-t-|\p{L}+-)(?<who>il|elle|ils|elles)\b`, 'u'),
    new RegExp(String.raw`^[,.!?…]?\s*(?:[—–-]\s*)?${VERB}\s+(?<who>${ROLE_NP}|${NAME})`, 'u'),
  ],
  before: [
    new RegExp(String.raw`(?:^|[\s,;(])(?<who>[Ii]l|[Ee]lle|${ROLE_NP}|${NAME})\s+${VERB}(?:\s+[^«»“”".!?]{0,40}?)?\s*[,:]\s*$`, 'u'),
    new RegExp(String.raw`(?:[Ss]elon|[Dd]['’]après)\s+(?<who>${ROLE_NP}|${NAME}),?\s*$`, 'u'),
  ],
  indirect: [new RegExp(String.raw`(?:^|[\s,;(])(?<who>${NAME})\s+${VERB}\b`, 'u')],
  pronouns: { male: /^il$/i, female: /^elle$/i, plural: /^(?:ils|elles|nous)$/i },
  shortReference: new RegExp(String.raw`^(?:le|la|l['’])\s*${ROLE}$`, 'iu'),
  titleBefore: /^(?:M\.|Mme|Mlle|Dr|le président|la présidente|le ministre|la ministre|le Premier ministre)\s+/u,
  titleAfter: /$^/,
  roleNoun: new RegExp(String.raw`${ROLE}$`, 'iu'),
  embedded: /^\s*(?:[\p{Ll}(])(?!-t-)/u,
  notSummary: [/^(?:Photo|Crédit|Source|Par|Lire aussi|À lire aussi|Publicité)\b/u, /(?:AFP|Reuters|Getty Images)\s*[)）]?$/u],
  stopwords: new Set('le la les un une des du de et ou mais en dans sur pour par avec sans est sont été être a ont il elle ils elles nous vous on ce cette ces que qui ne pas plus se sa son ses leur au aux'.split(' ')),
};
