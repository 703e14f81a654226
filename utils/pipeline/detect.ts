import type { Detection } from './types';
import { ARTICLE_TYPES, NON_ARTICLE_TYPES } from './jsonld';

// The cheap article detector. It runs on every page load, so it reads only what is cheap:
// <head>'s direct children (meta tags, JSON-LD), the URL, and only when those do not settle it,
// the text of the first paragraphs of <body>. No layout, no innerText, no style reads. Text volume is CJK-aware: Readability's 140-character paragraph rule
// rejects most Chinese news, whose paragraphs are short but dense.

/** Score at or above which the page is an article. */
export const DETECTION_THRESHOLD = 50;
/** Declared metadata that alone reaches the threshold (og:type=article on an article URL, with or
 * without a published time, or a schema.org article type) needs no text check: most modern articles stop here. */
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
  /** og:type=article on an article-shaped URL, once the whole <head> is read: two declarations of
   * the CMS that agree settle the page (measured on the bench sets: every such page that is not an
   * article was taken for one by the text check as well). Added only when no negative cue was read. */
  ogArticleOnArticlePath: 15,
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
/** <div>s measured when neither <p> nor <br> prose is found (sampled with a stride beyond). */
const MAX_DIVS = 400;
/** Inline formatting whose text is part of the sentence around it (links are not: navigation). */
const INLINE_TEXT_TAGS = new Set(['SPAN', 'FONT', 'B', 'STRONG', 'I', 'EM', 'U', 'SMALL', 'BIG', 'SUB', 'SUP', 'Q', 'CITE', 'MARK', 'ABBR', 'TIME', 'S', 'INS', 'DEL']);
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
  /** The page declares a viewport (a responsive, post-2010 template); known once <head> is read in full. */
  responsive?: boolean;
  /** og:type=article (or blog/news) was read. */
  ogArticle?: boolean;
  /** The URL path is an article's. */
  articlePath?: boolean;
}

function add(t: Tally, weight: number, reason: string): void {
  t.score += weight;
  t.reasons.push(reason);
}

/** Which JSON-LD cues a page has scored already: each counts once, however many nodes repeat it. */
interface JsonLdSeen {
  article: boolean;
  nonArticle: boolean;
}

const TYPE_KEY = '"@type"';
const SCHEMA_PREFIXES = ['https://schema.org/', 'http://schema.org/', 'schema:'];

/** Scores the @type values of one JSON-LD script; stops once `decided()` (long @graph blobs).
 * Only the @type values matter here: a string scan finds them without parsing the blob (and
 * without a regex, whose compiled code is cold on every page load). */
function scoreJsonLd(raw: string, t: Tally, seen: JsonLdSeen, decided: () => boolean): void {
  for (let at = raw.indexOf(TYPE_KEY); at >= 0; at = raw.indexOf(TYPE_KEY, at + TYPE_KEY.length)) {
    // The value after the colon: "Type" or ["Type", …].
    let i = at + TYPE_KEY.length;
    while (raw.charCodeAt(i) <= 32) i++;
    if (raw[i] !== ':') continue;
    i++;
    while (raw.charCodeAt(i) <= 32) i++;
    const end = raw[i] === '[' ? raw.indexOf(']', i) : raw[i] === '"' ? raw.indexOf('"', i + 1) : -1;
    if (end < 0) continue;
    // Splitting at the quotes leaves the quoted names at the odd positions.
    const parts = raw.slice(i, end + 1).split('"');
    for (let k = 1; k < parts.length; k += 2) {
      const name = withoutSchemaPrefix(parts[k]!);
      if (!seen.article && ARTICLE_TYPES.has(name)) {
        seen.article = true;
        add(t, WEIGHT.jsonldArticle, `jsonld:${name}`);
      } else if (!seen.nonArticle && NON_ARTICLE_TYPES.has(name)) {
        seen.nonArticle = true;
        add(t, WEIGHT.jsonldNonArticle, `jsonld:${name}`);
      }
    }
    if (decided()) return;
  }
}

function withoutSchemaPrefix(name: string): string {
  for (const prefix of SCHEMA_PREFIXES) if (name.startsWith(prefix)) return name.slice(prefix.length);
  return name;
}

/** <head>: the document element's first child as a rule (happy-dom's doc.head searches the whole
 * tree and caches the answer, a cost on every fresh page), else whatever doc.head finds. */
