// Small statistics shared by the scorers. Randomness is seeded so every run of the bench gives
// the same ± and intervals for the same predictions.

/** Deterministic PRNG (mulberry32): bootstrap resamples must be reproducible run to run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BOOTSTRAP_ROUNDS = 1000;
export const BOOTSTRAP_SEED = 20251125;

export function mean(values: number[]): number {
  if (values.length === 0) return NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Sample standard deviation (n − 1), as evaluate.py's statistics.stdev over bootstrap estimates. */
export function std(values: number[]): number {
  const finite = values.filter(Number.isFinite);
  if (finite.length < 2) return NaN;
  const m = mean(finite);
  return Math.sqrt(finite.reduce((s, v) => s + (v - m) ** 2, 0) / (finite.length - 1));
}

/** Linear-interpolated percentile, p in 0..100. */
export function percentile(values: number[], p: number): number {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return NaN;
  const rank = (p / 100) * (finite.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return finite[lo]! + (finite[hi]! - finite[lo]!) * (rank - lo);
}

/** Resample items with replacement `rounds` times and apply `statistic` to each resample. */
export function bootstrap<T, R>(items: T[], statistic: (sample: T[]) => R, rounds = BOOTSTRAP_ROUNDS, seed = BOOTSTRAP_SEED): R[] {
  const random = seededRandom(seed);
  const out: R[] = [];
  if (items.length === 0) return out;
  for (let r = 0; r < rounds; r++) {
    const sample: T[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) sample[i] = items[Math.floor(random() * items.length)]!;
    out.push(statistic(sample));
  }
  return out;
}

/** Mean paired difference a−b with a 95% bootstrap percentile interval (small sets need it). */
export function pairedDifference(a: number[], b: number[]): { diff: number; low: number; high: number } {
  const diffs = a.map((v, i) => v - b[i]!);
  const boot = bootstrap(diffs, mean);
  return { diff: mean(diffs), low: percentile(boot, 2.5), high: percentile(boot, 97.5) };
}
