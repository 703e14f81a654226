// Word tokens for scoring sentences. Space-separated scripts: Intl word segments, lowercased,
// function words dropped. CJK: Intl word segments too, minus hiragana-only ones (Japanese particles
// and endings carry no topic), plus the Han/Katakana characters so a mis-segmented compound still
// overlaps with its other spellings.
import { speechCues } from '../lang/speech';
import { CJK_LANGS, isPlainText } from './script';

const segmenters = new Map<string, Intl.Segmenter>();

/** One word segmenter per language (construction is the expensive part). */
export function wordSegmenter(lang: string): Intl.Segmenter {
  let seg = segmenters.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang || 'und', { granularity: 'word' });
    segmenters.set(lang, seg);
  }
  return seg;
}

/** Scripts written without spaces besides CJK: only a dictionary segmenter finds their words. */
const UNSPACED_LANGS = new Set(['th', 'lo', 'km', 'my', 'bo']);
/** A word of a space-separated script, apostrophe contractions kept whole ("don't"). */
const SPACED_WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** The same on text of ASCII and common punctuation only, where letters, marks and digits are these (a cheaper class). */
const ASCII_SPACED_WORD = /[a-zA-Z0-9]+(?:['’][a-zA-Z]+)*/g;

/**
 * Word-like segments, lowercased. Space-separated scripts use a regex, which gives the same words
 * as Intl.Segmenter there at a fraction of the cost (it was the summary's hottest call).
 */
export function words(text: string, lang: string): string[] {
  const primary = (lang || '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (!CJK_LANGS.has(primary) && !UNSPACED_LANGS.has(primary)) {
    const lower = text.toLowerCase();
    return lower.match(isPlainText(lower) ? ASCII_SPACED_WORD : SPACED_WORD) ?? [];
  }
  const out: string[] = [];
  for (const s of wordSegmenter(lang).segment(text)) {
    if (s.isWordLike) out.push(s.segment.toLowerCase());
  }
  return out;
}

const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const TOPIC_CHAR = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** English plural and verb endings folded so "missile" and "missiles" count as one term: a final
 * "s", or "'s" / "’s" (a string test per word rather than a regex tried from every position). */
function withoutLightSuffix(w: string): string {
  if (!w.endsWith('s')) return w;
  const before = w[w.length - 2];
  return w.slice(0, before === "'" || before === '’' ? -2 : -1);
}

/** Tokens that carry topic, for similarity and centrality. */
export function contentTokens(text: string, lang: string): string[] {
  const primary = (lang || '').toLowerCase().split(/[-_]/)[0] ?? '';
  const stop = speechCues(primary).stopwords;
  const out: string[] = [];
  for (const w of words(text, primary)) {
    if (stop.has(w)) continue;
    if (CJK_LANGS.has(primary)) {
      if (HIRAGANA_ONLY.test(w)) continue;
      out.push(w);
      if (w.length > 1) for (const ch of w) if (TOPIC_CHAR.test(ch)) out.push(ch);
    } else {
      if (w.length < 2 && !/\p{N}/u.test(w)) continue;
      out.push(w.length > 4 ? withoutLightSuffix(w) : w);
    }
  }
  return out;
}