function headOf(doc: Document): HTMLHeadElement | null {
  const first = doc.documentElement?.firstElementChild;
  return first && first.tagName === 'HEAD' ? (first as HTMLHeadElement) : doc.head;
}

/** Meta tags and JSON-LD of <head>, in document order. Stops at the first cue that makes
 * `decided()` true: the cost of a metadata-decisive page is the number of head elements touched
 * (each costs ~1 µs on a freshly parsed page in happy-dom, and heads hold up to ~150), so a JSON-LD
 * script is read where it stands rather than after a full scan. */
function scoreHead(doc: Document, t: Tally, decided: () => boolean): void {
  const head = headOf(doc);
  if (!head) return;
  // Open Graph tags use property=; name= is a rare misuse, read in a second pass only when the
  // first did not settle it.
  const named: Element[] = [];
  const seen: JsonLdSeen = { article: false, nonArticle: false };
  // for…of, not indexing: happy-dom answers each index of a live collection through a Proxy.
  for (const el of head.children) {
    const tag = el.tagName;
    if (tag === 'META') {
      const property = el.getAttribute('property');
      if (property === null) named.push(el);
      else if (scoreMetaTag(el, property, t) && decided()) return;
    } else if (tag === 'SCRIPT' && includesIgnoreCase(el.getAttribute('type') ?? '', 'ld+json')) {
      scoreJsonLd(el.textContent ?? '', t, seen, decided);
      if (decided()) return;
    }
  }
  for (const el of named) {
    const name = el.getAttribute('name') ?? '';
    if (equalsIgnoreCase(name, 'viewport')) t.responsive = true;
    else if (scoreMetaTag(el, name, t) && decided()) return;
  }
}

/** Whether `text` lowercased equals `lower` (lowercase ASCII without 'k': only the Kelvin sign
 * lowercases to ASCII from outside it). toLowerCase() would do, but on strings cut from a page
 * that is not Latin-1 it goes through ICU: a cost on every meta tag of every page. */
function equalsIgnoreCase(text: string, lower: string): boolean {
  if (text.length !== lower.length) return false;
  for (let i = 0; i < lower.length; i++) if (!sameLetter(text.charCodeAt(i), lower.charCodeAt(i))) return false;
  return true;
}

/** Whether `text` lowercased contains `lower` (same conditions as equalsIgnoreCase). */
function includesIgnoreCase(text: string, lower: string): boolean {
  outer: for (let at = 0; at + lower.length <= text.length; at++) {
    for (let i = 0; i < lower.length; i++) if (!sameLetter(text.charCodeAt(at + i), lower.charCodeAt(i))) continue outer;
    return true;
  }
  return false;
}

/** Whether character `c` lowercases to the lowercase ASCII character `l`. */
function sameLetter(c: number, l: number): boolean {
  return c === l || (c >= 65 && c <= 90 && c + 32 === l);
}

/** Scores one meta tag by its key; true when it was a cue. */
function scoreMetaTag(el: Element, key: string, t: Tally): boolean {
  if (equalsIgnoreCase(key, 'og:type')) {
    const v = (el.getAttribute('content') ?? '').trim().toLowerCase();
    if (v === 'article' || v === 'og:article' || v === 'blog' || v === 'news') {
      add(t, WEIGHT.ogArticle, `og:type=${v}`);
      t.ogArticle = true;
    }
    else if (OG_NON_ARTICLE.test(v)) add(t, WEIGHT.ogNonArticle, `og:type=${v}`);
    else if (OG_MEDIA.test(v)) add(t, WEIGHT.ogMedia, `og:type=${v}`);
    else return false;
    return true;
  }
  if (equalsIgnoreCase(key, 'article:published_time') && !t.reasons.includes('article:published_time')) {
    add(t, WEIGHT.publishedTime, 'article:published_time');
    return true;
  }
  return false;
}

function scoreUrl(url: URL, t: Tally): void {
  // Only escaped paths (non-Latin slugs) are decoded: most are plain ASCII and skip the call.
  const raw = pathOf(url);
  const path = raw.includes('%') ? decodeSafe(raw) : raw;
  // A bare site root says nothing either way: saved pages and some corpora only keep the host.
  if (path === '/' || path === '') return;
  if (isArticlePath(path)) {
    add(t, WEIGHT.articlePath, 'url:article');
    t.articlePath = true;
  }
  else if (NON_ARTICLE_PATH.test(path) || NON_ARTICLE_QUERY.test(url.search)) add(t, WEIGHT.nonArticlePath, 'url:listing');
}

