import type { Detection } from './types';
import { ARTICLE_TYPES, NON_ARTICLE_TYPES, typesOf } from './jsonld';

// The cheap article detector. It runs on every page load, so it reads only what is cheap:
// <head>'s direct children (meta tags, JSON-LD), then a bounded walk over the first elements of
// <body> (paragraph text volume, <article> count, JSON-LD placed in the body, teaser headings).
// No layout, no innerText, no full-document selector queries; it stops as soon as the declared
// metadata is decisive. Text volume is CJK-aware: Readability's 140-character paragraph rule
// rejects most Chinese news, whose paragraphs are short but dense.

/** Score at or above which the page is an article. */
export const DETECTION_THRESHOLD = 50;
/** Declared article metadata (schema.org type plus Open Graph/published time) needs no text check. */
const DECISIVE_SCORE = 80;

/** Cue weights; each line says why. */
const WEIGHT = {
  /** schema.org NewsArticle/BlogPosting…: publishers declare it on article pages only. */
  jsonldArticle: 45,
  /** schema.org Product/ItemList/QAPage…: the page is a shop, list, forum or docs page. */
  jsonldNonArticle: -45,
  /** og:type=article: set by every major CMS on single posts (also on some archives, so weaker). */
  ogArticle: 25,
  /** og:type=product/profile/video…: an explicit non-article type. */
  ogNonArticle: -40,
  /** article:published_time: a dated single item. */
  publishedTime: 15,
  /** One <article> element: the single-post template of most themes. */
  oneArticleElement: 10,
  /** Many <article> elements: a river of teasers (front page, category, search). */
  manyArticleElements: -20,
  /** Many short linked headings and little prose: a listing page. */
  teaserList: -30,
  /** Prose spread thinly over many containers: teaser summaries, not one story. */
  scatteredProse: -25,
  /** Prose volume in one container, the text-only evidence (CJK-aware units): enough of it is
   * an article even without metadata (old portals declare nothing). */
  textLong: 55,
  textMedium: 40,
  textShort: 15,
  textNone: -15,
  /** Paths of search, tag, category, forum, shop and docs pages. */
  nonArticlePath: -20,
  /** A date or long slug in the path: the URL of a single post. */
  articlePath: 10,
} as const;

/** og:type values that are not articles. */
const OG_NON_ARTICLE = /^(?:product|og:product|product\.item|profile|video\.|music\.|book|business\.business|place|restaurant)/i;
const NON_ARTICLE_PATH = /(?:^|\/)(?:search|tags?|category|categories|topics?|forums?|threads?|boards?|products?|shop|store|cart|collections?|docs?|documentation|api|reference|wiki|login|signin|signup|register|account|help|support|faq)(?:\/|$|\.)/i;
const NON_ARTICLE_QUERY = /[?&](?:q|s|query|search|keyword|page)=/i;
/** /2023/09/05/, /20230905, or a slug of 4+ hyphenated words. */
const ARTICLE_PATH = /\/(?:19|20)\d{2}[/-]?(?:0[1-9]|1[0-2])(?:[/-]?\d{2})?[/-]|\/[\p{L}\d]+(?:[-_][\p{L}\d]+){3,}(?:\.\w+)?\/?$|\/\d{6,}(?:\.s?html?)?$/u;

/** Elements visited in <body> before the walk stops (bounds the cost on huge pages). */
const MAX_ELEMENTS = 1500;
/** Paragraphs measured. */
const MAX_PARAGRAPHS = 40;
/** A paragraph needs this many units (words; CJK characters count half) to count as prose. */
const MIN_PARAGRAPH_UNITS = 12;
/** Prose volume thresholds (units). */
const TEXT_LONG = 250;
const TEXT_MEDIUM = 120;
const TEXT_SHORT = 50;
const TEXT_NONE = 20;
/** Prose in this many containers, none holding this share of it, is a list of teasers. */
const SCATTERED_PARENTS = 6;
const SCATTERED_SHARE = 0.3;
/** Linked h2/h3 headings that make a teaser list when prose is thin. */
const TEASER_HEADINGS = 8;
/** Elements skipped in the walk: never article prose. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'SVG', 'NAV', 'FOOTER', 'ASIDE', 'FORM', 'SELECT', 'TEMPLATE', 'IFRAME', 'BUTTON']);

const CJK_G = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD_G = /[\p{L}\p{N}]+/gu;

/** Prose units of a text: words, with CJK characters at half a word (a CJK character carries
 * less than an English word but more than a letter). */
function units(text: string): number {
  const cjk = text.match(CJK_G)?.length ?? 0;
  if (cjk === 0) return text.match(WORD_G)?.length ?? 0;
  return cjk / 2 + (text.replace(CJK_G, ' ').match(WORD_G)?.length ?? 0);
}

interface Tally {
  score: number;
  reasons: string[];
}

function add(t: Tally, weight: number, reason: string): void {
  t.score += weight;
  t.reasons.push(reason);
}

function scoreJsonLd(raw: string, t: Tally, seen: Set<string>): void {
  // Only the @type values matter here: a regex over the raw text avoids parsing big blobs.
  for (const m of raw.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
    for (const type of m[1]!.match(/"([^"]+)"/g) ?? []) {
      const name = typesOf({ '@type': type.slice(1, -1) })[0];
      if (!name || seen.has(name)) continue;
      if (ARTICLE_TYPES.has(name)) {
        seen.add(name);
        if (![...seen].some((s) => ARTICLE_TYPES.has(s) && s !== name)) add(t, WEIGHT.jsonldArticle, `jsonld:${name}`);
      } else if (NON_ARTICLE_TYPES.has(name)) {
        seen.add(name);
        if (![...seen].some((s) => NON_ARTICLE_TYPES.has(s) && s !== name)) add(t, WEIGHT.jsonldNonArticle, `jsonld:${name}`);
      }
    }
  }
}

