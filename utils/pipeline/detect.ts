import type { Detection } from './types';
import { ARTICLE_TYPES, NON_ARTICLE_TYPES, typesOf } from './jsonld';

// The cheap article detector. It runs on every page load, so it reads only what is cheap:
// <head>'s direct children (meta tags, JSON-LD), the URL, and only when those do not settle it,
// the text of the first paragraphs of <body>. No layout, no innerText, no style reads. Text volume is CJK-aware: Readability's 140-character paragraph rule
// rejects most Chinese news, whose paragraphs are short but dense.

/** Score at or above which the page is an article. */
export const DETECTION_THRESHOLD = 50;
/** Declared metadata that alone reaches the threshold (og:type=article + published time + an
 * article URL, or a schema.org article type) needs no text check: most modern articles stop here. */
const DECISIVE_SCORE = DETECTION_THRESHOLD;
/** An explicit non-article type (schema.org Product, og:type=product) with no article cue. */
const NEGATIVE_DECISIVE_SCORE = 40;

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
  /** og:type=video.x or music.x: a media page, which may still be a story. */
  ogMedia: -10,
  /** article:published_time: a dated single item. */
  publishedTime: 15,
  /** Prose inside one <article> element: the single-post template of most themes. */
  oneArticleElement: 10,
  /** Prose spread over many <article> elements: a river of teasers (front page, category, search). */
  manyArticleElements: -20,
  /** Prose spread thinly over many containers: many small items, not one story. */
  scatteredProse: -25,
  /** Most prose sits under a heading or link in its own container: teaser summaries. */
  teaserList: -35,
  /** Prose volume in one container, the text-only evidence (CJK-aware units): enough of it is
   * an article even without metadata (old portals declare nothing). */
  textLong: 60,
  textMedium: 50,
  textShort: 25,
  textNone: -15,
  /** A short story that is the page's only prose: one item, not a list (listings spread prose over many). */
  soleShortStory: 25,
  /** The meta description opens a body paragraph: the page's summary is this story's lede, as on
   * news pages whose only story is one or two short paragraphs (listings describe the site). */
  descriptionLede: 50,
  /** Paths of search, tag, category, forum, shop and docs pages. */
  nonArticlePath: -20,
  /** A date or long slug in the path: the URL of a single post. */
  articlePath: 10,
} as const;

/** og:type values that are not articles. */
const OG_NON_ARTICLE = /^(?:product|og:product|product\.item|profile|book|business\.business|place|restaurant)/i;
/** Video and music pages of news sites often carry the story as text too: a weak cue only. */
const OG_MEDIA = /^(?:video\.|music\.)/i;
const NON_ARTICLE_PATH = /(?:^|\/)(?:search|tags?|category|categories|topics?|forums?|threads?|boards?|products?|shop|store|cart|collections?|docs?|documentation|api|reference|wiki|login|signin|signup|register|account|help|support|faq)(?:\/|$|\.)/i;
const NON_ARTICLE_QUERY = /[?&](?:q|s|query|search|keyword|page)=/i;
/** /2023/09/05/, /20230905, or a slug of 4+ hyphenated words. */
const ARTICLE_PATH = /\/(?:19|20)\d{2}[/-]?(?:0[1-9]|1[0-2])(?:[/-]?\d{2})?[/-]|\/[\p{L}\d]+(?:[-_][\p{L}\d]+){3,}(?:\.\w+)?\/?$|\/\d{6,}(?:\.s?html?)?$/u;

