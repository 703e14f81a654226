// DOM → typed Block tree (types.ts). Page content never becomes markup again: the reader and the
// popup render these blocks with Preact. Lazy images are resolved (images.ts), links made
// absolute, ruby kept as ruby, layout tables unwrapped, data tables kept as tables.
import type { Block, ImageRef, Inline, TableCell } from './types';
import { absoluteUrl, INLINE_TAGS, matchString } from './dom';
import { resolveImage } from './images';
import { isDataTable } from './clean-content';
import { inlinesToText } from './blocks-text';
import { titleKey } from './title-match';

const EMPHASIS: Record<string, 'em' | 'strong' | 'code' | 'sub' | 'sup' | 'mark' | 'del'> = {
  em: 'em', i: 'em', cite: 'em', dfn: 'em', var: 'em',
  strong: 'strong', b: 'strong',
  code: 'code', kbd: 'code', samp: 'code', tt: 'code',
  sub: 'sub', sup: 'sup', mark: 'mark',
  del: 'del', s: 'del', strike: 'del',
};
const HEADING_LEVEL: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Cap on blocks, so a pathological page cannot build an unbounded tree. */
export const MAX_BLOCKS = 5000;

// A text boundary between two CJK characters is a source line break, not a space.
const CJK_GAP = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}、。，！？「」『』（）ー])[ \t\n\r\f]*\n[ \t\n\r\f]*(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}、。，！？「」『』（）ー])/gu;

interface Builder {
  base: URL;
  /** Elements the clean-up stages removed (clean.ts): skipped with their subtrees. */
  removed: ReadonlySet<Element>;
  noscriptImages: ReadonlyMap<Element, { src: string; alt: string }>;
  out: Block[];
  /** Images met inside inline content, emitted as figures after the paragraph. */
  pendingImages: ImageRef[];
}

function isImageElement(el: Element): boolean {
  return el.localName === 'img' || el.localName === 'picture' || el.localName === 'noscript';
}

function isBlockElement(el: Element): boolean {
  return !INLINE_TAGS.has(el.localName) && !isImageElement(el);
}

function hasBlockChild(el: Element): boolean {
  // A sibling walk: happy-dom builds el.children as a proxy on first use, costly for every link.
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (isBlockElement(child)) return true;
  return false;
}

function inlineChildren(el: Element, b: Builder): Inline[] {
  const out: Inline[] = [];
  for (let node: ChildNode | null = el.firstChild; node; node = node.nextSibling) inlineOf(node, b, out);
  return out;
}

function inlineOf(node: ChildNode, b: Builder, out: Inline[]): void {
  if (node.nodeType === 3) {
    const text = node.nodeValue ?? '';
    if (text) out.push({ type: 'text', text });
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (b.removed.has(el)) return;
  const tag = el.localName;
  if (tag === 'br') {
    out.push({ type: 'br' });
  } else if (tag === 'img' || tag === 'picture' || tag === 'noscript') {
    const img = imageOf(el, b);
    if (img) b.pendingImages.push(img);
  } else if (tag === 'ruby') {
    out.push(rubyOf(el));
  } else if (tag === 'rt' || tag === 'rp') {
    // outside <ruby>: stray annotation markup, no base text to attach to
  } else if (tag === 'a') {
    const children = inlineChildren(el, b);
    const href = absoluteUrl(el.getAttribute('href'), b.base);
    if (href && !href.startsWith(b.base.href.split('#')[0] + '#')) out.push({ type: 'link', href, children });
    else out.push(...children);
  } else if (EMPHASIS[tag]) {
    out.push({ type: EMPHASIS[tag], children: inlineChildren(el, b) });
  } else {
    // span, font, q, time, abbr, and block elements met inside inline context: their text only
    for (let child: ChildNode | null = el.firstChild; child; child = child.nextSibling) inlineOf(child, b, out);
  }
}

function imageOf(el: Element, b: Builder): ImageRef | null {
  const fromNoscript = b.noscriptImages.get(el) ?? (el.localName === 'picture' ? b.noscriptImages.get(el.querySelector('img') ?? el) : undefined);
  if (el.localName === 'noscript' && !fromNoscript) return null;
  return resolveImage(el, b.base, fromNoscript);
}

function rubyOf(el: Element): Inline {
  let base = '';
  let text = '';
  for (let node: ChildNode | null = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) base += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).localName;
      if (tag === 'rt') text += node.textContent ?? '';
      else if (tag !== 'rp') base += node.textContent ?? '';
    }
  }
  return { type: 'ruby', base: base.trim(), text: text.trim() };
}

