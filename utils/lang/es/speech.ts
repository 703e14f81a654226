// Spanish speech cues: "…", dijo X. / X dijo: "…" / según X.
import type { SpeechCues } from '../speech';

const NAME = String.raw`[A-ZÁÉÍÓÚÑ][\p{L}'’.\-]*(?:\s+(?:(?:de|del|de la|y)\s+)?[A-ZÁÉÍÓÚÑ][\p{L}'’\-]*){0,3}`;
const ROLE = String.raw`(?:portavoz|ministr[oa]|president[ea]|expert[oa]|responsable|director[a]?|jef[ea]|analista|investigador[a]?|abogad[oa]|gobierno|policía|ministerio)`;
const ROLE_NP = String.raw`(?:el|la|un|una)\s+(?:[\p{L}\-]+\s+){0,2}?${ROLE}(?:\s+${NAME})?`;
const VERB = String.raw`(?:dijo|afirmó|declaró|añadió|agregó|explicó|aseguró|señaló|indicó|sostuvo|subrayó|advirtió|comentó|manifestó|expresó|respondió|escribió|insistió|reconoció|dice|afirma|asegura|explica|señala|indica|destacó|apuntó|precisó)`;

export const esSpeech: SpeechCues = {
  nameStyle: 'spaced',
  abbreviations: new Set(['sr', 'sra', 'srta', 'dr', 'dra', 'ee.uu', 'etc', 'ud', 'uds', 'núm', 'pág', 'av']),
  connective: /^(?:pero|y|sin embargo|además|asimismo|no obstante|también|por otra parte|por otro lado|así|entonces)\b,?\s+/i,
  after: [
    new RegExp(String.raw`^[,.!?…]?\s*(?:[—–-]\s*)?${VERB}\s+(?<who>(?:ella|[ée]l)(?!\p{L})|${ROLE_NP}|${NAME})`, 'u'),
    new RegExp(String.raw`^[,.!?…]?\s*(?:[—–-]\s*)?(?<who>${NAME})\s+${VERB}\b`, 'u'),
    new RegExp(String.raw`^[,.!?…]?\s*(?:[—–-]\s*)?${VERB}\b`, 'u'),
  ],
  before: [
    new RegExp(String.raw`(?:^|[\s,;(])(?<who>[ÉE]l|[Ee]lla|${ROLE_NP}|${NAME})\s+${VERB}(?:\s+[^«»“”".!?]{0,40}?)?\s*[,:]\s*$`, 'u'),
    new RegExp(String.raw`(?:[Ss]egún|[Dd]e acuerdo con)\s+(?<who>${ROLE_NP}|${NAME}),?\s*$`, 'u'),
  ],
  indirect: [new RegExp(String.raw`(?:^|[\s,;(])(?<who>${NAME})\s+${VERB}\b`, 'u')],
  pronouns: { male: /^él$/i, female: /^ella$/i, plural: /^(?:ellos|ellas|nosotros)$/i },
  shortReference: new RegExp(String.raw`^(?:el|la)\s+${ROLE}$`, 'iu'),
  titleBefore: /^(?:Sr\.|Sra\.|Dr\.|Dra\.|el presidente|la presidenta|el ministro|la ministra)\s+/u,
  titleAfter: /$^/,
  roleNoun: new RegExp(String.raw`${ROLE}$`, 'iu'),
  embedded: /^\s*(?:[\p{Ll}(])/u,
  notSummary: [/^(?:Foto|Fuente|Por|Lea también|Publicidad)\b/u, /(?:EFE|AFP|Reuters|Getty Images)\s*[)）]?$/u],
  stopwords: new Set('el la los las un una unos unas de del y o pero en con por para sin es son fue ser ha han se su sus que al lo le les no más como'.split(' ')),
};
