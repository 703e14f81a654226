import { join } from 'node:path';
import { loadJsonl, type PolnearItem } from './data';
import { fmt, type Report } from './report';
import { isName, overlapLength, quoteMatches, speakerMatches, speakerMatchesLenient, type Span } from './quotes-score';
import { median } from './stats';
import type { Kiji } from './systems';

// Direct quotes and speakers on polnear-dev (issue 4). Precision and recall are micro-averaged over
// all quotes. A gold quote is found when any prediction matches it; a prediction is correct when
// it matches any gold quote (PolNeAR annotates "…," said X, "…" as one span that Kiji may give as two).

/** Issue 4 targets. */
const PRECISION_TARGET = 0.9;
const RECALL_TARGET = 0.8;
const SPEAKER_TARGET = 0.7;

interface Prediction {
  span: Span;
  text: string;
  speaker: string | null;
}

/** Naive reference point: every pair of curly or straight double quotation marks, no speaker. */
const MARK_PAIR = /“[^”]*”|"[^"\n]*"/g;

function markPairs(text: string): Prediction[] {
  return [...text.matchAll(MARK_PAIR)].map((m) => ({ span: [m.index, m.index + m[0].length] as Span, text: m[0], speaker: null }));
}

interface Tally {
  predictions: number;
  correctPredictions: number;
  gold: number;
  foundGold: number;
  speakerStrict: { correct: number; total: number };
  speakerLenient: { correct: number; total: number };
}

const emptyTally = (): Tally => ({ predictions: 0, correctPredictions: 0, gold: 0, foundGold: 0, speakerStrict: { correct: 0, total: 0 }, speakerLenient: { correct: 0, total: 0 } });

function tallyArticle(tally: Tally, item: PolnearItem, predictions: Prediction[]): void {
  const gold = item.attributions.filter((a) => a.direct).map((a) => ({ span: a.content_span, text: a.content, source: a.source_span ? a.source : null, sourceStart: a.source_span?.[0] ?? a.content_span[0] }));
  const named = item.attributions.filter((a) => a.source_span && a.source && isName(a.source)).map((a) => ({ text: a.source!, start: a.source_span![0] }));
  tally.gold += gold.length;
  tally.predictions += predictions.length;
  const found = new Set<number>();
  for (const p of predictions) {
    let best = -1;
    let bestOverlap = -1;
    gold.forEach((g, i) => {
      if (!quoteMatches(p, g)) return;
      found.add(i);
      const overlap = overlapLength(p.span, g.span);
      if (overlap > bestOverlap) { best = i; bestOverlap = overlap; }
    });
    if (best < 0) continue;
    tally.correctPredictions++;
    const g = gold[best]!;
    if (!g.source) continue;
    // Speaker accuracy is scored per matched prediction against the gold quote it overlaps most.
    tally.speakerLenient.total++;
    if (speakerMatchesLenient(p.speaker, g, named, item.text)) tally.speakerLenient.correct++;
    if (isName(g.source)) {
      tally.speakerStrict.total++;
      if (speakerMatches(p.speaker, g.source)) tally.speakerStrict.correct++;
    }
  }
  tally.foundGold += found.size;
}

function summarise(t: Tally): { precision: number; recall: number; f1: number; speakerStrict: number; speakerLenient: number } {
  const precision = t.predictions ? t.correctPredictions / t.predictions : NaN;
  const recall = t.gold ? t.foundGold / t.gold : NaN;
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    speakerStrict: t.speakerStrict.total ? t.speakerStrict.correct / t.speakerStrict.total : NaN,
    speakerLenient: t.speakerLenient.total ? t.speakerLenient.correct / t.speakerLenient.total : NaN,
  };
}

export function runQuotes(report: Report, kiji: Kiji, dir: string, limit: number | null): unknown {
  process.stderr.write('polnear-dev: finding quotes\n');
  const items = loadJsonl<PolnearItem>(join(dir, 'polnear-dev.jsonl'), limit);
  const kijiTally = emptyTally();
  const baseTally = emptyTally();
  const ms: number[] = [];
  let errors = 0;
  if (!kiji.findQuotes) report.note('note: utils/pipeline/quotes.ts missing: Kiji quote scores are empty');
  if (kiji.findQuotes && items[0]) kiji.findQuotes(items[0].text, 'en', { all: true });
  for (const item of items) {
    let predictions: Prediction[] = [];
    if (kiji.findQuotes) {
      try {
        const start = performance.now();
        const quotes = kiji.findQuotes(item.text, 'en', { all: true });
        ms.push(performance.now() - start);
        predictions = quotes.map((q) => ({ span: [q.start, q.end] as Span, text: q.text, speaker: q.speaker }));
      } catch {
        errors++;
      }
    }
    tallyArticle(kijiTally, item, predictions);
    tallyArticle(baseTally, item, markPairs(item.text));
  }
  const k = summarise(kijiTally);
  const b = summarise(baseTally);
  const mark = (name: string, value: number, target: number): string =>
    report.target({ section: 'quotes', name: `polnear-dev ${name}`, value: fmt(value), target: `≥ ${target}`, met: Number.isFinite(value) ? value >= target : false });
  report.table(`Quotes: polnear-dev (${items.length} articles, ${kijiTally.gold} direct gold quotes; match = overlap ≥ ½ shorter span or same normalised text)`,
    ['metric', 'Kiji', 'mark-pair baseline', 'diff', 'target', 'met?'], [
      ['precision', k.precision, b.precision, fmt(k.precision - b.precision), `≥ ${PRECISION_TARGET}`, mark('precision', k.precision, PRECISION_TARGET)],
      ['recall', k.recall, b.recall, fmt(k.recall - b.recall), `≥ ${RECALL_TARGET}`, mark('recall', k.recall, RECALL_TARGET)],
      ['F1', k.f1, b.f1, fmt(k.f1 - b.f1), '—', '—'],
      [`speaker, strict (gold is a name; n=${kijiTally.speakerStrict.total})`, k.speakerStrict, null, '—', `≥ ${SPEAKER_TARGET}`, mark('speaker accuracy (strict)', k.speakerStrict, SPEAKER_TARGET)],
      [`speaker, lenient (pronoun → nearby name; n=${kijiTally.speakerLenient.total})`, k.speakerLenient, null, '—', '—', '—'],
      ['predictions', String(kijiTally.predictions), String(baseTally.predictions), '—', '—', '—'],
      ['findQuotes median ms / article', fmt(median(ms), 3), '—', '—', '—', '—'],
    ]);
  if (errors) report.note(`polnear-dev: Kiji findQuotes threw on ${errors} article(s), scored as no quotes`);
  return { kiji: { ...k, tally: kijiTally }, markPairBaseline: { ...b, tally: baseTally }, medianMs: median(ms), errors };
}