function hasText(inlines: Inline[]): boolean {
  for (const i of inlines) {
    if (i.type === 'text' && i.text.trim()) return true;
    if (i.type === 'ruby' && i.base) return true;
    if ((i.type === 'link' || i.type === 'em' || i.type === 'strong' || i.type === 'code' || i.type === 'sub' || i.type === 'sup' || i.type === 'mark' || i.type === 'del') && hasText(i.children)) return true;
  }
  return false;
}

/** Collapse whitespace as a browser would, drop it between CJK lines, trim the ends. */
export function normalizeInlines(inlines: Inline[], nested = false): Inline[] {
  const merged: Inline[] = [];
  for (const i of inlines) {
    const last = merged[merged.length - 1];
    if (i.type === 'text' && last?.type === 'text') last.text += i.text;
    else if (i.type === 'text') merged.push({ type: 'text', text: i.text });
    else if (i.type === 'link' || i.type === 'em' || i.type === 'strong' || i.type === 'code' || i.type === 'sub' || i.type === 'sup' || i.type === 'mark' || i.type === 'del') {
      const children = normalizeInlines(i.children, true);
      if (children.length) merged.push({ ...i, children } as Inline);
    } else merged.push(i);
  }
  for (const i of merged) if (i.type === 'text') i.text = i.text.replace(CJK_GAP, '$1').replace(/[\s\u00a0]+/g, ' ');
  // Inside a link or emphasis the edges are kept: "<b><a>sacked</a> </b>last night" needs its space.
  if (nested) return merged.filter((i) => i.type !== 'text' || i.text !== '');
  // Trim at the edges and around line breaks.
  const trimEdge = (list: Inline[], side: 'start' | 'end') => {
    const node = side === 'start' ? list[0] : list[list.length - 1];
    if (node?.type === 'text') {
      node.text = side === 'start' ? node.text.trimStart() : node.text.trimEnd();
      if (!node.text) {
        if (side === 'start') list.shift();
        else list.pop();
        trimEdge(list, side);
      }
    } else if (node?.type === 'br') {
      if (side === 'start') list.shift();
      else list.pop();
      trimEdge(list, side);
    }
  };
  trimEdge(merged, 'start');
  trimEdge(merged, 'end');
  for (let k = 0; k < merged.length; k++) {
    const node = merged[k]!;
    if (node.type !== 'br') continue;
    const prev = merged[k - 1];
    const next = merged[k + 1];
    if (prev?.type === 'text') prev.text = prev.text.trimEnd();
    if (next?.type === 'text') next.text = next.text.trimStart();
  }
  return merged.filter((i) => i.type !== 'text' || i.text !== '');
}

function pushParagraph(b: Builder, inlines: Inline[]): void {
  // Two or more <br> in a row separate paragraphs (old CMSes and Chinese portals write <br><br>).
  let current: Inline[] = [];
  const emit = () => {
    const children = normalizeInlines(current);
    if (hasText(children)) b.out.push({ type: 'paragraph', children });
    current = [];
  };
  for (let k = 0; k < inlines.length; k++) {
    const node = inlines[k]!;
    if (node.type === 'br') {
      let j = k + 1;
      while (j < inlines.length && (inlines[j]!.type === 'br' || (inlines[j]!.type === 'text' && !(inlines[j] as { text: string }).text.trim()))) j++;
      const brs = inlines.slice(k, j).filter((i) => i.type === 'br').length;
      if (brs >= 2) {
        emit();
        k = j - 1;
        continue;
      }
    }
    current.push(node);
  }
  emit();
  flushImages(b);
}

function flushImages(b: Builder): void {
  if (!b.pendingImages.length) return;
  b.out.push({ type: 'figure', images: b.pendingImages, caption: [] });
  b.pendingImages = [];
}

function isRemovedWithin(el: Element, root: Element, b: Builder): boolean {
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) if (b.removed.has(p)) return true;
  return false;
}

function figureOf(el: Element, b: Builder): void {
  const images: ImageRef[] = [];
  for (const img of el.querySelectorAll('img, picture, noscript')) {
    if (img.localName === 'img' && img.parentElement?.localName === 'picture') continue;
    if (isRemovedWithin(img, el, b)) continue;
    const ref = imageOf(img, b);
    if (ref && !images.some((i) => i.src === ref.src)) images.push(ref);
  }
  const captionEl = el.querySelector('figcaption');
  const caption = captionEl ? normalizeInlines(inlineChildren(captionEl, { ...b, pendingImages: [] })) : [];
  if (images.length) {
    b.out.push({ type: 'figure', images, caption });
    return;
  }
  // A <figure> around a quote, table or code: its content is ordinary blocks.
  for (const child of el.children) if (child !== captionEl && !b.removed.has(child)) blocksOf(child, b);
  if (hasText(caption)) b.out.push({ type: 'paragraph', children: caption });
}