/** ARTICLE_PATH.test(path), spelled out for ASCII paths (all but decoded non-Latin slugs): the
 * regex's Unicode classes compile to a large matcher that V8 rebuilds once its code has aged out
 * between page loads, which made the URL check a tenth of the cost of a metadata-decided page. */
function isArticlePath(path: string): boolean {
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) > 127) return ARTICLE_PATH.test(path);
  return isDatedPath(path) || isSlugPath(path) || isNumberedPath(path);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlnum = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `/` or `-`. */
const isDateSeparator = (c: number): boolean => c === 47 || c === 45;

/** `/(?:19|20)\d{2}[/-]?(?:0[1-9]|1[0-2])(?:[/-]?\d{2})?[/-]` anywhere in the path. */
function isDatedPath(p: string): boolean {
  for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) {
    const c1 = p.charCodeAt(i + 1);
    const c2 = p.charCodeAt(i + 2);
    if (!((c1 === 49 && c2 === 57) || (c1 === 50 && c2 === 48)) || !isDigit(p.charCodeAt(i + 3)) || !isDigit(p.charCodeAt(i + 4))) continue;
    let j = i + 5;
    if (isDateSeparator(p.charCodeAt(j))) j++;
    const m1 = p.charCodeAt(j);
    const m2 = p.charCodeAt(j + 1);
    if (!((m1 === 48 && m2 >= 49 && m2 <= 57) || (m1 === 49 && m2 >= 48 && m2 <= 50))) continue;
    const d = p.charCodeAt(j + 2);
    if (isDateSeparator(d) || (isDigit(d) && isDigit(p.charCodeAt(j + 3)) && isDateSeparator(p.charCodeAt(j + 4)))) return true;
  }
  return false;
}

/** `/[a-z\d]+(?:[-_][a-z\d]+){3,}(?:\.\w+)?\/?$` (any case): a slug of 4+ words as the last segment. */
function isSlugPath(p: string): boolean {
  const end = p.charCodeAt(p.length - 1) === 47 ? p.length - 1 : p.length;
  const slash = end > 0 ? p.lastIndexOf('/', end - 1) : -1;
  if (slash < 0) return false;
  let words = 0;
  let run = 0;
  let i = slash + 1;
  for (; i < end; i++) {
    const c = p.charCodeAt(i);
    if (isAlnum(c)) run++;
    else if ((c === 45 || c === 95) && run > 0) {
      words++;
      run = 0;
    } else break;
  }
  if (run === 0 || words + 1 < 4) return false;
  if (i === end) return true;
  // An extension: a dot and word characters to the end.
  if (p.charCodeAt(i) !== 46 || i + 1 === end) return false;
  for (i++; i < end; i++) if (!isAlnum(p.charCodeAt(i)) && p.charCodeAt(i) !== 95) return false;
  return true;
}

const NUMBERED_ENDINGS = new Set(['', '.htm', '.html', '.shtm', '.shtml']);

/** `/\d{6,}(?:\.s?html?)?$`: a numeric id as the last segment. */
function isNumberedPath(p: string): boolean {
  const start = p.lastIndexOf('/') + 1;
  if (start === 0) return false;
  let i = start;
  while (isDigit(p.charCodeAt(i))) i++;
  return i - start >= 6 && NUMBERED_ENDINGS.has(p.slice(i));
}

/** url.pathname, cut from the href: the href is a stored string, while Node's pathname getter goes
 * through several internal getters, a cost on every page load. */
