import type { Article, ImageRef } from './types';
import { readJsonLd, isArticleNode, jsonLdNames, jsonLdString, typesOf, type JsonLdNode } from './jsonld';
import { readMetaTags, firstMeta, type MetaTags } from './meta-tags';
import { cleanTitle, collapseSpace, siteNameFromTitle } from './title';
import { titleKey } from './title-match';
import { parseMachineDate, parseTextDate } from './dates';
import { detectLanguage, primaryTag } from '../lang/detect-language';
import { pageCues, DEFAULT_PAGE_CUES } from '../lang/page';
import { RTL_LANGS } from '../text/script';
import { ElementIndex, firstBaseHref } from './dom';

// Article metadata from the page's own declarations (meta tags, JSON-LD), checked against what
// the page shows (h1, <time> inside the article). Read-only over the document.

export type Metadata = Pick<
  Article,
  'title' | 'byline' | 'siteName' | 'lang' | 'dir' | 'publishedTime' | 'url' | 'excerpt' | 'leadImage'
>;

/** What the page declares, parsed once and shared by the metadata readers. */
export interface PageFacts {
  doc: Document;
  url: URL;
  meta: MetaTags;
  jsonld: JsonLdNode[];
  /** The JSON-LD node describing the article itself, if any. */
  articleNode: JsonLdNode | null;
  /** The headline element: the first <h1> that is not the site logo. */
  h1: Element | null;
  /** The part of the page that belongs to the article (its <article>, or the h1's surroundings). */
  scope: Element | null;
  /** The page's elements by tag name, from one walk shared by every reader (dom.ts). */
  index: ElementIndex;
}

const TITLE_META = ['og:title', 'twitter:title', 'sailthru.title', 'parsely-title', 'dc.title'];
const SITE_META = ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:site'];
const AUTHOR_META = ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author', 'citation_author', 'twitter:creator'];
const DESCRIPTION_META = ['description', 'og:description', 'twitter:description', 'dc.description'];
const IMAGE_META = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'thumbnail'];
/** Publish-time meta keys in order of trust (Open Graph article, schema itemprop, then CMS-specific ones). */
const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'article.published', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date',
  'dcterms.created', 'dcterms.date', 'citation_publication_date', 'prism.publicationdate', 'og:published_time',
  'cxenseparse:recs:publishtime', 'date', 'original-publish-date', 'article:modified_time',
];
/** Elements that hold a byline in common CMS themes. */
// The first element matching '[rel="author"], [itemprop="author"], .byline, .author-name, .author,
// [class*="byline"], [class*="author-name"], address', found in one pass: happy-dom walks the tree
// once per selector of a list, which made this the costliest metadata read (profiled on
// scrapinghub-dev).
const BYLINE_CLASS_PARTS = ['byline', 'author-name'];
const BYLINE_CLASS_TOKEN = 'author';