function tableOf(el: Element, b: Builder): void {
  const rows: TableCell[][] = [];
  const captionEl = el.querySelector('caption');
  const collectRows = (parent: Element) => {
    for (const child of parent.children) {
      if (b.removed.has(child)) continue;
      if (child.localName === 'tr') {
        const cells: TableCell[] = [];
        for (const cell of child.children) {
          if ((cell.localName !== 'td' && cell.localName !== 'th') || b.removed.has(cell)) continue;
          const tc: TableCell = { header: cell.localName === 'th', children: normalizeInlines(inlineChildren(cell, { ...b, pendingImages: [] })) };
          const colspan = parseInt(cell.getAttribute('colspan') ?? '', 10);
          const rowspan = parseInt(cell.getAttribute('rowspan') ?? '', 10);
          if (colspan > 1) tc.colspan = colspan;
          if (rowspan > 1) tc.rowspan = rowspan;
          cells.push(tc);
        }
        if (cells.some((c) => hasText(c.children))) rows.push(cells);
      } else if (child.localName === 'thead' || child.localName === 'tbody' || child.localName === 'tfoot') collectRows(child);
    }
  };
  collectRows(el);
  if (rows.length) b.out.push({ type: 'table', caption: captionEl ? normalizeInlines(inlineChildren(captionEl, b)) : [], rows });
}

function isListItem(el: Element): boolean {
  return el.localName === 'li' || el.localName === 'dd' || el.localName === 'dt';
}

/** The list's items, also those inside a <div> wrapped around each item (<ul><div><li>…</li></div></ul>,
 * a spacing box some page builders put into lists; browsers render these items as list items). */
function listItems(el: Element, removed: ReadonlySet<Element>): Element[] {
  const items: Element[] = [];
  for (const child of el.children) {
    if (removed.has(child)) continue;
    if (isListItem(child)) items.push(child);
    else if (child.localName === 'div') for (const inner of child.children) if (isListItem(inner) && !removed.has(inner)) items.push(inner);
  }
  return items;
}

function listOf(el: Element, b: Builder): void {
  const items: Block[][] = [];
  for (const child of listItems(el, b.removed)) {
    const item: Builder = { ...b, out: [], pendingImages: [] };
    containerOf(child, item);
    if (item.out.length) items.push(item.out);
  }
  if (items.length) b.out.push({ type: 'list', ordered: el.localName === 'ol', items });
}

/** Children of a container: inline runs become paragraphs, block children recurse. */
function containerOf(el: Element, b: Builder): void {
  let run: Inline[] = [];
  for (let node: ChildNode | null = el.firstChild; node; node = node.nextSibling) {
    if (b.out.length >= MAX_BLOCKS) return;
    if (node.nodeType === 1) {
      const child = node as Element;
      if (b.removed.has(child)) continue;
      if (isBlockElement(child) || (INLINE_TAGS.has(child.localName) && child.localName !== 'br' && hasBlockChild(child))) {
        pushParagraph(b, run);
        run = [];
        blocksOf(child, b);
        continue;
      }
      if (isImageElement(child)) {
        // A standalone image between paragraphs is a figure of its own.
        pushParagraph(b, run);
        run = [];
        const ref = imageOf(child, b);
        if (ref) b.out.push({ type: 'figure', images: [ref], caption: [] });
        continue;
      }
    }
    inlineOf(node, b, run);
  }
  pushParagraph(b, run);
}

/** The one link of an item-less box holds at least this share of its text. */
const ITEMLESS_LINK_SHARE = 0.8;

/** A list without items whose text sits in one link is a plain box (old portals put a story's
 * intro, linked to its full text, straight into a <dl>); other item-less lists stay dropped. */
function isItemlessBox(el: Element): boolean {
  for (const child of el.children) if (child.localName === 'li' || child.localName === 'dd' || child.localName === 'dt') return false;
  const links = el.getElementsByTagName('a');
  if (links.length !== 1) return false;
  return (links[0]!.textContent ?? '').trim().length >= ITEMLESS_LINK_SHARE * (el.textContent ?? '').trim().length;
}

