// The page's <meta> tags as one lookup table, read once: Open Graph (property=), Twitter, Dublin
// Core, itemprop and plain name= all share a namespace of lower-cased keys.

export type MetaTags = ReadonlyMap<string, string>;

/** `metas`: the page's <meta> elements when the caller has them already (dom.ts ElementIndex). */
export function readMetaTags(doc: Document, metas: Iterable<Element> = Array.from(doc.getElementsByTagName('meta'))): MetaTags {
  const map = new Map<string, string>();
  for (const meta of metas) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    const value = content.trim();
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr);
      // The first occurrence wins: pages repeat og:image for alternates, the first is the main one.
      if (key) for (const k of key.toLowerCase().split(/\s+/)) if (k && !map.has(k)) map.set(k, value);
    }
  }
  return map;
}

export function firstMeta(meta: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const v = meta.get(key);
    if (v) return v;
  }
  return null;
}
