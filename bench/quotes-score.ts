// Scoring of quotation spans and speakers against PolNeAR's direct attributions (bench README,
// "Quotes"). PolNeAR sources are not coreference-resolved, hence a strict and a lenient speaker score.

export type Span = [number, number];

/** Spans match when they overlap by at least half of the shorter one. */
export function spansOverlap(a: Span, b: Span): boolean {
  const overlap = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  const shorter = Math.min(a[1] - a[0], b[1] - b[0]);
  return shorter > 0 && overlap >= shorter / 2;
}

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Quote text without marks, punctuation, case or spacing differences. */
export function normaliseQuote(text: string): string {
  return text.toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

export function quoteMatches(pred: { span: Span; text: string }, gold: { span: Span; text: string }): boolean {
  if (spansOverlap(pred.span, gold.span)) return true;
  const p = normaliseQuote(pred.text);
  return p.length > 0 && p === normaliseQuote(gold.text);
}

/** References that are not names: pronouns and the determiners that open a description ("the spokesman"). */
const NON_NAME_WORDS = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'his', 'its', 'their', 'our', 'my',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'some', 'many', 'several', 'another', 'both',
]);
/** Titles that come before a surname and say nothing about who it is. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'secretary', 'mayor', 'gen', 'judge', 'rev', 'sir', 'prof']);

function words(text: string): string[] {
  return text.replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function nameWords(text: string): string[] {
  return words(text).map((w) => w.toLowerCase()).filter((w) => !HONORIFICS.has(w) && !NON_NAME_WORDS.has(w));
}

/** A gold source counts as a name when it has a capitalised word other than a pronoun or determiner. */
export function isName(source: string): boolean {
  return words(source).some((w) => /^\p{Lu}/u.test(w) && !NON_NAME_WORDS.has(w.toLowerCase()));
}

/**
 * Strict rule: the predicted speaker and the gold source text overlap when one contains the other
 * as whole words (case-insensitive, honorifics dropped), or when they share their last name word
 * ("Donald Trump" ~ "Mr. Trump").
 */
export function speakerMatches(predicted: string | null, gold: string | null): boolean {
  if (!predicted || !gold) return false;
  const p = nameWords(predicted);
  const g = nameWords(gold);
  if (!p.length || !g.length) return false;
  const ps = ` ${p.join(' ')} `;
  const gs = ` ${g.join(' ')} `;
  if (ps.includes(gs) || gs.includes(ps)) return true;
  return g.includes(p[p.length - 1]!) || p.includes(g[g.length - 1]!);
}

/** How many preceding named sources a pronoun may refer to (the nearest ones, in text order). */
export const LENIENT_ANTECEDENTS = 2;

/**
 * Lenient rule: strict, or — when the gold source is not a name (he, she, the spokesman) — the
 * predicted speaker appears in the article and matches one of the LENIENT_ANTECEDENTS nearest
 * distinct named gold sources that precede the quote's source in the text.
 */
export function speakerMatchesLenient(predicted: string | null, gold: { source: string | null; sourceStart: number }, namedSources: { text: string; start: number }[], articleText: string): boolean {
  if (speakerMatches(predicted, gold.source)) return true;
  if (!predicted || !gold.source || isName(gold.source)) return false;
  if (!articleText.toLowerCase().includes(predicted.toLowerCase())) return false;
  const antecedents: string[] = [];
  for (const named of [...namedSources].filter((n) => n.start < gold.sourceStart).sort((a, b) => b.start - a.start)) {
    if (antecedents.some((a) => speakerMatches(a, named.text))) continue;
    antecedents.push(named.text);
    if (antecedents.length === LENIENT_ANTECEDENTS) break;
  }
  return antecedents.some((a) => speakerMatches(predicted, a));
}
