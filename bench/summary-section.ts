import { join } from 'node:path';
import { loadJsonl, type SummaryItem } from './data';
import { fmt, type Report } from './report';
import { englishTokens, japaneseCharTokens, japaneseWordTokens, rouge, type RougeScores, type Tokenise } from './rouge';
import { mean, median, pairedDifference } from './stats';
import type { Kiji } from './systems';
import { textRank } from './textrank';

// Summary bullets against lead-1, lead-3 and TextRank on the same articles (issue 4). The baselines
// use the sentences the data gives: CNN/DM one per line, XL-Sum split after 。！？.

const BULLETS = 3;
const METRICS = ['r1', 'r2', 'rLsum'] as const;

type SystemName = 'Kiji' | 'lead-1' | 'lead-3' | 'TextRank';

interface Article {
  id: string;
  /** Text as Kiji receives it (Article.text form). */
  text: string;
  sentences: string[];
  reference: string[];
}

/** CNN/DM stories are mostly one-sentence paragraphs, so each line becomes an Article.text paragraph. */
function cnndmArticle(item: SummaryItem): Article {
  const sentences = item.text.split('\n').map((s) => s.trim()).filter(Boolean);
  return { id: item.id, text: sentences.join('\n\n'), sentences, reference: item.summary_sentences };
}

const JA_SENTENCE = /[^。！？]+[。！？]*/g;

function xlsumArticle(item: SummaryItem): Article {
  const sentences = (item.text.match(JA_SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
  return { id: item.id, text: item.text, sentences, reference: item.summary_sentences };
}

interface SetResult {
  label: string;
  articles: number;
  scores: Record<SystemName, RougeScores[]>;
}

function scoreSet(label: string, articles: Article[], tokenise: Tokenise, predictions: Map<string, string[]>): SetResult {
  const scores: SetResult['scores'] = { Kiji: [], 'lead-1': [], 'lead-3': [], TextRank: [] };
  for (const a of articles) {
    scores.Kiji.push(rouge(a.reference, predictions.get(a.id) ?? [], tokenise));
    scores['lead-1'].push(rouge(a.reference, a.sentences.slice(0, 1), tokenise));
    scores['lead-3'].push(rouge(a.reference, a.sentences.slice(0, 3), tokenise));
    scores.TextRank.push(rouge(a.reference, textRank(a.sentences, tokenise, BULLETS), tokenise));
  }
  return { label, articles: articles.length, scores };
}

function kijiSummaries(kiji: Kiji, articles: Article[], lang: string): { predictions: Map<string, string[]>; ms: number[]; errors: number } {
  const predictions = new Map<string, string[]>();
  const ms: number[] = [];
  let errors = 0;
  if (!kiji.summarize) return { predictions, ms, errors };
  // Warm-up so the first article does not carry JIT compilation.
  if (articles[0]) kiji.summarize({ text: articles[0].text, lang, keyPoints: [] }, { bullets: BULLETS });
  for (const a of articles) {
    try {
      const start = performance.now();
      const summary = kiji.summarize({ text: a.text, lang, keyPoints: [] }, { bullets: BULLETS });
      ms.push(performance.now() - start);
      predictions.set(a.id, summary.bullets);
    } catch {
      errors++;
    }
  }
  return { predictions, ms, errors };
}

function table(report: Report, result: SetResult): unknown {
  const systems = Object.keys(result.scores) as SystemName[];
  const avg = (name: SystemName, metric: (typeof METRICS)[number]): number => mean(result.scores[name].map((s) => s[metric])) * 100;
  const diffs = METRICS.map((m) => pairedDifference(result.scores.Kiji.map((s) => s[m] * 100), result.scores['lead-3'].map((s) => s[m] * 100)));
  const marks = (['r1', 'r2'] as const).map((m, i) => {
    const d = diffs[i]!;
    return report.target({
      section: 'summary',
      name: `${result.label} ${m.toUpperCase()} Kiji − lead-3`,
      value: `${d.diff >= 0 ? '+' : ''}${fmt(d.diff, 2)} [${fmt(d.low, 2)}, ${fmt(d.high, 2)}]`,
      target: '> 0 (beat lead-3)',
      met: result.articles ? d.diff > 0 : null,
    });
  });
  report.table(`Summary: ${result.label} (${result.articles} articles; ROUGE F × 100, macro)`, ['system', 'R1', 'R2', 'RLsum'], [
    ...systems.map((name) => [name, fmt(avg(name, 'r1'), 2), fmt(avg(name, 'r2'), 2), fmt(avg(name, 'rLsum'), 2)]),
    ['Kiji − lead-3 [95% CI]', ...diffs.map((d) => `${d.diff >= 0 ? '+' : ''}${fmt(d.diff, 2)} [${fmt(d.low, 2)}, ${fmt(d.high, 2)}]`)],
    ['target (R1, R2)', '> 0', '> 0', '—'],
    ['met?', marks[0]!, marks[1]!, '—'],
  ]);
  return {
    articles: result.articles,
    systems: Object.fromEntries(systems.map((name) => [name, Object.fromEntries(METRICS.map((m) => [m, avg(name, m)]))])),
    kijiMinusLead3: Object.fromEntries(METRICS.map((m, i) => [m, diffs[i]])),
  };
}

export function runSummaries(report: Report, kiji: Kiji, dir: string, limit: number | null, which: { cnndm: boolean; xlsum: boolean }): unknown {
  const out: Record<string, unknown> = {};
  if (!kiji.summarize) report.note('note: utils/pipeline/summarize.ts missing: Kiji summary scores are 0');
  if (which.cnndm) {
    process.stderr.write('cnndm-dev: summarising\n');
    const articles = loadJsonl<SummaryItem>(join(dir, 'cnndm-dev.jsonl'), limit).map(cnndmArticle);
    const kijiRun = kijiSummaries(kiji, articles, 'en');
    out.cnndm = table(report, scoreSet('cnndm-dev', articles, englishTokens, kijiRun.predictions));
    out.cnndmKijiMedianMs = median(kijiRun.ms);
    if (kijiRun.errors) report.note(`cnndm-dev: Kiji summarize threw on ${kijiRun.errors} article(s), scored as empty`);
  }
  if (which.xlsum) {
    process.stderr.write('xlsum-ja-dev: summarising\n');
    const articles = loadJsonl<SummaryItem>(join(dir, 'xlsum-ja-dev.jsonl'), limit).map(xlsumArticle);
    const kijiRun = kijiSummaries(kiji, articles, 'ja');
    out.xlsumChar = table(report, scoreSet('xlsum-ja-dev ja-char', articles, japaneseCharTokens, kijiRun.predictions));
    out.xlsumWord = table(report, scoreSet('xlsum-ja-dev ja-word', articles, japaneseWordTokens, kijiRun.predictions));
    out.xlsumKijiMedianMs = median(kijiRun.ms);
    if (kijiRun.errors) report.note(`xlsum-ja-dev: Kiji summarize threw on ${kijiRun.errors} article(s), scored as empty`);
  }
  return out;
}