/** Class/id naming a photo caption or credit outside <figure> (CMS image widgets, slideshows). */
const CAPTION_CUE = /(?:^|[\s_-])(?:caption|captions|credit|credits|photocredit|imagecredit|photo-caption|image-caption)(?:$|[\s_-])/i;
/** A caption box is short: a longer box with this class is a layout wrapper around text. */
const CAPTION_MAX_CHARS = 400;

/** A caption box outside <figure>: it describes a picture, so it becomes a figure caption (kept
 * for the reader, left out of the article text like <figcaption>), with any images before it.
 * A box holding a heading is no photo caption: some CMSs name the standfirst box "caption". */
function captionOf(el: Element, b: Builder): boolean {
  if (!CAPTION_CUE.test(matchString(el)) || (el.textContent ?? '').length > CAPTION_MAX_CHARS) return false;
  if (el.querySelector('h1, h2, h3, h4, h5, h6')) return false;
  const caption = normalizeInlines(inlineChildren(el, { ...b, pendingImages: [] }));
  if (!hasText(caption)) return false;
  b.out.push({ type: 'figure', images: b.pendingImages, caption });
  b.pendingImages = [];
  return true;
}

function blocksOf(el: Element, b: Builder): void {
  const tag = el.localName;
  const level = HEADING_LEVEL[tag];
  if (!level && tag !== 'figure' && tag !== 'table' && el.hasAttributes() && captionOf(el, b)) return;
  if (level) {
    const children = normalizeInlines(inlineChildren(el, b));
    if (hasText(children)) b.out.push({ type: 'heading', level, children });
    flushImages(b);
  } else if ((tag === 'ul' || tag === 'ol' || tag === 'dl') && !isItemlessBox(el)) listOf(el, b);
  else if (tag === 'blockquote') {
    const inner: Builder = { ...b, out: [], pendingImages: [] };
    containerOf(el, inner);
    if (inner.out.length) b.out.push({ type: 'blockquote', children: inner.out });
  } else if (tag === 'figure') figureOf(el, b);
  else if (tag === 'table') {
    if (isDataTable(el)) tableOf(el, b);
    else for (const cell of el.querySelectorAll('td, th')) if (cell.closest('table') === el && !isRemovedWithin(cell, el, b)) containerOf(cell, b);
  } else if (tag === 'pre') {
    const text = (el.textContent ?? '').replace(/^\n/, '').trimEnd();
    if (text.trim()) b.out.push({ type: 'pre', text });
  } else if (tag === 'hr') {
    if (b.out.length && b.out[b.out.length - 1]!.type !== 'hr') b.out.push({ type: 'hr' });
  } else if (tag === 'rt' || tag === 'rp') {
    // annotation markup outside ruby
  } else containerOf(el, b);
}

/** An image's alt text this long (letters and digits) is a description worth matching. */
const ALT_CAPTION_MIN_CHARS = 12;
/** The alt text is at least this share of the paragraph (the rest: a credit, the person quoted). */
const ALT_CAPTION_MIN_SHARE = 0.5;

/** A paragraph right after an uncaptioned picture that repeats the picture's alt text is its caption
 * in a plain <p>/<div> ("<img alt="X"><p>X / Photo: Agency</p>"): it becomes the figure's caption,
 * out of the article text like any caption. Run after credit lines go (body.ts): a "Source: …" line
 * may stand between the picture and its caption. */
export function attachAltCaptions(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    if (block.type === 'paragraph' && prev?.type === 'figure' && !hasText(prev.caption)) {
      const text = titleKey(inlinesToText(block.children));
      const repeatsAlt = prev.images.some((img) => {
        const alt = titleKey(img.alt);
        return alt.length >= ALT_CAPTION_MIN_CHARS && alt.length >= ALT_CAPTION_MIN_SHARE * text.length && text.includes(alt);
      });
      if (repeatsAlt) {
        out[out.length - 1] = { ...prev, caption: block.children };
        continue;
      }
    }
    out.push(block);
  }
  return out;
}

/** The article parts (score.ts) as blocks, in reading order, skipping what the stages removed. */
export function toBlocks(parts: Element[], base: URL, removed: ReadonlySet<Element>, noscriptImages: ReadonlyMap<Element, { src: string; alt: string }>): Block[] {
  const b: Builder = { base, removed, noscriptImages, out: [], pendingImages: [] };
  for (const part of parts) blocksOf(part, b);
  flushImages(b);
  while (b.out.length && b.out[b.out.length - 1]!.type === 'hr') b.out.pop();
  while (b.out.length && b.out[0]!.type === 'hr') b.out.shift();
  return b.out;
}
