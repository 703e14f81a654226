import { PAGE_CUES } from './page';

// Language of a text, from its script first and, for Latin script, from function words. Used when
// the page's lang attribute is missing or wrong (the sample page says lang="en-US" but is Japanese).

/** Characters examined: enough for a stable verdict, bounded so the cost stays flat. */
const SAMPLE_CHARS = 4000;
/** Kana share of CJK characters above which Han text is Japanese: Japanese prose is ~30–60% kana,
 * Chinese has none; 5% tolerates Chinese pages quoting a Japanese name. */
const KANA_SHARE_JA = 0.05;
/** Share of letters a non-Latin script needs before it decides the language. */
const SCRIPT_MAJORITY = 0.4;
/** Stopword hits a Latin-script language needs before it can overrule the declared language. */
const MIN_STOPWORD_HITS = 5;
/** How much better the detected language must score than the declared one to overrule it. */
const OVERRULE_FACTOR = 2;

/** Script → language when the script alone decides (declared tags of the same script are kept). */
const SCRIPT_LANGS: ReadonlyArray<{ script: RegExp; lang: string; sameScript: readonly string[] }> = [
  { script: /\p{Script=Hangul}/gu, lang: 'ko', sameScript: ['ko'] },
  { script: /\p{Script=Cyrillic}/gu, lang: 'ru', sameScript: ['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk', 'ky', 'mn', 'tg'] },
  { script: /\p{Script=Greek}/gu, lang: 'el', sameScript: ['el'] },
  { script: /\p{Script=Arabic}/gu, lang: 'ar', sameScript: ['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug'] },
  { script: /\p{Script=Hebrew}/gu, lang: 'he', sameScript: ['he', 'yi'] },
  { script: /\p{Script=Thai}/gu, lang: 'th', sameScript: ['th'] },
  { script: /\p{Script=Devanagari}/gu, lang: 'hi', sameScript: ['hi', 'mr', 'ne', 'sa'] },
];

const NON_LATIN_LANGS: ReadonlySet<string> = new Set(['ja', 'zh', 'ko', ...SCRIPT_LANGS.flatMap((s) => s.sameScript)]);

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;
const LATIN_WORD = /[\p{Script=Latin}']+/gu;

const STOPWORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.values(PAGE_CUES).filter((c) => c.stopwords.length > 0).map((c) => [c.code, new Set(c.stopwords)]),
);
/** Word → the languages (in STOPWORDS order) that list it: one lookup per word of the sample. */
const STOPWORD_LANGS: ReadonlyMap<string, readonly string[]> = (() => {
  const byWord = new Map<string, string[]>();
  for (const [lang, words] of STOPWORDS) for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), lang]);
  return byWord;
})();

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** Primary subtag, lower case: "en-US" → "en", "" for missing. */
export function primaryTag(lang: string | null | undefined): string {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The language of `text` as a primary tag. `declared` (the page's lang attribute) is kept when the
 * text agrees with it or is too short to tell; returns 'und' when nothing is known.
 */
export function detectLanguage(text: string, declared?: string | null): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const decl = primaryTag(declared);
  const letters = count(sample, LETTER);
  if (letters === 0) return decl || 'und';

  const kana = count(sample, KANA);
  const han = count(sample, HAN);
  const hangul = count(sample, /\p{Script=Hangul}/gu);
  const cjk = kana + han + hangul;
  if (cjk / letters >= SCRIPT_MAJORITY) {
    if (hangul >= kana && hangul >= han * 0.5) return 'ko';
    if (kana / (kana + han) >= KANA_SHARE_JA) return 'ja';
    return 'zh';
  }
  for (const { script, lang, sameScript } of SCRIPT_LANGS) {
    if (count(sample, script) / letters >= SCRIPT_MAJORITY) return sameScript.includes(decl) ? decl : lang;
  }
  return latinLanguage(sample, decl);
}

function latinLanguage(sample: string, decl: string): string {
  const hits = new Map<string, number>();
  for (const word of sample.toLowerCase().match(LATIN_WORD) ?? []) {
    const langs = STOPWORD_LANGS.get(word);
    if (langs) for (const lang of langs) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  let best = '';
  let bestHits = 0;
  for (const [lang, n] of hits) if (n > bestHits) [best, bestHits] = [lang, n];
  if (bestHits < MIN_STOPWORD_HITS) return decl || best || 'und';
  if (!decl || best === decl) return best;
  // A declared non-Latin language on Latin-script text is wrong whatever the margin.
  if (NON_LATIN_LANGS.has(decl)) return best;
  const declHits = hits.get(decl) ?? 0;
  // A declared language without a stopword list (cs, sv, …) stands unless another language is clear.
  return bestHits >= OVERRULE_FACTOR * Math.max(declHits, 1) && (STOPWORDS.has(decl) || bestHits >= 3 * MIN_STOPWORD_HITS) ? best : decl;
}