/** Paragraphs measured (bounds the cost on huge pages; longer pages are sampled with a stride). */
const MAX_PARAGRAPHS = 120;
/** Line breaks looked at when <p> prose is thin. */
const MAX_BREAKS = 200;
/** Prose paragraphs inside this many distinct <article> elements: a river of teasers. */
const MANY_ARTICLES = 3;
/** A paragraph needs this many units (words; CJK characters count half) to count as prose. */
const MIN_PARAGRAPH_UNITS = 12;
/** Prose volume thresholds (units). */
const TEXT_LONG = 200;
const TEXT_MEDIUM = 70;
const TEXT_SHORT = 50;
const TEXT_NONE = 20;
/** Container openers that make the paragraph after them a teaser summary. */
const TEASER_OPENERS = new Set(['H2', 'H3', 'H4', 'A']);
/** Share of prose in teaser summaries above which the page is a listing. */
const TEASER_SHARE = 0.5;
/** A container with medium prose holding this many times the next one is a short story among comments/teasers. */
const DOMINANT_RATIO = 2;
/** Prose in this many containers, none holding this share of it, is a list of items. */
const SCATTERED_PARENTS = 6;
const SCATTERED_SHARE = 0.3;
/** Share of all prose in the main container above which a short story is the page's only prose. */
const SOLE_SHARE = 0.8;
/** Characters of the meta description compared with paragraph openings (enough to be specific). */
const LEDE_CHARS = 40;
/** Shorter descriptions (site slogans) are not compared. */
const MIN_LEDE_CHARS = 24;

const CJK_G = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD_G = /[\p{L}\p{N}]+/gu;

/** Weight of one CJK character in words: a Chinese word averages ~1.5 characters (Japanese
 * similar), so counting characters at half a word left short CJK stories under the thresholds. */
const CJK_CHAR_WORDS = 2 / 3;