function pathOf(url: URL): string {
  const href = url.href;
  const scheme = href.indexOf('://');
  const start = scheme < 0 ? -1 : href.indexOf('/', scheme + 3);
  if (start < 0) return url.pathname;
  let end = start;
  while (end < href.length && href.charCodeAt(end) !== 63 && href.charCodeAt(end) !== 35) end++; // ? #
  return href.slice(start, end);
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
    // Pre-responsive templates (no viewport tag) also wrap those lines in <span>/<font>: their
    // text counts too there (on responsive pages such spans are widgets' labels and prices).
    for (const parent of parents) count(parent, parent, inlineText(parent, !t.responsive));
    // Pre-responsive templates (no viewport tag) also write each paragraph as a bare <div> of
    // text (or the whole story as one): such a div is a paragraph, grouped with its siblings as
    // <p>s are (Readability's rule for divs without block children). Responsive templates that
    // write text in bare divs are shops and apps (cards, widgets, reviews), not stories.
    if (!t.responsive && Math.max(0, ...proseByParent.values()) < TEXT_MEDIUM) {
      // Sampled across the page like the paragraphs, and counted only when some container holds
      // a story's worth: the many small divs of menus and teaser grids are no evidence either way.
      const divs = body.getElementsByTagName('div');
      const step = Math.max(1, Math.ceil(divs.length / MAX_DIVS));
      const found: [Element, Element, string][] = [];
      const byParent = new Map<Element, number>();
      let best = 0;
      for (let i = 0, n = divs.length; i < n; i += step) {
        const div = divs[i]!;
        if (parents.has(div)) continue;
        const text = inlineText(div);
        const u = units(text);
        if (u < MIN_PARAGRAPH_UNITS) continue;
        const parent = div.parentElement ?? body;
        const inParent = (byParent.get(parent) ?? 0) + u * step;
        byParent.set(parent, inParent);
        best = Math.max(best, inParent);
        found.push([div, parent, text]);
      }
      if (best >= TEXT_MEDIUM) {
        stride = step;
        for (const [div, parent, text] of found) count(div, parent, text);
        stride = 1;
      }
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

/** The text an element holds itself: its text nodes and (with `formatted`) inline formatting, not
 * links (navigation) or blocks (measured on their own). */
function inlineText(el: Element, formatted = true): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3 || (formatted && node.nodeType === 1 && INLINE_TEXT_TAGS.has((node as Element).tagName))) text += node.textContent ?? '';
  }
  return text;
}

/** Collapsed text for comparing a description with paragraph text. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Adds the lede cue when the meta description quotes the opening of one of the first paragraphs. Run
 * only on undecided pages, after the body sample, so decisive pages never pay for it. */
function scoreLede(doc: Document, t: Tally): void {
  const head = headOf(doc);
  const body = doc.body;
  if (!head || !body) return;
  let description = '';
  let title = '';
  for (const el of head.children) {
    if (description && title) break;
    if (el.tagName === 'META' && equalsIgnoreCase(el.getAttribute('name') ?? '', 'description')) description = squash(el.getAttribute('content') ?? '');
    else if (el.tagName === 'TITLE' && !title) title = squash(el.textContent ?? '');
  }
  if (description.length < MIN_LEDE_CHARS) return;
  const opening = description.slice(0, LEDE_CHARS);
  const paragraphs = body.getElementsByTagName('p');
  for (let i = 0, n = Math.min(paragraphs.length, MAX_PARAGRAPHS); i < n; i++) {
    const text = squash(paragraphs[i]!.textContent ?? '');
    // Portals often write the description as the headline followed by the lede: the paragraph's
    // opening then follows a prefix that opens the <title> (a forum's description that quotes the
    // first post from its second line on has no such prefix).
    const at = text.length >= LEDE_CHARS ? description.indexOf(text.slice(0, LEDE_CHARS)) : -1;
    const quoted = text.startsWith(opening) || (at > 0 && title.startsWith(description.slice(0, at).trim()));
    if (quoted && units(text) >= MIN_PARAGRAPH_UNITS) {
      add(t, WEIGHT.descriptionLede, 'description-lede');
      return;
    }
  }
}

export function detect(doc: Document, url: URL): Detection {
  const t: Tally = { score: 0, reasons: [] };
  const decided = (): boolean => t.score >= DECISIVE_SCORE || t.score <= -NEGATIVE_DECISIVE_SCORE;
  // Cheapest first: the URL, then <head> (meta tags and JSON-LD), then the body query; each step
  // runs only when the ones before did not settle the question.
  scoreUrl(url, t);
  scoreHead(doc, t, decided);
  // Not decided here means every head tag was read: a negative cue would have been seen.
  if (!decided() && t.ogArticle && t.articlePath && t.score > 0) add(t, WEIGHT.ogArticleOnArticlePath, 'og-article-url');
  if (decided()) t.reasons.push('metadata-decisive');
  else {
    scoreBody(doc, t);
    if (t.score < DETECTION_THRESHOLD && t.score + WEIGHT.descriptionLede >= DETECTION_THRESHOLD) scoreLede(doc, t);
  }
  return { isArticle: t.score >= DETECTION_THRESHOLD, score: t.score, reasons: t.reasons };
}
