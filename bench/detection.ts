import { DANIEL_LANGS } from './data';
import type { PageResult } from './pages';
import { fmt, pct, signed, type Report } from './report';

// Article detection: Kiji detect() against Readability's isProbablyReaderable() on the same documents.

/** Issue 3: at least 98% of daniel-dev articles detected in every language. */
const DANIEL_DETECT_TARGET = 0.98;

export interface Confusion {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

export function confusion(pairs: { predicted: boolean; actual: boolean }[]): Confusion {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const { predicted, actual } of pairs) {
    if (predicted && actual) tp++;
    else if (predicted) fp++;
    else if (actual) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    accuracy: pairs.length ? (tp + tn) / pairs.length : NaN,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    pages: pairs.length,
  };
}

const measured = (results: PageResult[]): PageResult[] => results.filter((r) => r.detection && r.readerable != null);

export function scoreDetectionWcxb(report: Report, results: PageResult[]): unknown {
  const pages = measured(results);
  const kiji = confusion(pages.map((r) => ({ predicted: r.detection!.isArticle, actual: r.page.pageType === 'article' })));
  const read = confusion(pages.map((r) => ({ predicted: r.readerable!, actual: r.page.pageType === 'article' })));
  const met = pages.length ? kiji.f1 > read.f1 : null;
  const mark = report.target({ section: 'detect', name: 'wcxb-dev article-vs-other F1', value: fmt(kiji.f1), target: `> isProbablyReaderable's ${fmt(read.f1)}`, met });
  report.table(`Detection: wcxb-dev, article vs other page types (${pages.length} pages)`, ['metric', 'Kiji detect', 'isProbablyReaderable', 'diff', 'target', 'met?'], [
    ['F1', kiji.f1, read.f1, signed(kiji.f1 - read.f1), '> Readability', mark],
    ['accuracy', kiji.accuracy, read.accuracy, signed(kiji.accuracy - read.accuracy), '—', '—'],
    ['precision', kiji.precision, read.precision, signed(kiji.precision - read.precision), '—', '—'],
    ['recall', kiji.recall, read.recall, signed(kiji.recall - read.recall), '—', '—'],
  ]);
  if (pages.length < results.length) report.note(`(${results.length - pages.length} wcxb page(s) without a Kiji verdict are left out)`);
  return { kiji, readability: read };
}

export function scoreDetectionDaniel(report: Report, results: PageResult[]): unknown {
  const pages = measured(results);
  const rows = DANIEL_LANGS.map((lang) => {
    const subset = pages.filter((r) => r.page.lang === lang);
    const kiji = subset.length ? subset.filter((r) => r.detection!.isArticle).length / subset.length : NaN;
    const read = subset.length ? subset.filter((r) => r.readerable).length / subset.length : NaN;
    return { lang, pages: subset.length, kiji, readability: read };
  }).filter((r) => r.pages > 0);
  report.table('Detection: daniel-dev, share of articles detected', ['lang', 'pages', 'Kiji', 'isProbablyReaderable', 'diff', 'target', 'met?'],
    rows.map((r) => {
      const mark = report.target({ section: 'detect', name: `daniel ${r.lang} detected`, value: pct(r.kiji), target: `≥ ${pct(DANIEL_DETECT_TARGET)} (Readability ${pct(r.readability)})`, met: r.kiji >= DANIEL_DETECT_TARGET });
      return [r.lang, String(r.pages), pct(r.kiji), pct(r.readability), signed((r.kiji - r.readability) * 100, 1), `≥ ${pct(DANIEL_DETECT_TARGET)}`, mark];
    }));
  return rows;
}

export function scoreDetectionReadability(report: Report, results: PageResult[]): unknown {
  const pages = measured(results).filter((r) => r.page.readerable != null);
  const kiji = confusion(pages.map((r) => ({ predicted: r.detection!.isArticle, actual: r.page.readerable! })));
  const read = confusion(pages.map((r) => ({ predicted: r.readerable!, actual: r.page.readerable! })));
  report.table(`Detection: readability-pages, agreement with expected "readerable" (${pages.length} cases)`, ['metric', 'Kiji detect', 'isProbablyReaderable', 'diff'], [
    ['agreement', kiji.accuracy, read.accuracy, signed(kiji.accuracy - read.accuracy)],
    ['precision', kiji.precision, read.precision, signed(kiji.precision - read.precision)],
    ['recall', kiji.recall, read.recall, signed(kiji.recall - read.recall)],
  ]);
  return { kiji, readability: read };
}
