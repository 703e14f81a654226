import { stemmer } from 'stemmer';

// ROUGE as Google's rouge_score computes it (rouge_scorer.py): clipped n-gram F1, and
// ROUGE-Lsum as the summary-level union-LCS over sentences (ROUGE-1.5.5's "ROUGE-L" on CNN/DM).

export type Tokenise = (text: string) => string[];

/** rouge_score's default tokenizer with stemming: lowercase, non [a-z0-9] separates, Porter stem for tokens longer than 3. */
export const englishTokens: Tokenise = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => (t.length > 3 ? stemmer(t) : t));

/** ja-char: every character except whitespace and Unicode punctuation/symbols (no segmenter involved). */
export const japaneseCharTokens: Tokenise = (text) => [...text.replace(/[\s\p{P}\p{S}]/gu, '')];

const jaSegmenter = new Intl.Segmenter('ja', { granularity: 'word' });
/** ja-word: ICU word-like segments (not MeCab/UniDic: not comparable with published XL-Sum scores). */
export const japaneseWordTokens: Tokenise = (text) => [...jaSegmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

export interface Fscore {
  precision: number;
  recall: number;
  f: number;
}

function fscore(hits: number, predTotal: number, refTotal: number): Fscore {
  const precision = predTotal ? hits / predTotal : 0;
  const recall = refTotal ? hits / refTotal : 0;
  return { precision, recall, f: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(reference: string[], prediction: string[], n: number): Fscore {
  const ref = ngramCounts(reference, n);
  const pred = ngramCounts(prediction, n);
  let hits = 0;
  for (const [key, count] of pred) hits += Math.min(count, ref.get(key) ?? 0);
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  return fscore(hits, total(pred), total(ref));
}

function lcsTable(ref: string[], can: string[]): Uint32Array[] {
  const table = Array.from({ length: ref.length + 1 }, () => new Uint32Array(can.length + 1));
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= can.length; j++) {
      table[i]![j] = ref[i - 1] === can[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
    }
  }
  return table;
}

/** Indices into ref of one LCS, backtracked as rouge_score's _backtrack_norec does. */
function lcsIndices(ref: string[], can: string[]): number[] {
  const t = lcsTable(ref, can);
  const out: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.unshift(i - 1);
      i--;
      j--;
    } else if (t[i]![j - 1]! > t[i - 1]![j]!) j--;
    else i--;
  }
  return out;
}

export function rougeL(reference: string[], prediction: string[]): Fscore {
  if (!reference.length || !prediction.length) return fscore(0, prediction.length, reference.length);
  const lcs = lcsTable(reference, prediction)[reference.length]![prediction.length]!;
  return fscore(lcs, prediction.length, reference.length);
}

/** Summary-level LCS: per reference sentence, the union of its LCS with every predicted sentence; hits clipped by token counts. */
export function rougeLsum(referenceSentences: string[][], predictionSentences: string[][]): Fscore {
  const m = referenceSentences.reduce((s, x) => s + x.length, 0);
  const n = predictionSentences.reduce((s, x) => s + x.length, 0);
  if (!m || !n) return { precision: 0, recall: 0, f: 0 };
  const refCounts = new Map<string, number>();
  const predCounts = new Map<string, number>();
  for (const s of referenceSentences) for (const t of s) refCounts.set(t, (refCounts.get(t) ?? 0) + 1);
  for (const s of predictionSentences) for (const t of s) predCounts.set(t, (predCounts.get(t) ?? 0) + 1);
  let hits = 0;
  for (const ref of referenceSentences) {
    const union = new Set<number>();
    for (const can of predictionSentences) for (const i of lcsIndices(ref, can)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const token = ref[i]!;
      if ((predCounts.get(token) ?? 0) > 0 && (refCounts.get(token) ?? 0) > 0) {
        hits++;
        predCounts.set(token, predCounts.get(token)! - 1);
        refCounts.set(token, refCounts.get(token)! - 1);
      }
    }
  }
  return fscore(hits, n, m);
}

export interface RougeScores {
  r1: number;
  r2: number;
  rLsum: number;
}

/** F-measures of one summary (sentences) against one reference (sentences). */
export function rouge(referenceSentences: string[], predictionSentences: string[], tokenise: Tokenise): RougeScores {
  const refSents = referenceSentences.map(tokenise).filter((s) => s.length);
  const predSents = predictionSentences.map(tokenise).filter((s) => s.length);
  const ref = refSents.flat();
  const pred = predSents.flat();
  return { r1: rougeN(ref, pred, 1).f, r2: rougeN(ref, pred, 2).f, rLsum: rougeLsum(refSents, predSents).f };
}
