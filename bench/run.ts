import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { expectedText, scoreDaniel, scoreReadabilityPages, scoreScrapinghub, scoreWcxb, scoreZh } from './body';
import { loadDaniel, loadReadabilityPages, loadScrapinghub, loadWcxb, loadZhContent, locateBenchDir, type BodyPage } from './data';
import { scoreDetectionDaniel, scoreDetectionReadability, scoreDetectionWcxb } from './detection';
import { runPages, type PageResult, type PageWork } from './pages';
import { runQuotes } from './quotes-section';
import { Report } from './report';
import { scoreSpeed } from './speed';
import { runSummaries } from './summary-section';
import { loadKiji } from './systems';

// `npm run bench`: Kiji against Mozilla Readability (and summary baselines) on ../shared/bench, in one
// process, same DOM implementation. Progress goes to stderr, tables (or --json) to stdout, and
// the full results to bench/results/ (gitignored).

const SECTIONS = ['scrapinghub', 'readability', 'wcxb', 'daniel', 'zh', 'cnndm', 'xlsum', 'polnear', 'detect', 'speed'] as const;
type Section = (typeof SECTIONS)[number];

const USAGE = `usage: npm run bench -- [--only ${SECTIONS.join(',')}] [--limit N] [--worst K] [--lang en,zh,...] [--json]
  --only    comma-separated sections (default: all)
  --limit   first N items per set (daniel: ceil(N/5) per language; wcxb: N articles + N others)
  --worst   list the K worst pages per body set by Kiji page F1
  --lang    daniel-dev: only these languages (quick iteration on one language)
  --json    print the results as one JSON object instead of tables
Data: $KIJI_BENCH_DIR or <repo>/../shared/bench`;

function parseOptions(): { only: Set<Section>; limit: number | null; worst: number; langs: string[] | null; json: boolean } {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      limit: { type: 'string' },
      worst: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const only = new Set<Section>();
  for (const name of (values.only ?? SECTIONS.join(',')).split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(SECTIONS as readonly string[]).includes(name)) {
      process.stderr.write(`bench: unknown section "${name}"\n${USAGE}\n`);
      process.exit(2);
    }
    only.add(name as Section);
  }
  const int = (text: string | undefined, flag: string): number | null => {
    if (text == null) return null;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) {
      process.stderr.write(`bench: ${flag} needs a non-negative integer\n`);
      process.exit(2);
    }
    return n;
  };
  const langs = values.lang ? values.lang.split(',').map((s) => s.trim()).filter(Boolean) : null;
  return { only, limit: int(values.limit, '--limit'), worst: int(values.worst, '--worst') ?? 0, langs, json: values.json ?? false };
}

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseOptions();
  const dir = locateBenchDir();
  if (!dir) {
    process.stdout.write('bench: skipped: no evaluation data (set KIJI_BENCH_DIR or place it at ../shared/bench)\n');
    return;
  }
  const { only, limit, worst } = options;
  const has = (s: Section): boolean => only.has(s);
  const kiji = await loadKiji();
  const report = new Report(options.json ? null : (text) => process.stdout.write(text));
  const results: Record<string, unknown> = {};
  report.note(`# Kiji bench (${new Date().toISOString()}) data=${dir}${limit != null ? ` limit=${limit}` : ''}`);
  report.note(`Kiji body via: ${kiji.mode}; Readability @mozilla/readability 0.6.0; DOM: happy-dom (inert parse)`);
  for (const note of kiji.notes) report.note(`note: ${note}`);
  if (!kiji.extract) report.unavailable.add('body');
  if (!kiji.detect) report.unavailable.add('detect');
  if (!kiji.summarize) report.unavailable.add('summary');
  if (!kiji.findQuotes) report.unavailable.add('quotes');

  const run = (pages: BodyPage[], work: PageWork, label: string): Promise<PageResult[]> => runPages(kiji, pages, work, label);

  if (has('scrapinghub') || has('speed')) {
    const pages = await run(loadScrapinghub(dir, limit), { body: true, detect: has('speed'), textStages: has('speed'), timing: has('speed') }, 'scrapinghub-dev');
    if (has('scrapinghub')) results.scrapinghub = scoreScrapinghub(report, pages, worst);
    if (has('speed')) results.speed = scoreSpeed(report, 'scrapinghub-dev', pages);
  }
  if (has('readability') || has('detect')) {
    const cases = loadReadabilityPages(dir, limit);
    const pages = await run(cases, { body: has('readability'), detect: has('detect'), textStages: false, timing: false }, 'readability-pages');
    if (has('readability')) {
      const expected = new Map(cases.map((c) => [c.id, expectedText(c.expectedHtml())]));
      results.readability = scoreReadabilityPages(report, pages, expected, worst);
    }
    if (has('detect')) results.detectReadability = scoreDetectionReadability(report, pages);
  }
  if (has('wcxb') || has('detect')) {
    const pages = await run(loadWcxb(dir, limit), { body: has('wcxb'), detect: has('detect'), textStages: false, timing: false }, 'wcxb-dev');
    if (has('wcxb')) results.wcxb = scoreWcxb(report, pages, worst);
    if (has('detect')) results.detectWcxb = scoreDetectionWcxb(report, pages);
  }
  if (has('daniel') || has('detect')) {
    const pages = await run(loadDaniel(dir, limit, options.langs), { body: has('daniel'), detect: has('detect'), textStages: false, timing: false }, 'daniel-dev');
    if (has('daniel')) results.daniel = scoreDaniel(report, pages, worst);
    if (has('detect')) results.detectDaniel = scoreDetectionDaniel(report, pages);
  }
  if (has('zh')) {
    const pages = await run(loadZhContent(dir, limit), { body: true, detect: false, textStages: false, timing: false }, 'zh-content-dev');
    results.zh = scoreZh(report, pages, worst);
  }
  if (has('cnndm') || has('xlsum')) results.summaries = runSummaries(report, kiji, dir, limit, { cnndm: has('cnndm'), xlsum: has('xlsum') });
  if (has('polnear')) results.quotes = runQuotes(report, kiji, dir, limit);

  const elapsed = (performance.now() - started) / 1000;
  report.note('');
  report.note(`elapsed: ${elapsed.toFixed(1)} s`);
  const output = { date: new Date().toISOString(), options: { only: [...only], limit, worst }, kijiMode: kiji.mode, notes: kiji.notes, elapsedSeconds: elapsed, results, targets: report.targets };
  const resultsDir = join(dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(resultsDir, { recursive: true });
  const json = JSON.stringify(output, null, 2);
  writeFileSync(join(resultsDir, `bench-${output.date.replace(/[:.]/g, '-')}.json`), json);
  writeFileSync(join(resultsDir, 'latest.json'), json);
  process.stdout.write(options.json ? `${JSON.stringify(output)}\n` : `${report.render()}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
