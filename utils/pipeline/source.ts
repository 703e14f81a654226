import type { OriginalSource } from './types';
import { readJsonLd, jsonLdString, isArticleNode, type JsonLdNode } from './jsonld';
import { ALL_SOURCE_LABELS } from '../lang/page';
import { collapseSpace } from './title';
import type { ElementIndex } from './dom';

// The original of a translated article: schema.org isBasedOn / translationOfWork when declared,
// else an external link labelled as the source (「引用元へ」, "Source: …", 출처, Quelle…). Labels of
// every language are tried: a Japanese translation site may label its link in English.
// <link rel="alternate" hreflang> is never a source: it points at the same article in another
// language on the same site, not at the original it was translated from.

const SCHEMA_KEYS = ['isBasedOn', 'isBasedOnUrl', 'translationOfWork'] as const;
/** Particles that may follow a label in a link's own text: 「引用元へ」「原文はこちら」「원문보기」「来源链接」. */
const LABEL_TAIL = /^(?:へ|はこちら|を読む|を見る|링크|보기|链接|連結|地址|[\s:：»›>→]+)*$/u;
/** Label and colon before the link, in the same block: "Source: <a>", 「出典：<a>」. */
const MAX_LABEL_PREFIX = 40;
/** Share and intent links are never the original article. */
const SHARE_LINK = /(?:\/share|sharer|intent\/tweet|\/intent\/|addtoany|line\.me|b\.hatena|pinterest\.com\/pin|mailto:|whatsapp|t\.me\/share|reddit\.com\/submit)/i;
/** Links inside these are captions, navigation or site chrome, not the article's source line. */
const EXCLUDED_CONTAINERS = 'nav, figcaption, figure, [role="navigation"], form';
/** Inline wrappers: the label may sit beside the link's wrapper rather than beside the link. */
const INLINE = new Set(['SPAN', 'EM', 'STRONG', 'B', 'I', 'SMALL', 'CITE', 'U', 'FONT', 'MARK']);
/** Safety bound on links examined per page. */
const MAX_LINKS = 3000;

const LABELS = ALL_SOURCE_LABELS.map((l) => l.toLowerCase()).sort((a, b) => b.length - a.length);

/** A hostname without its www prefix. */
function siteOf(hostname: string): string {
  return hostname.replace(/^www\d*\./, '');
}

export function domainOf(href: string): string {
  return siteOf(new URL(href).hostname);
}

/** An href with no scheme and no "//" host (after the blanks a URL parser skips) is a path on the
 * page's own site: never external, and not worth a URL parse (the costliest step of this reader). */
const SAME_SITE_PATH = /^(?![\u0000-\u0020]*[\\/][\t\n\r]*[\\/])[^:]*$/;

function externalHttp(href: string | null, base: URL): string | null {
  if (!href || SAME_SITE_PATH.test(href)) return null;
  try {
    const u = new URL(href, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    // domainOf of both, without parsing either URL again.
    if (siteOf(u.hostname) === siteOf(base.hostname)) return null;
    return SHARE_LINK.test(u.href) ? null : u.href;
  } catch {
    return null;
  }
}

/** The label a text consists of (label + particles), or null. */
function labelOf(text: string): string | null {
  const t = collapseSpace(text).toLowerCase();
  for (const label of LABELS) if (t.startsWith(label) && LABEL_TAIL.test(t.slice(label.length))) return label;
  return null;
}

/** The label that ends the text right before the link ("Source:", 「出典：」), or null. */
function labelBefore(anchor: Element): string | null {
  let el: Element = anchor;
  while (el.parentElement && INLINE.has(el.parentElement.tagName)) el = el.parentElement;
  const parent = el.parentElement;
  if (!parent) return null;
  let before = '';
  // A sibling walk: happy-dom's childNodes list is costly to copy.
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node === el) break;
    before += node.textContent ?? '';
    if (before.length > MAX_LABEL_PREFIX * 4) return null;
  }
  const t = collapseSpace(before).toLowerCase();
  if (!t || t.length > MAX_LABEL_PREFIX) return null;
  for (const label of LABELS) {
    const at = t.lastIndexOf(label);
    if (at < 0) continue;
    const tail = t.slice(at + label.length);
    const head = t.slice(0, at);
    if (/^\s*[:：]?\s*$/.test(tail) && (at === 0 || /[\s(（【\[|｜・、,]$/u.test(head))) return label;
  }
  return null;
}

function fromSchema(nodes: JsonLdNode[], url: URL): OriginalSource | null {
  const ordered = [...nodes.filter(isArticleNode), ...nodes.filter((n) => !isArticleNode(n))];
  for (const node of ordered) {
    for (const key of SCHEMA_KEYS) {
      const href = externalHttp(jsonLdString(node[key], 'url'), url);
      if (href) return { url: href, domain: domainOf(href), label: `schema:${key}` };
    }
  }
  return null;
}

/** `jsonld` and `index` let a caller that has already parsed the page's JSON-LD and elements pass them in. */
export function findOriginalSource(doc: Document, url: URL, jsonld: JsonLdNode[] = readJsonLd(doc), index?: ElementIndex): OriginalSource | null {
  const schema = fromSchema(jsonld, url);
  if (schema) return schema;
  const links = index ? (doc.body ? index.within(doc.body, 'a') : index.byTag('a')) : Array.from((doc.body ?? doc).getElementsByTagName('a'));
  // Each href is read once: an attribute read is a costly lookup in happy-dom.
  const anchors: [Element, string][] = [];
  for (const a of links) {
    const raw = a.getAttribute('href');
    if (raw !== null && anchors.push([a, raw]) >= MAX_LINKS) break;
  }
  let fallback: OriginalSource | null = null;
  for (const [a, raw] of anchors) {
    const href = externalHttp(raw, url);
    if (!href) continue;
    const label = labelOf(a.textContent ?? '') ?? labelBefore(a);
    if (!label || a.closest(EXCLUDED_CONTAINERS)) continue;
    const found = { url: href, domain: domainOf(href), label: collapseSpace(a.textContent ?? '') && labelOf(a.textContent ?? '') ? collapseSpace(a.textContent ?? '') : label };
    // Inside the article beats the site's footer ("Source code on GitHub" style links).
    if (a.closest('article, main, [itemprop="articleBody"]')) return found;
    fallback ??= found;
  }
  return fallback;
}