function scoreHead(doc: Document, t: Tally, seen: Set<string>): void {
  const head = doc.head;
  if (!head) return;
  const kids = head.children;
  for (let i = 0, n = kids.length; i < n; i++) {
    const el = kids[i]!;
    const tag = el.tagName;
    if (tag === 'META') {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
      if (key === 'og:type') {
        const v = (el.getAttribute('content') ?? '').trim().toLowerCase();
        if (v === 'article' || v === 'og:article' || v === 'blog' || v === 'news') add(t, WEIGHT.ogArticle, `og:type=${v}`);
        else if (OG_NON_ARTICLE.test(v)) add(t, WEIGHT.ogNonArticle, `og:type=${v}`);
      } else if (key === 'article:published_time' && !t.reasons.includes('article:published_time')) {
        add(t, WEIGHT.publishedTime, 'article:published_time');
      }
    } else if (tag === 'SCRIPT' && /ld\+json/i.test(el.getAttribute('type') ?? '')) {
      scoreJsonLd(el.textContent ?? '', t, seen);
    }
  }
}

function scoreUrl(url: URL, t: Tally): void {
  const path = decodeSafe(url.pathname);
  // A bare site root says nothing either way: saved pages and some corpora only keep the host.
  if (path === '/' || path === '') return;
  if (ARTICLE_PATH.test(path)) add(t, WEIGHT.articlePath, 'url:article');
  else if (NON_ARTICLE_PATH.test(path) || NON_ARTICLE_QUERY.test(url.search)) add(t, WEIGHT.nonArticlePath, 'url:listing');
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Bounded depth-first walk over <body>: prose volume, <article> count, body JSON-LD, teasers. */
function scoreBody(doc: Document, t: Tally, seen: Set<string>): void {
  const body = doc.body;
  if (!body) return;
  let visited = 0;
  let paragraphs = 0;
  let prose = 0;
  const proseByParent = new Map<Element, number>();
  const count = (el: Element, text: string): void => {
    paragraphs++;
    const u = units(text);
    if (u < MIN_PARAGRAPH_UNITS) return;
    prose += u;
    const parent = el.parentElement ?? el;
    proseByParent.set(parent, (proseByParent.get(parent) ?? 0) + u);
  };
  let articles = 0;
  let teasers = 0;
  // Children are read through `children` with an index: it is O(1) everywhere, whereas
  // nextElementSibling is a linear search in some DOM implementations (happy-dom, used by the CLI).
  const visit = (el: Element): void => {
    if (visited >= MAX_ELEMENTS) return;
    visited++;
    const tag = el.tagName;
    if (SKIP.has(tag)) {
      if (tag === 'SCRIPT' && /ld\+json/i.test(el.getAttribute('type') ?? '')) scoreJsonLd(el.textContent ?? '', t, seen);
      return;
    }
    if (tag === 'P' || tag === 'PRE') {
      if (paragraphs < MAX_PARAGRAPHS) count(el, el.textContent ?? '');
      return;
    }
    if (tag === 'H2' || tag === 'H3') {
      if (el.getElementsByTagName('a').length > 0) teasers++;
      return;
    }
    if (tag === 'ARTICLE') articles++;
    else if (tag === 'BR') {
      // Old portals write prose as text + <br> inside a div: measure the text before the break.
      const prev = el.previousSibling;
      if (paragraphs < MAX_PARAGRAPHS && prev?.nodeType === 3) count(el, prev.textContent ?? '');
      return;
    }
    const kids = el.children;
    for (let i = 0, n = kids.length; i < n && visited < MAX_ELEMENTS; i++) visit(kids[i]!);
  };
  const kids = body.children;
  for (let i = 0, n = kids.length; i < n && visited < MAX_ELEMENTS; i++) visit(kids[i]!);
  const main = Math.max(0, ...proseByParent.values());
  const reason = `text:${Math.round(main)}/${Math.round(prose)}`;
  if (main >= TEXT_LONG) add(t, WEIGHT.textLong, reason);
  else if (main >= TEXT_MEDIUM) add(t, WEIGHT.textMedium, reason);
  else if (main >= TEXT_SHORT) add(t, WEIGHT.textShort, reason);
  else if (main < TEXT_NONE) add(t, WEIGHT.textNone, reason);
  if (proseByParent.size >= SCATTERED_PARENTS && main < SCATTERED_SHARE * prose) add(t, WEIGHT.scatteredProse, `scattered:${proseByParent.size}`);
  if (articles === 1) add(t, WEIGHT.oneArticleElement, 'article-element');
  else if (articles >= 4) add(t, WEIGHT.manyArticleElements, `article-elements:${articles}`);
  if (teasers >= TEASER_HEADINGS && main < TEXT_LONG) add(t, WEIGHT.teaserList, `teasers:${teasers}`);
}

export function detect(doc: Document, url: URL): Detection {
  const t: Tally = { score: 0, reasons: [] };
  const seen = new Set<string>();
  scoreHead(doc, t, seen);
  scoreUrl(url, t);
  if (t.score < DECISIVE_SCORE) scoreBody(doc, t, seen);
  else t.reasons.push('metadata-decisive');
  return { isArticle: t.score >= DETECTION_THRESHOLD, score: t.score, reasons: t.reasons };
}
