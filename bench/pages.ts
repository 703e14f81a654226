import { parseHtml } from '../cli/parse-html';
import type { Detection } from '../utils/pipeline/types';
import type { BodyPage } from './data';
import { isProbablyReaderable, readabilityExtract, type Kiji, type KijiOutput, type ReadabilityOutput } from './systems';

// Runs both systems on one page, each on its own inert parse (Readability mutates its document;
// Kiji must not, but is not trusted to here). HTML parsing is never inside a timed region.

export interface PageWork {
  body: boolean;
  detect: boolean;
  /** Also time Kiji's summary and key quotes on the extracted text. */
  textStages: boolean;
  /**
   * Give each timed call a document of its own. happy-dom caches querySelectorAll results until the
   * DOM changes, so a second call on the same document (or a call after another system's) is
   * unfairly cheap; the detection timings would otherwise measure the cache.
   */
  timing: boolean;
}

export interface PageResult {
  page: BodyPage;
  kiji: KijiOutput | null;
  read: ReadabilityOutput | null;
  errors: string[];
  kijiMs: number | null;
  readMs: number | null;
  detection: Detection | null;
  readerable: boolean | null;
  detectMs: number | null;
  readerableMs: number | null;
  summaryMs: number | null;
  quotesMs: number | null;
}

/** Timed calls per system and page; the fastest counts (see runPage). */
const DETECT_RUNS = 3;
const TIMED_RUNS = 3;

function timed<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = f();
  return { value, ms: performance.now() - start };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

export function runPage(kiji: Kiji, page: BodyPage, work: PageWork, index: number): PageResult {
  const result: PageResult = {
    page, kiji: null, read: null, errors: [], kijiMs: null, readMs: null,
    detection: null, readerable: null, detectMs: null, readerableMs: null, summaryMs: null, quotesMs: null,
  };
  const html = page.html();
  const url = new URL(page.url);
  const opened: { close: () => void }[] = [];
  const parse = (): Document => {
    const parsed = parseHtml(html, page.url);
    opened.push(parsed);
    return parsed.document;
  };
  // Alternate which system runs first so cache and GC effects fall on both alike.
  const kijiFirst = index % 2 === 0;
  const both = (kijiStep: () => void, readabilityStep: () => void): void => {
    if (kijiFirst) { kijiStep(); readabilityStep(); } else { readabilityStep(); kijiStep(); }
  };
  try {
    const forKiji = parse();
    const forReadability = work.body ? parse() : null;
    if (work.detect) {
      // Timed detection: DETECT_RUNS calls per system, each on a document parsed just before it
      // (equally fresh in memory for both systems), and the fastest counts, so a burst of machine
      // load or a GC pause in one call does not decide the page.
      const runs = work.timing ? DETECT_RUNS : 1;
      const ownDoc = (): { document: Document; close: () => void } => (work.timing ? parseHtml(html, page.url) : { document: forKiji, close: () => {} });
      for (let run = 0; run < runs; run++) {
        both(
          () => {
            if (!kiji.detect || result.errors.length) return;
            const own = ownDoc();
            try {
              const t = timed(() => kiji.detect!(own.document, url));
              result.detection = t.value;
              result.detectMs = Math.min(result.detectMs ?? Infinity, t.ms);
            } catch (error) {
              result.errors.push(`detect: ${message(error)}`);
            } finally {
              own.close();
            }
          },
          () => {
            const own = ownDoc();
            try {
              const t = timed(() => isProbablyReaderable(own.document));
              result.readerable = t.value;
              result.readerableMs = Math.min(result.readerableMs ?? Infinity, t.ms);
            } finally {
              own.close();
            }
          },
        );
      }
    }
    if (work.body && forReadability) {
      // Timed runs take the fastest of TIMED_RUNS calls per system, each on a fresh parse, as for
      // detection: a GC pause (happy-dom's windows pile up) must not decide a page's figure.
      const runs = work.timing ? TIMED_RUNS : 1;
      for (let run = 0; run < runs; run++) {
        const kijiDoc = run === 0 ? forKiji : parse();
        const readDoc = run === 0 ? forReadability : parse();
        both(
          () => {
            if (!kiji.extract || (run > 0 && !result.kiji)) return;
            try {
              const t = timed(() => kiji.extract!(kijiDoc, url));
              if (run === 0) result.kiji = t.value;
              result.kijiMs = Math.min(result.kijiMs ?? Infinity, t.ms);
            } catch (error) {
              result.errors.push(`kiji: ${message(error)}`);
            }
          },
          () => {
            if (run > 0 && !result.read) return;
            try {
              const t = timed(() => readabilityExtract(readDoc));
              if (run === 0) result.read = t.value;
              result.readMs = Math.min(result.readMs ?? Infinity, t.ms);
            } catch (error) {
              result.errors.push(`readability: ${message(error)}`);
            }
          },
        );
      }
    }
    if (work.textStages && result.kiji) {
      const { text, lang } = result.kiji;
      const language = lang ?? page.lang ?? 'en';
      try {
        for (let run = 0; run < TIMED_RUNS; run++) {
          if (kiji.summarize) result.summaryMs = Math.min(result.summaryMs ?? Infinity, timed(() => kiji.summarize!({ text, lang: language, keyPoints: [] }, { bullets: 3 })).ms);
          if (kiji.findQuotes) result.quotesMs = Math.min(result.quotesMs ?? Infinity, timed(() => kiji.findQuotes!(text, language, { all: false })).ms);
        }
      } catch (error) {
        result.errors.push(`text stages: ${message(error)}`);
      }
    }
  } finally {
    for (const parsed of opened) parsed.close();
  }
  return result;
}

/** Text to score: the title goes first when the set's truth starts with the headline (both systems alike). */
export function scoredText(output: { title: string; text: string } | null, page: BodyPage): string {
  if (!output) return '';
  return page.truthHasTitle && output.title ? `${output.title}\n\n${output.text}` : output.text;
}

/** Pages slower than this are named on stderr so the stage owners can look at them. */
const SLOW_PAGE_MS = 5000;

/** happy-dom's close() finishes asynchronously: without a turn of the event loop between pages no
 * window is ever released and a full run grows to gigabytes and crawls in GC. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function runPages(kiji: Kiji, pages: BodyPage[], work: PageWork, label: string): Promise<PageResult[]> {
  if (pages.length === 0) return [];
  // Warm-up: JIT-compile both systems on the first page before anything is timed.
  runPage(kiji, pages[0]!, work, 0);
  await nextTurn();
  const results: PageResult[] = [];
  const started = performance.now();
  for (const [i, page] of pages.entries()) {
    const pageStart = performance.now();
    const result = runPage(kiji, page, work, i);
    results.push(result);
    const total = performance.now() - pageStart;
    if (total > SLOW_PAGE_MS) {
      const ms = (v: number | null): string => (v == null ? '—' : `${v.toFixed(0)} ms`);
      process.stderr.write(`\n${label}: slow page ${page.id}: ${(total / 1000).toFixed(1)} s in all; Kiji extract ${ms(result.kijiMs)}, Readability ${ms(result.readMs)}, Kiji detect ${ms(result.detectMs)}\n`);
    }
    if ((i + 1) % 10 === 0 || i + 1 === pages.length) {
      process.stderr.write(`\r${label}: ${i + 1}/${pages.length} (${((performance.now() - started) / 1000).toFixed(0)} s)   `);
    }
    await nextTurn();
  }
  process.stderr.write('\n');
  return results;
}
