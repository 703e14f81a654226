import type { PageResult } from './pages';
import { fmt, ratio, type Report } from './report';
import { median } from './stats';

// Time per page, Kiji over Readability, measured in the same process on the same pages with the
// order alternated page by page (see pages.ts). HTML parsing is excluded.

/** Issue 3 targets: extraction ≤ 0.5× Readability's median, detection ≤ 0.1× isProbablyReaderable's. */
const EXTRACT_RATIO_TARGET = 0.5;
const DETECT_RATIO_TARGET = 0.1;
/** Issue 4: summary + quotes cost at most 20% of extraction on the same pages. */
const TEXT_STAGES_SHARE_TARGET = 0.2;

const values = (results: PageResult[], pick: (r: PageResult) => number | null): number[] =>
  results.map(pick).filter((v): v is number => v != null && Number.isFinite(v));

export function scoreSpeed(report: Report, label: string, results: PageResult[]): unknown {
  const extract = { kiji: median(values(results, (r) => r.kijiMs)), readability: median(values(results, (r) => r.readMs)) };
  const detect = { kiji: median(values(results, (r) => r.detectMs)), readability: median(values(results, (r) => r.readerableMs)) };
  const extractRatio = ratio(extract.kiji, extract.readability);
  const detectRatio = ratio(detect.kiji, detect.readability);
  // Totals, because the share that matters is the whole pipeline's time on the same pages.
  const withText = results.filter((r) => r.kijiMs != null && r.summaryMs != null && r.quotesMs != null);
  const textStages = withText.reduce((s, r) => s + r.summaryMs! + r.quotesMs!, 0);
  const extraction = withText.reduce((s, r) => s + r.kijiMs!, 0);
  const share = withText.length ? ratio(textStages, extraction) : null;
  const e = report.target({ section: 'speed', name: `extract median time ratio Kiji/Readability (${label})`, value: fmt(extractRatio, 2), target: `≤ ${EXTRACT_RATIO_TARGET}`, met: extractRatio == null ? null : extractRatio <= EXTRACT_RATIO_TARGET });
  const d = report.target({ section: 'speed', name: `detect median time ratio Kiji/isProbablyReaderable (${label})`, value: fmt(detectRatio, 3), target: `≤ ${DETECT_RATIO_TARGET}`, met: detectRatio == null ? null : detectRatio <= DETECT_RATIO_TARGET });
  const t = report.target({ section: 'speed', name: `summary+quotes time / extraction time (${label})`, value: fmt(share, 3), target: `≤ ${TEXT_STAGES_SHARE_TARGET}`, met: share == null ? null : share <= TEXT_STAGES_SHARE_TARGET });
  report.table(`Speed: ${label} (${results.length} pages, median ms per page, parsing excluded)`, ['step', 'Kiji ms', 'Readability ms', 'ratio', 'target', 'met?'], [
    ['extract vs parse()', fmt(extract.kiji, 2), fmt(extract.readability, 2), fmt(extractRatio, 3), `≤ ${EXTRACT_RATIO_TARGET}`, e],
    ['detect vs isProbablyReaderable', fmt(detect.kiji, 3), fmt(detect.readability, 3), fmt(detectRatio, 3), `≤ ${DETECT_RATIO_TARGET}`, d],
    ['summary+quotes / extract (totals)', fmt(textStages, 1), fmt(extraction, 1), fmt(share, 3), `≤ ${TEXT_STAGES_SHARE_TARGET}`, t],
  ]);
  return { extract, detect, extractRatio, detectRatio, textStagesMs: textStages, extractionMs: extraction, textStagesShare: share };
}
