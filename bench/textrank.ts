import type { Tokenise } from './rouge';

// TextRank (Mihalcea & Tarau 2004) sentence extraction: the classic unsupervised baseline that
// trails lead-3 on news. Similarity is word overlap normalised by log sentence lengths; ranking
// is PageRank on the weighted graph.

const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;

function similarity(a: Set<string>, b: Set<string>, lenA: number, lenB: number): number {
  if (lenA < 2 && lenB < 2) return 0;
  const denominator = Math.log(lenA) + Math.log(lenB);
  if (denominator <= 0) return 0;
  let common = 0;
  for (const word of a) if (b.has(word)) common++;
  return common / denominator;
}

/** The `count` top-ranked sentences, returned in reading order. */
export function textRank(sentences: string[], tokenise: Tokenise, count: number): string[] {
  const tokens = sentences.map(tokenise);
  const sets = tokens.map((t) => new Set(t));
  const n = sentences.length;
  if (n <= count) return [...sentences];
  const weights: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = similarity(sets[i]!, sets[j]!, tokens[i]!.length, tokens[j]!.length);
      weights[i]![j] = w;
      weights[j]![i] = w;
    }
  }
  const outSum = weights.map((row) => row.reduce((a, b) => a + b, 0));
  let scores = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const next = scores.map((_, i) => {
      let sum = 0;
      for (let j = 0; j < n; j++) if (outSum[j]! > 0 && weights[j]![i]! > 0) sum += (weights[j]![i]! / outSum[j]!) * scores[j]!;
      return (1 - DAMPING) / n + DAMPING * sum;
    });
    const delta = next.reduce((d, v, i) => d + Math.abs(v - scores[i]!), 0);
    scores = next;
    if (delta < TOLERANCE) break;
  }
  // Ties go to the earlier sentence, the news prior.
  const chosen = scores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score || a.index - b.index).slice(0, count);
  return chosen.sort((a, b) => a.index - b.index).map((c) => sentences[c.index]!);
}
