import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Loaders for the evaluation sets in ../shared/bench (README there). The sets are read in place and
// never copied: they are third-party pages for measurement only.

export function locateBenchDir(): string | null {
  const fromEnv = process.env.KIJI_BENCH_DIR;
  if (fromEnv) return existsSync(fromEnv) ? resolve(fromEnv) : null;
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const sibling = resolve(repo, '..', 'shared', 'bench');
  return existsSync(sibling) ? sibling : null;
}

/** Readability's own test harness serves every page from this URL. */
const READABILITY_TEST_URL = 'http://fakehost/test/page.html';
/** Pages whose set records no URL still need one to resolve relative links. */
const UNKNOWN_URL = 'http://fakehost/';

export interface BodyPage {
  set: string;
  id: string;
  url: string;
  /** Loaded on demand: the full sets do not fit comfortably in memory at once. */
  html: () => string;
  truth: string;
  /** The truth's first line is the headline, so both systems' text gets their title prepended. */
  truthHasTitle: boolean;
  lang?: string;
  /** WCXB page type; "article" for every page of the news sets. */
  pageType?: string;
  withSnippets?: string[];
  withoutSnippets?: string[];
  /** readability-pages: isProbablyReaderable's expected answer. */
  readerable?: boolean;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function take<T>(items: T[], limit: number | null): T[] {
  return limit == null ? items : items.slice(0, limit);
}

export function loadScrapinghub(dir: string, limit: number | null): BodyPage[] {
  const root = join(dir, 'scrapinghub-dev');
  const truth = readJson<Record<string, { articleBody: string; url: string }>>(join(root, 'ground-truth.json'));
  return take(Object.keys(truth).sort(byId), limit).map((id) => ({
    set: 'scrapinghub',
    id,
    url: truth[id]!.url || UNKNOWN_URL,
    html: () => readFileSync(join(root, 'html', `${id}.html`), 'utf8'),
    truth: truth[id]!.articleBody,
    truthHasTitle: false,
    pageType: 'article',
  }));
}

interface ReadabilityMeta {
  readerable: boolean;
  lang?: string;
}

/** The truth is Readability's expected.html; its text is computed by the caller with the same DOM serialiser. */
export function loadReadabilityPages(dir: string, limit: number | null): (BodyPage & { expectedHtml: () => string })[] {
  const root = join(dir, 'readability-pages');
  const cases = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'source.html')))
    .map((e) => e.name)
    .sort(byId);
  return take(cases, limit).map((id) => {
    const meta = readJson<ReadabilityMeta>(join(root, id, 'expected-metadata.json'));
    return {
      set: 'readability',
      id,
      url: READABILITY_TEST_URL,
      html: () => readFileSync(join(root, id, 'source.html'), 'utf8'),
      expectedHtml: () => readFileSync(join(root, id, 'expected.html'), 'utf8'),
      truth: '',
      truthHasTitle: false,
      lang: meta.lang,
      readerable: meta.readerable,
    };
  });
}

export const DANIEL_LANGS = ['en', 'zh', 'pl', 'el', 'ru'] as const;

/** --limit N takes the first ceil(N/5) pages of each language so a quick run still covers all five. */
export function loadDaniel(dir: string, limit: number | null, langs: readonly string[] | null = null): BodyPage[] {
  const root = join(dir, 'daniel-dev');
  const truth = readJson<Record<string, { articleBody: string; lang: string; url: string }>>(join(root, 'ground-truth.json'));
  const ids = Object.keys(truth).sort(byId);
  const perLang = limit == null ? null : Math.ceil(limit / DANIEL_LANGS.length);
  const chosen = DANIEL_LANGS.filter((lang) => !langs || langs.includes(lang)).flatMap((lang) => take(ids.filter((id) => truth[id]!.lang === lang), perLang));
  return chosen.map((id) => ({
    set: 'daniel',
    id,
    url: truth[id]!.url || UNKNOWN_URL,
    html: () => readFileSync(join(root, 'html', `${id}.html`), 'utf8'),
    truth: truth[id]!.articleBody,
    // README: "its first line is the headline".
    truthHasTitle: true,
    lang: truth[id]!.lang,
    pageType: 'article',
  }));
}

interface WcxbTruth {
  url?: string;
  ground_truth: { title: string | null; main_content: string; with?: string[]; without?: string[] };
}

/** --limit N takes the first N article pages and the first N pages of other types. */
export function loadWcxb(dir: string, limit: number | null): BodyPage[] {
  const root = join(dir, 'wcxb-dev');
  const index = readJson<Record<string, string>>(join(root, 'index.json'));
  const ids = Object.keys(index).sort(byId);
  const chosen = [...take(ids.filter((id) => index[id] === 'article'), limit), ...take(ids.filter((id) => index[id] !== 'article'), limit)];
  return chosen.map((id) => {
    const gt = readJson<WcxbTruth>(join(root, 'ground-truth', `${id}.json`));
    return {
      set: 'wcxb',
      id,
      url: gt.url || UNKNOWN_URL,
      html: () => gunzipSync(readFileSync(join(root, 'html', `${id}.html.gz`))).toString('utf8'),
      truth: gt.ground_truth.main_content ?? '',
      // main_content is the body; it starts with the title on only a handful of pages, so no title is prepended.
      truthHasTitle: false,
      pageType: index[id],
      withSnippets: gt.ground_truth.with ?? [],
      withoutSnippets: gt.ground_truth.without ?? [],
    };
  });
}

export function loadZhContent(dir: string, limit: number | null): BodyPage[] {
  const root = join(dir, 'zh-content-dev');
  const truth = readJson<Record<string, { articleBody: string; url: string | null }>>(join(root, 'ground-truth.json'));
  return take(Object.keys(truth).sort(byId), limit).map((id) => ({
    set: 'zh',
    id,
    url: truth[id]!.url || UNKNOWN_URL,
    html: () => readFileSync(join(root, 'html', `${id}.html`), 'utf8'),
    truth: truth[id]!.articleBody,
    // README: "There is no annotated headline."
    truthHasTitle: false,
    lang: 'zh',
    pageType: 'article',
  }));
}

export interface SummaryItem {
  id: string;
  lang: string;
  title: string | null;
  text: string;
  summary_sentences: string[];
}

export function loadJsonl<T>(path: string, limit: number | null): T[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  return take(lines, limit).map((l) => JSON.parse(l) as T);
}

export interface PolnearAttribution {
  source: string | null;
  cue: string | null;
  content: string;
  source_span: [number, number] | null;
  cue_span: [number, number] | null;
  content_span: [number, number];
  direct: boolean;
}

export interface PolnearItem {
  id: string;
  title: string;
  text: string;
  attributions: PolnearAttribution[];
}