/** Prose units of a text: words, with CJK characters at CJK_CHAR_WORDS of a word. */
function units(text: string): number {
  const cjk = text.match(CJK_G)?.length ?? 0;
  if (cjk === 0) return text.match(WORD_G)?.length ?? 0;
  return cjk * CJK_CHAR_WORDS + (text.replace(CJK_G, ' ').match(WORD_G)?.length ?? 0);
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

/** Meta tags of <head>; returns its JSON-LD scripts, read later only if the tags do not settle it.
 * Stops at the first tag that makes `decided()` true: heads hold up to ~100 tags and attribute
 * reads are the main cost of a metadata-decisive page. */
function scoreHeadMeta(doc: Document, t: Tally, decided: () => boolean): Element[] {
  const scripts: Element[] = [];
  const head = doc.head;
  if (!head) return scripts;
  // Open Graph tags use property=; name= is a rare misuse, read in a second pass only when the
  // first did not settle it (each attribute read costs ~2 µs in happy-dom and heads hold ~80 tags).
  const named: Element[] = [];
  const kids = head.children;
  for (let i = 0, n = kids.length; i < n; i++) {
    const el = kids[i]!;
    const tag = el.tagName;
    if (tag === 'META') {
      const property = el.getAttribute('property');
      if (property === null) named.push(el);
      else if (scoreMetaTag(el, property, t) && decided()) return scripts;
    } else if (tag === 'SCRIPT' && /ld\+json/i.test(el.getAttribute('type') ?? '')) {
      scripts.push(el);
    }
  }
  for (const el of named) if (scoreMetaTag(el, el.getAttribute('name') ?? '', t) && decided()) break;
  return scripts;
}

/** Scores one meta tag by its key; true when it was a cue. */
function scoreMetaTag(el: Element, rawKey: string, t: Tally): boolean {
  const key = rawKey.toLowerCase();
  if (key === 'og:type') {
    const v = (el.getAttribute('content') ?? '').trim().toLowerCase();
    if (v === 'article' || v === 'og:article' || v === 'blog' || v === 'news') add(t, WEIGHT.ogArticle, `og:type=${v}`);
    else if (OG_NON_ARTICLE.test(v)) add(t, WEIGHT.ogNonArticle, `og:type=${v}`);
    else if (OG_MEDIA.test(v)) add(t, WEIGHT.ogMedia, `og:type=${v}`);
    else return false;
    return true;
  }
  if (key === 'article:published_time' && !t.reasons.includes('article:published_time')) {
    add(t, WEIGHT.publishedTime, 'article:published_time');
    return true;
  }
  return false;
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

/** The nearest <article> ancestor (a plain parent walk: cheaper than closest()). */
function articleAncestor(el: Element): Element | null {
  for (let a = el.parentElement; a; a = a.parentElement) if (a.tagName === 'ARTICLE') return a;
  return null;
}

/** Whether the main container (medium prose or more) clearly outweighs every other container. */
function dominant(proseByParent: Map<Element, number>, main: number): boolean {
  if (main < TEXT_MEDIUM) return false;
  let second = 0;
  let seenMain = false;
  for (const v of proseByParent.values()) {
    if (v === main && !seenMain) seenMain = true;
    else if (v > second) second = v;
  }
  return main >= DOMINANT_RATIO * second;
}

/**
 * Prose volume from a sample of paragraphs. One tag-name lookup, the cheapest whole-page query
 * in every DOM implementation (happy-dom answers it from an index; a JS walk over elements costs
 * 20× more there); paragraphs are grouped by parent so that one story's text is told apart
 * from many teasers' summaries.
 */
function scoreBody(doc: Document, t: Tally): void {
  const body = doc.body;
  if (!body) return;
  let prose = 0;
  const proseByParent = new Map<Element, number>();
  const articles = new Set<Element>();
  const proseByGrandparent = new Map<Element, number>();
  let teaserProse = 0;
  let stride = 1;
  let longest = 0;
  // Once one container holds a long story, no later paragraph can turn the verdict (the worst
  // remaining cue is many <article> elements), so the sampling stops there.
  const settled = (): boolean => longest >= TEXT_LONG && t.score + WEIGHT.textLong + WEIGHT.manyArticleElements >= DETECTION_THRESHOLD;
  const count = (el: Element, parent: Element, text: string): void => {
    const one = units(text);
    if (one < MIN_PARAGRAPH_UNITS) return;
    const u = one * stride;
    prose += u;
    const inParent = (proseByParent.get(parent) ?? 0) + u;
    proseByParent.set(parent, inParent);
    if (inParent > longest) longest = inParent;
    // Some templates wrap every paragraph in its own <div>: the story is then one level up.
    const grand = parent.parentElement;
    if (grand) proseByGrandparent.set(grand, (proseByGrandparent.get(grand) ?? 0) + u);
    // A paragraph whose container opens with a heading or a link is a teaser's summary.
    const first = parent.firstElementChild;
    if (first && first !== el && TEASER_OPENERS.has(first.tagName)) teaserProse += u;
    const article = articleAncestor(el);
    if (article) articles.add(article);
  };
  const paragraphs = body.getElementsByTagName('p');
  // On pages with more paragraphs than the budget, sample evenly across the page (a story after
  // 100+ <p> of chrome is still seen) and weigh each sampled paragraph by the stride.
  const total = paragraphs.length;
  stride = Math.max(1, Math.ceil(total / MAX_PARAGRAPHS));
  for (let i = 0; i < total; i += stride) {
    const p = paragraphs[i]!;
    count(p, p.parentElement ?? body, p.textContent ?? '');
    if (settled()) {
      t.reasons.push('text-decisive');
      break;
    }
  }
  stride = 1;
  if (Math.max(0, ...proseByParent.values()) < TEXT_MEDIUM) {
    // Old portals write prose as text + <br> inside a <div>/<td>: measure each break's parent's own text.
    const breaks = body.getElementsByTagName('br');
    const parents = new Set<Element>();
    for (let i = 0, n = Math.min(breaks.length, MAX_BREAKS); i < n; i++) {
      const parent = breaks[i]!.parentElement;
      if (parent && parent.tagName !== 'P') parents.add(parent);
    }
    for (const parent of parents) {
      let own = '';
      for (const node of Array.from(parent.childNodes)) if (node.nodeType === 3) own += node.textContent ?? '';
      count(parent, parent, own);
    }
  }
  const teasers = teaserProse >= TEASER_SHARE * prose && prose > 0;
  // Grouping one level up is trusted only when the paragraphs are not teasers, which also share a grandparent.
  const main = Math.max(0, ...proseByParent.values(), ...(teasers ? [] : proseByGrandparent.values()));
  const reason = `text:${Math.round(main)}/${Math.round(prose)}`;
  if (main >= TEXT_LONG) add(t, WEIGHT.textLong, reason);
  else if (main >= TEXT_MEDIUM) add(t, WEIGHT.textMedium, reason);
  else if (main >= TEXT_SHORT) {
    add(t, WEIGHT.textShort, reason);
    if (main >= SOLE_SHARE * prose && articles.size < MANY_ARTICLES) add(t, WEIGHT.soleShortStory, 'sole-story');
  }
  else if (main < TEXT_NONE) add(t, WEIGHT.textNone, reason);
  // One long story outweighs any number of related-article teasers around it.
  if (main < TEXT_LONG) {
    if (teasers && proseByParent.size >= SCATTERED_PARENTS) add(t, WEIGHT.teaserList, `teasers:${proseByParent.size}`);
    else if (proseByParent.size >= SCATTERED_PARENTS && main < SCATTERED_SHARE * prose && !dominant(proseByParent, main)) add(t, WEIGHT.scatteredProse, `scattered:${proseByParent.size}`);
  }
  if (articles.size === 1) add(t, WEIGHT.oneArticleElement, 'article-element');
  // A long story in its own container outweighs teaser <article>s around it (as for the rules above).
  else if (articles.size >= MANY_ARTICLES && main < TEXT_LONG) add(t, WEIGHT.manyArticleElements, `article-elements:${articles.size}`);
}

/** Collapsed text for comparing a description with paragraph text. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Adds the lede cue when the meta description's opening starts one of the first paragraphs. Run
 * only on undecided pages, after the body sample, so decisive pages never pay for it. */
function scoreLede(doc: Document, t: Tally): void {
  const head = doc.head;
  const body = doc.body;
  if (!head || !body) return;
  let description = '';
  const kids = head.children;
  for (let i = 0, n = kids.length; i < n && !description; i++) {
    const el = kids[i]!;
    if (el.tagName === 'META' && (el.getAttribute('name') ?? '').toLowerCase() === 'description') description = squash(el.getAttribute('content') ?? '');
  }
  if (description.length < MIN_LEDE_CHARS) return;
  const opening = description.slice(0, LEDE_CHARS);
  const paragraphs = body.getElementsByTagName('p');
  for (let i = 0, n = Math.min(paragraphs.length, MAX_PARAGRAPHS); i < n; i++) {
    const text = squash(paragraphs[i]!.textContent ?? '');
    if (text.startsWith(opening) && units(text) >= MIN_PARAGRAPH_UNITS) {
      add(t, WEIGHT.descriptionLede, 'description-lede');
      return;
    }
  }
}

export function detect(doc: Document, url: URL): Detection {
  const t: Tally = { score: 0, reasons: [] };
  const decided = (): boolean => t.score >= DECISIVE_SCORE || t.score <= -NEGATIVE_DECISIVE_SCORE;
  // Cheapest first: meta tags and the URL, then JSON-LD text, then the body query; each step
  // runs only when the ones before did not settle the question.
  scoreUrl(url, t);
  const scripts = scoreHeadMeta(doc, t, decided);
  if (!decided()) {
    const seen = new Set<string>();
    for (const script of scripts) scoreJsonLd(script.textContent ?? '', t, seen);
  }
  if (decided()) t.reasons.push('metadata-decisive');
  else {
    scoreBody(doc, t);
    if (t.score < DETECTION_THRESHOLD && t.score + WEIGHT.descriptionLede >= DETECTION_THRESHOLD) scoreLede(doc, t);
  }
  return { isArticle: t.score >= DETECTION_THRESHOLD, score: t.score, reasons: t.reasons };
}
