import { bootstrap, mean, std } from './stats';

// The scrapinghub article-extraction-benchmark metric (evaluate.py), as the bench README states it.

export const SHINGLE_SIZE = 4;
/** Joins a shingle's tokens; a control character cannot occur inside a \w token. */
const SEP = '\u0001';

export function shingles(tokens: string[], size = SHINGLE_SIZE): string[] {
  if (tokens.length === 0) return [];
  if (tokens.length < size) return [tokens.join(SEP)];
  const out: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) out.push(tokens.slice(i, i + size).join(SEP));
  return out;
}

function countAll(items: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
  /** The whole token list equals the truth's. */
  exact: boolean;
}

export function pageCounts(truthTokens: string[], predTokens: string[]): PageCounts {
  const truth = countAll(shingles(truthTokens));
  const pred = countAll(shingles(predTokens));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, t] of truth) {
    const p = pred.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
  }
  for (const [key, p] of pred) fp += Math.max(0, p - (truth.get(key) ?? 0));
  // Normalised by tp+fp+fn as in evaluate.py; the ratios below do not depend on it.
  const total = tp + fp + fn;
  const exact = truthTokens.length === predTokens.length && truthTokens.every((t, i) => t === predTokens[i]);
  if (total === 0) return { tp: 0, fp: 0, fn: 0, exact };
  return { tp: tp / total, fp: fp / total, fn: fn / total, exact };
}

export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface ShingleScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

/** F1 from the mean precision and mean recall (not the mean of page F1s), as evaluate.py does. */
export function shingleScore(pages: PageCounts[]): ShingleScore {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = mean(pages.map((p) => (p.exact ? 1 : 0)));
  return { f1, precision, recall, accuracy, pages: pages.length };
}

export interface ShingleScoreWithError extends ShingleScore {
  /** Standard deviation over bootstrap resamples of pages. */
  err: { f1: number; precision: number; recall: number; accuracy: number };
}

export function shingleScoreWithError(pages: PageCounts[]): ShingleScoreWithError {
  const boot = bootstrap(pages, shingleScore);
  return {
    ...shingleScore(pages),
    err: {
      f1: std(boot.map((b) => b.f1)),
      precision: std(boot.map((b) => b.precision)),
      recall: std(boot.map((b) => b.recall)),
      accuracy: std(boot.map((b) => b.accuracy)),
    },
  };
}

/** Page F1 for listing the worst pages (a debugging aid, not the aggregate metric). */
export function pageF1(counts: PageCounts): number {
  const p = pagePrecision(counts);
  const r = pageRecall(counts);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
