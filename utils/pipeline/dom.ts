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
export function firstBaseHref(doc: Document, index?: ElementIndex): string | null {
  for (const base of index ? index.byTag('base') : Array.from(doc.getElementsByTagName('base'))) {
    const href = base.getAttribute('href');
    if (href !== null) return href;
  }
  return null;
}

/** The document's base URL: <base href> resolved against the page URL, else the page URL. */
export function baseUrlOf(doc: Document, url: URL, index?: ElementIndex): URL {
  const href = firstBaseHref(doc, index);
  if (href) {
    try {
      return new URL(href, url);
    } catch {
      /* a broken <base> is ignored, as browsers do */
    }
  }
  return url;
}

/** Children above which ElementIndex reads a parent's children as one list. */
const WIDE_PARENT = 16;

/**
 * Every element of a document in document order, by tag name, with each element's subtree span,
 * from one walk. happy-dom walks the whole tree for each getElementsByTagName call, and extract()
 * needs about ten of them (meta, script, link, base, h1, p, a, article...). Build it per call,
 * never cache it across calls: the page may change between two extractions.
 */
export class ElementIndex {
  private readonly all: Element[] = [];
  /** end[i]: the position after the last descendant of all[i]. */
  private readonly end: number[] = [];
  private readonly tags = new Map<string, { elements: Element[]; positions: number[] }>();

  constructor(doc: Document) {
    if (doc.documentElement) this.visit(doc.documentElement);
  }

  private visit(el: Element): void {
    const at = this.all.length;
    this.all.push(el);
    this.end.push(at + 1);
    const tag = this.tags.get(el.localName);
    if (tag) {
      tag.elements.push(el);
      tag.positions.push(at);
    } else this.tags.set(el.localName, { elements: [el], positions: [at] });
    // happy-dom's nextElementSibling scans the parent's child list: a wide parent is read as a list.
    if (el.childElementCount > WIDE_PARENT) for (const child of Array.from(el.children)) this.visit(child);
    else for (let child = el.firstElementChild; child; child = child.nextElementSibling) this.visit(child);
    this.end[at] = this.all.length;
  }

  /** Elements with this (lower-case) tag name in document order, like getElementsByTagName. */
  byTag(tag: string): readonly Element[] {
    return this.tags.get(tag)?.elements ?? [];
  }

  /** Descendants of `root` (not root itself), all or with one tag name, in document order. */
  within(root: Element, tag?: string): Element[] {
    const start = this.all.indexOf(root);
    if (start < 0) return Array.from(root.getElementsByTagName(tag ?? '*'));
    const stop = this.end[start]!;
    if (tag === undefined) return this.all.slice(start + 1, stop);
    const list = this.tags.get(tag);
    if (!list) return [];
    return list.elements.filter((_, i) => list.positions[i]! > start && list.positions[i]! < stop);
  }

  /** How many elements are below `root`. */
  countWithin(root: Element): number {
    const start = this.all.indexOf(root);
    return start < 0 ? root.getElementsByTagName('*').length : this.end[start]! - start - 1;
  }
}

