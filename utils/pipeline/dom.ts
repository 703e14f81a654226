// Small DOM helpers shared by the body stages. They take the element they work on and never reach
// for globals, so they run the same in a content script and under happy-dom in Node.

/** Inline formatting elements: their text belongs to the paragraph around them. */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd',
  'label', 'mark', 'nobr', 'q', 'rb', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub',
  'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

/** Element and attribute-free description for the debug trail, e.g. "div#main.td-adspot". */
export function describe(el: Element): string {
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 2);
  return el.localName + (id ? `#${id}` : '') + cls.map((c) => `.${c}`).join('');
}

/** class + id + a few descriptive attributes, the string Readability-style cues are tested on. */
export function matchString(el: Element): string {
  // Most elements carry no attributes; each getAttribute is a costly lookup in happy-dom.
  if (!el.hasAttributes()) return ' ';
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/** First non-blank text node under el, in document order, skipping `skip`ped elements, or null. */
export function firstText(el: Node, skip?: ReadonlySet<Element>): Text | null {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      if ((child.nodeValue ?? '').trim()) return child as Text;
    } else if (child.nodeType === 1 && !skip?.has(child as Element)) {
      const found = firstText(child, skip);
      if (found) return found;
    }
  }
  return null;
}

/** Resolve a URL against the page's base; null for script and unparsable URLs. */
export function absoluteUrl(raw: string | null | undefined, base: URL): string | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  if (/^\s*(javascript|vbscript):/i.test(value)) return null;
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}

/** The first <base href>'s value: a tag-name lookup, as attribute selectors walk the whole tree in happy-dom. */
export function firstBaseHref(doc: Document): string | null {
  for (const base of Array.from(doc.getElementsByTagName('base'))) {
    const href = base.getAttribute('href');
    if (href !== null) return href;
  }
  return null;
}

/** The document's base URL: <base href> resolved against the page URL, else the page URL. */
export function baseUrlOf(doc: Document, url: URL): URL {
  const href = firstBaseHref(doc);
  if (href) {
    try {
      return new URL(href, url);
    } catch {
      /* a broken <base> is ignored, as browsers do */
    }
  }
  return url;
}
