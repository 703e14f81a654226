// schema.org JSON-LD, read once per page by detect() and metadata: every node of every
// <script type="application/ld+json">, with @graph and arrays flattened.

export type JsonLdNode = Record<string, unknown>;

/** Types that describe one article (schema.org Article and its news/blog subtypes). */
export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting',
  'LiveBlogPosting', 'SatiricalArticle', 'Report', 'ScholarlyArticle', 'SocialMediaPosting',
]);

/** Types that say the page is something other than an article (shop, list, forum, search, docs). */
export const NON_ARTICLE_TYPES = new Set([
  'Product', 'ProductGroup', 'Offer', 'AggregateOffer', 'ItemList', 'CollectionPage', 'SearchResultsPage',
  'QAPage', 'DiscussionForumPosting', 'FAQPage', 'ProfilePage', 'Store', 'Recipe', 'Event',
  'SoftwareApplication', 'TechArticle', 'Course', 'JobPosting', 'RealEstateListing', 'Book', 'Movie',
]);

/** Safety bound: giant embedded data blobs are not metadata. */
const MAX_JSONLD_CHARS = 200_000;
/** Safety bound on nodes visited per page. */
const MAX_NODES = 500;

/** `scripts`: the page's <script> elements when the caller has them already (dom.ts ElementIndex). */
export function readJsonLd(doc: Document, scripts: Iterable<Element> = Array.from(doc.getElementsByTagName('script'))): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  // Tag-name lookup, then the type: an attribute selector walks the whole tree in happy-dom.
  for (const script of scripts) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    const raw = script.textContent ?? '';
    if (raw.length === 0 || raw.length > MAX_JSONLD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      // Pages often leave a trailing comma or raw newlines in strings: one cheap repair attempt.
      try {
        data = JSON.parse(raw.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' '));
      } catch {
        continue;
      }
    }
    collect(data, nodes, 0);
  }
  return nodes;
}

function collect(value: unknown, out: JsonLdNode[], depth: number): void {
  if (out.length >= MAX_NODES || depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  if ('@type' in node) out.push(node);
  if (Array.isArray(node['@graph'])) collect(node['@graph'], out, depth + 1);
  // A WebPage often wraps the article as mainEntity.
  if (node.mainEntity && typeof node.mainEntity === 'object') collect(node.mainEntity, out, depth + 1);
}

/** The node's @type values (a string or an array in the wild), without any "schema:" prefix. */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

export function isArticleNode(node: JsonLdNode): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.has(t));
}

/** A plain string from a JSON-LD value: a string, or the name/url/@id of an object, or the first of an array. */
export function jsonLdString(value: unknown, key: 'name' | 'url' = 'name'): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = jsonLdString(item, key);
      if (s) return s;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const obj = value as JsonLdNode;
    const v = obj[key] ?? (key === 'url' ? obj['@id'] ?? obj.contentUrl : undefined);
    return typeof v === 'string' ? v.trim() || null : null;
  }
  return null;
}

/** All names from a JSON-LD value that may be one person/organisation or a list of them. */
export function jsonLdNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => jsonLdString(v, 'name')).filter((s): s is string => !!s);
}