function firstBylineElement(root: Element, index: ElementIndex): Element | null {
  for (const el of index.within(root)) {
    if (el.localName === 'address') return el;
    // Most elements have no attributes, and each attribute read is a lookup in happy-dom.
    if (!el.hasAttributes()) continue;
    if (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author') return el;
    const cls = el.getAttribute('class');
    if (cls && (BYLINE_CLASS_PARTS.some((p) => cls.includes(p)) || cls.split(/[\t\n\f\r ]+/).includes(BYLINE_CLASS_TOKEN))) return el;
  }
  return null;
}
/** A byline longer than this is a sentence or a bio, not a name list. */
const MAX_BYLINE_CHARS = 100;
/** Characters after the h1 searched for a labelled byline (the article's header line). */
const BYLINE_ZONE_CHARS = 200;
/** A labelled name longer than this ran into the next item of the header line. */
const MAX_LABELLED_NAME = 40;
/** Characters of the text after the h1 searched for a visible date (header-of-article zone). */
const DATE_ZONE_CHARS = 600;
/** Paragraphs sampled for language detection when no body text is given. */
const LANG_SAMPLE_PARAGRAPHS = 30;

/** <h1>s and <h2>s of each read as headline witnesses for the title (a witness must cover much of the raw title). */
const MAX_WITNESS_HEADINGS = 20;

function headingTexts(facts: PageFacts, tag: 'h1' | 'h2'): string[] {
  return facts.index.byTag(tag).slice(0, MAX_WITNESS_HEADINGS).map((h) => h.textContent ?? '');
}

export function readPageFacts(doc: Document, url: URL): PageFacts {
  const index = new ElementIndex(doc);
  const meta = readMetaTags(doc, index.byTag('meta'));
  const jsonld = readJsonLd(doc, index.byTag('script'));
  const articleNode = jsonld.find(isArticleNode) ?? null;
  const siteGuess = firstMeta(meta, SITE_META);
  const h1 = index.byTag('h1').slice(0, 5).find((h) => {
    const t = titleKey(h.textContent ?? '');
    return t.length > 0 && (!siteGuess || t !== titleKey(siteGuess)) && !h.querySelector('img:only-child');
  }) ?? null;
  const scope = (h1?.closest('article') ?? index.byTag('article')[0] ?? h1?.parentElement?.parentElement ?? null);
  return { doc, url, meta, jsonld, articleNode, h1, scope, index };
}

export function readMetadata(doc: Document, url: URL, options: { text?: string; lang?: string; facts?: PageFacts } = {}): Metadata {
  const facts = options.facts ?? readPageFacts(doc, url);
  const declaredLang = readDeclaredLang(facts);
  const excerpt = firstMeta(facts.meta, DESCRIPTION_META) ?? jsonLdString(facts.articleNode?.description);
  const headline = jsonLdString(facts.articleNode?.headline) ?? jsonLdString(facts.articleNode?.name);
  const rawTitle = collapseSpace(facts.index.byTag('title')[0]?.textContent ?? '');
  const sample = options.lang ? '' : options.text ?? sampleText(facts.index);
  const lang = options.lang ?? detectLanguage(`${headline ?? rawTitle}\n${sample || excerpt || ''}`, declaredLang);
  const siteName = readSiteName(facts) ?? siteNameFromTitle(rawTitle, { host: url.hostname, lang });
  const title = cleanTitle({
    raw: [firstMeta(facts.meta, TITLE_META) ?? '', rawTitle].filter(Boolean),
    // Later <h1>s too, after the first (old portals put their menu items in <h1>s above the
    // headline), then <h2>s (others keep the logo in the only <h1> and set the headline as an <h2>).
    witnesses: [headline ?? '', facts.h1?.textContent ?? '', ...headingTexts(facts, 'h1'), ...headingTexts(facts, 'h2')].filter(Boolean),
    siteName,
    host: url.hostname,
    lang,
  });
  return {
    title,
    byline: readByline(facts, lang),
    siteName,
    lang,
    dir: readDir(doc, lang),
    publishedTime: readPublishedTime(facts, lang),
    url: readCanonicalUrl(facts),
    excerpt: excerpt ? collapseSpace(excerpt) : null,
    leadImage: readLeadImage(facts),
  };
}

function sampleText(index: ElementIndex): string {
  const parts: string[] = [];
  for (const p of index.byTag('p').slice(0, LANG_SAMPLE_PARAGRAPHS)) parts.push(p.textContent ?? '');
  return parts.join('\n');
}

export function readDeclaredLang(facts: PageFacts): string {
  const attr = facts.doc.documentElement?.getAttribute('lang') || facts.doc.documentElement?.getAttribute('xml:lang');
  const declared = attr || facts.meta.get('content-language') || facts.meta.get('og:locale') || jsonLdString(facts.articleNode?.inLanguage) || '';
  return primaryTag(declared);
}

export function readSiteName(facts: PageFacts): string | null {
  const fromMeta = firstMeta(facts.meta, SITE_META);
  if (fromMeta && !/^@/.test(fromMeta)) return collapseSpace(fromMeta);
  const publisher = jsonLdString(facts.articleNode?.publisher);
  if (publisher) return collapseSpace(publisher);
  const site = facts.jsonld.find((n) => typesOf(n).includes('WebSite'));
  const siteNameLd = jsonLdString(site?.name);
  if (siteNameLd) return collapseSpace(siteNameLd);
  return fromMeta ? fromMeta.replace(/^@/, '') : null;
}

function cleanByline(raw: string, lang: string): string | null {
  let name = collapseSpace(raw);
  if (!name || /^https?:\/\//i.test(name) || name.length > MAX_BYLINE_CHARS) return null;
  // Labels stack ("作者：记者 王明"), so strip until nothing changes.
  for (let before = ''; before !== name;) {
    before = name;
    for (const re of [...pageCues(lang).bylineAffixes, ...DEFAULT_PAGE_CUES.bylineAffixes]) name = name.replace(re, '').trim();
  }
  name = name.replace(/^[|｜,，:：\-–—]+|[|｜,，:：\-–—]+$/g, '').trim();
  if (!name || !/\p{L}/u.test(name)) return null;
  return name;
}

export function readByline(facts: PageFacts, lang: string): string | null {
  const fromLd = facts.articleNode ? jsonLdNames(facts.articleNode.author) : [];
  const candidates = [fromLd.join(', '), firstMeta(facts.meta, AUTHOR_META) ?? ''];
  const root = facts.scope ?? facts.doc.body;
  const el = root ? firstBylineElement(root, facts.index) : null;
  if (el) candidates.push(el.getAttribute('content') ?? el.textContent ?? '');
  for (const c of candidates) {
    const name = c ? cleanByline(c, lang) : null;
    if (name) return name;
  }
  return facts.h1 ? labelledBylineNearHeadline(facts.h1, lang) : null;
}

/** Segments of the article's header line that carry a byline label ("文：佐藤花子",
 * "作者：记者 王明") although no class or meta marks them. */
function labelledBylineNearHeadline(h1: Element, lang: string): string | null {
  const labels = [...pageCues(lang).bylineAffixes, ...DEFAULT_PAGE_CUES.bylineAffixes].filter((re) => re.source.startsWith('^'));
  const zone = textAfter(h1, BYLINE_ZONE_CHARS);
  // Header lines separate their items with wide spaces, ideographic spaces or bars.
  for (const segment of zone.split(/\s{2,}|[\u3000|｜]/u)) {
    const s = segment.trim();
    if (!s || s.length > MAX_BYLINE_CHARS) continue;
    for (const re of labels) {
      const m = s.match(re);
      if (m && m[0].length > 0 && m[0].trim().length > 0) {
        // The header line goes on with the date: the name ends before the first number.
        const name = cleanByline(s.split(/\s+(?=\d)/)[0]!, lang);
        if (name && name.length <= MAX_LABELLED_NAME) return name;
      }
    }
  }
  return null;
}

function readDir(doc: Document, lang: string): 'ltr' | 'rtl' {
  const declared = (doc.documentElement?.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  if (declared === 'rtl' || declared === 'ltr') {
    // A dir that contradicts the detected script is a template default, like a wrong lang.
    if (declared === 'ltr' && RTL_LANGS.has(lang)) return 'rtl';
    if (declared === 'rtl' && !RTL_LANGS.has(lang) && lang !== 'und') return 'ltr';
    return declared;
  }
  return RTL_LANGS.has(lang) ? 'rtl' : 'ltr';
}

export function readPublishedTime(facts: PageFacts, lang: string): string | null {
  const ld = facts.articleNode;
  for (const v of [jsonLdString(ld?.datePublished), jsonLdString(ld?.dateCreated)]) {
    const iso = v ? parseMachineDate(v) : null;
    if (iso) return iso;
  }
  for (const key of PUBLISHED_META) {
    const v = facts.meta.get(key);
    const iso = v ? parseMachineDate(v) : null;
    if (iso) return iso;
  }
  const parsely = facts.meta.get('parsely-page');
  if (parsely) {
    try {
      const pub = (JSON.parse(parsely) as { pub_date?: unknown }).pub_date;
      const iso = typeof pub === 'string' ? parseMachineDate(pub) : null;
      if (iso) return iso;
    } catch { /* malformed parsely-page: ignore */ }
  }
  // Visible dates count only inside the article (never the site header's "today").
  const root = facts.scope;
  if (root) {
    const marked = root.querySelector('[itemprop="datePublished"], time[pubdate], time[datetime]');
    const value = marked?.getAttribute('datetime') ?? marked?.getAttribute('content');
    const iso = value ? parseMachineDate(value) : marked ? parseTextDate(marked.textContent ?? '', lang) : null;
    if (iso) return iso;
  }
  if (facts.h1) {
    const iso = parseTextDate(textAfter(facts.h1, DATE_ZONE_CHARS), lang);
    if (iso) return iso;
  }
  return dateFromUrl(facts.url);
}

/** Text that follows an element in document order, up to `limit` characters. */
function textAfter(el: Element, limit: number): string {
  let out = '';
  let node: Node | null = el;
  while (node && out.length < limit) {
    while (node && !node.nextSibling) node = node.parentNode;
    node = node?.nextSibling ?? null;
    if (node) out += ' ' + (node.textContent ?? '');
  }
  return out.slice(0, limit);
}

/** /2023/09/05/ in the path is a publish date on most news CMSs. */
function dateFromUrl(url: URL): string | null {
  const m = url.pathname.match(/\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:\/|[-_]|$)/);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:' ? u.href : null;
  } catch {
    return null;
  }
}

// The base is read once per page facts: each lookup walks the whole document, and readMetadata
// runs twice when the body changes the language guess.
const baseOfFacts = new WeakMap<PageFacts, string>();

function factsBase(facts: PageFacts): string {
  let base = baseOfFacts.get(facts);
  if (base === undefined) baseOfFacts.set(facts, (base = baseUrl(facts.doc, facts.url, facts.index)));
  return base;
}

/** Base for relative URLs: <base href> when the page sets one, else the page URL. */
export function baseUrl(doc: Document, url: URL, index?: ElementIndex): string {
  const base = firstBaseHref(doc, index);
  return absolute(base, url.href) ?? url.href;
}

/** The first <link rel~="canonical" i>'s href, found by tag name. */
function canonicalHref(index: ElementIndex): string | null {
  for (const link of index.byTag('link')) {
    const rel = link.getAttribute('rel');
    if (rel && rel.toLowerCase().split(/[\t\n\f\r ]+/).includes('canonical')) return link.getAttribute('href');
  }
  return null;
}

function readCanonicalUrl(facts: PageFacts): string {
  const base = factsBase(facts);
  const canonical = absolute(canonicalHref(facts.index), base) ?? absolute(facts.meta.get('og:url'), base);
  if (!canonical) return facts.url.href;
  // A canonical pointing at the home page from an inner page is a template error.
  const c = new URL(canonical);
  if (c.pathname === '/' && facts.url.pathname !== '/' && !c.search) return facts.url.href;
  return c.href;
}

function readLeadImage(facts: PageFacts): ImageRef | null {
  const base = factsBase(facts);
  const src = absolute(firstMeta(facts.meta, IMAGE_META), base) ?? absolute(jsonLdString(facts.articleNode?.image, 'url'), base);
  if (!src) return null;
  const width = Number(facts.meta.get('og:image:width'));
  const height = Number(facts.meta.get('og:image:height'));
  return {
    src,
    alt: facts.meta.get('og:image:alt') ?? '',
    ...(width > 0 ? { width } : {}),
    ...(height > 0 ? { height } : {}),
  };
}
