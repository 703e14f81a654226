import { mean } from './stats';

// WCXB word F1 and snippet rates (WCXB README / evaluate.py, as the bench README states them).

const WORD_G = /[\p{L}\p{N}_]+/gu;

export function wcxbTokens(text: string): string[] {
  return text.toLowerCase().match(WORD_G) ?? [];
}

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

export function wordF1(prediction: string, reference: string): WordScore {
  const pred = wcxbTokens(prediction);
  const ref = wcxbTokens(reference);
  if (ref.length === 0) {
    const score = pred.length === 0 ? 1 : 0;
    return { precision: score, recall: score, f1: score };
  }
  if (pred.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const refCounts = new Map<string, number>();
  for (const t of ref) refCounts.set(t, (refCounts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of pred) {
    const left = refCounts.get(t) ?? 0;
    if (left > 0) {
      overlap++;
      refCounts.set(t, left - 1);
    }
  }
  if (overlap === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = overlap / pred.length;
  const recall = overlap / ref.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** Share of snippets found in the prediction as a case-insensitive substring (evaluate.py's
 * snippet_check); NaN when the page has none, so such pages stay out of the mean. */
export function snippetRate(prediction: string, snippets: string[]): number {
  if (snippets.length === 0) return NaN;
  const haystack = prediction.toLowerCase();
  return snippets.filter((s) => haystack.includes(s.toLowerCase())).length / snippets.length;
}

export function macro(scores: WordScore[]): WordScore {
  return {
    precision: mean(scores.map((s) => s.precision)),
    recall: mean(scores.map((s) => s.recall)),
    f1: mean(scores.map((s) => s.f1)),
  };
}
