// Stages that run on the chosen article parts, after selectContent (score.ts):
//   extractKeyPoints     the publisher's key-point list at the top becomes Article.keyPoints
//   removeTeaserLinks    paragraphs that are only a link to another story
//   removeDisclaimers    the publisher's disclaimer/copyright notice closing the article
//   removeConditionally  Readability's _cleanConditionally, CJK-aware: link lists, image strips,
//                        form remnants and tiny fragments inside the article container
import { DISCLAIMER_PHRASES } from '../lang/clutter';
import { describe, firstText, INLINE_TAGS } from './dom';
import { classOf, isRemoved, linkDensity, note, type CleanContext, type Stats } from './clean';
import { classWeight } from './score';
import { SENTENCE_END } from './text-weight';

const CONDITIONAL_TAGS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'fieldset', 'aside', 'header', 'footer', 'nav', 'center']);
/** An element with this many clause separators is prose (Readability: 10 commas). */
const PROSE_COMMAS = 10;
/** Shorter than this (weighted) and not a list: a fragment (Readability: 25 chars). */
const FRAGMENT_WEIGHT = 25;
/** Link density above which a plain container is navigation (Readability: 0.2 / 0.5 for positive class). */
const LINK_DENSITY_PLAIN = 0.2;
const LINK_DENSITY_POSITIVE = 0.5;
/** Plain text (weighted) that stands for one paragraph when a box has no <p> (form-remnant test). */
const FORM_TEXT_PER_PARAGRAPH = 200;
/** A list whose items are mostly links is a teaser list ("More articles" without a label). */
const LIST_LINK_DENSITY = 0.6;

/** Publisher key-point lists: 2–8 sentence items, no link lists. */
const KEY_POINTS_MIN_ITEMS = 2;
const KEY_POINTS_MAX_ITEMS = 8;
const KEY_POINT_MIN_WEIGHT = 15;
const KEY_POINTS_MAX_LINK_DENSITY = 0.3;
/** A paragraph this long (weighted) starts the article text: key points come before it. */
const BODY_START_WEIGHT = 80;

function hasAncestor(el: Element, tag: string, stop: Element): boolean {
  for (let p = el.parentElement; p && p !== stop; p = p.parentElement) if (p.localName === tag) return true;
  return false;
}

/** Readability's data-table test: layout tables are unwrapped, data tables kept whole. */
export function isDataTable(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation' || table.getAttribute('datatable') === '0') return false;
  if (table.querySelector('table')) return false;
  if (table.getAttribute('summary') || table.querySelector('caption, thead, th')) return true;
  if (table.querySelector('td > p, td > div, td > ul, td > ol, td > h1, td > h2, td > h3, td > blockquote, td > figure')) return false;
  const rows = table.querySelectorAll('tr');
  let columns = 0;
  for (const row of rows) columns = Math.max(columns, row.children.length);
  return rows.length >= 10 || columns > 4 || (columns > 1 && rows.length * columns > 10);
}

function shouldRemove(el: Element, s: Stats, root: Element, scores: Map<Element, number>, ctx: CleanContext): string | null {
  const tag = el.localName;
  if (tag === 'table' && isDataTable(el)) return null;
  if (hasAncestor(el, 'table', root) && tag !== 'table') return null;
  if (hasAncestor(el, 'pre', root) || hasAncestor(el, 'code', root)) return null;
  const weight = classWeight(el, ctx.attributes?.get(el));
  // A list of prose items (a bullet list split into one-item <ul>s) scores below zero by its tag
  // alone: its score may only save it, as in Readability 0.6; link lists still go on theirs.
  const score = scores.get(el) ?? 0;
  const proseList = (tag === 'ul' || tag === 'ol') && linkDensity(s) < LINK_DENSITY_PLAIN;
  if (weight + (proseList ? Math.max(0, score) : score) < 0) return `negative class weight ${weight}`;
  if (el !== root && isTeaserCard(el, ctx)) return 'teaser card';
  if (el !== root && isAppPromo(el, s, ctx)) {
    removePromoHeading(el, ctx);
    return 'app promo';
  }
  if (s.commas >= PROSE_COMMAS) return null;
  const isList = tag === 'ul' || tag === 'ol' || tag === 'dl';
  const density = linkDensity(s);
  if (isList) {
    if (s.listItems >= 2 && density > LIST_LINK_DENSITY) return `link list (link density ${density.toFixed(2)})`;
    return null;
  }
  const p = s.paragraphs;
  const inFigure = hasAncestor(el, 'figure', root);
  if (s.images > 1 && p / s.images < 0.5 && !inFigure && s.weight < FRAGMENT_WEIGHT * 4) return 'image strip';
  if (s.listItems - 100 > p) return 'more list items than paragraphs';
  // Text set with <br> instead of <p> (old portals) counts as paragraphs too: a story with a stray input is no form.
  const textParagraphs = Math.max(p, Math.floor((s.weight - s.linkWeight) / FORM_TEXT_PER_PARAGRAPH));
  if (s.inputs > Math.floor(textParagraphs / 3)) return 'form remnant';
  if (s.headings === 0 && s.weight < FRAGMENT_WEIGHT && (s.images === 0 || s.images > 2) && !inFigure && s.links > 0) return 'tiny link fragment';
  if (weight < CLASS_POSITIVE && density > LINK_DENSITY_PLAIN) return `link density ${density.toFixed(2)}`;
  if (weight >= CLASS_POSITIVE && density > LINK_DENSITY_POSITIVE) return `link density ${density.toFixed(2)}`;
  return null;
}
const CLASS_POSITIVE = 25;

/** Links to an app store's download page. */
const APP_STORE_LINK = /(?:itunes|apps)\.apple\.com\/.*\bapp\b|play\.google\.com\/store\/apps|market\.android\.com|appgallery\.huawei\.com/i;
/** A box this light with an app-store link is the publisher's app promo ("Get our app: breaking news,
 * share by e-mail… [App Store]"), not the story; the short line right before it is its heading. */
const APP_PROMO_MAX_WEIGHT = 300;
const APP_PROMO_HEADING_MAX_WEIGHT = 60;

/** Closing punctuation of a sentence (and an ellipsis) at the end of a line: the story's last line
 * ends so, a promo's heading ("Our app") does not. Narrower than SENTENCE_END, which also takes
 * closing quotes and colons. */
const ENDS_SENTENCE = /[.!?。！？…]\s*$/u;

function isAppPromo(el: Element, s: Stats, ctx: CleanContext): boolean {
  if (s.links === 0 || s.weight > APP_PROMO_MAX_WEIGHT) return false;
  return descendants(el, ctx, 'a').some((a) => APP_STORE_LINK.test(ctx.attributes?.get(a)?.href ?? a.getAttribute('href') ?? ''));
}

/** The short linkless line right before an app promo is its heading: it goes with the promo. */
function removePromoHeading(promo: Element, ctx: CleanContext): void {
  let prev = promo.previousElementSibling;
  while (prev && !ctx.removed.has(prev) && (ctx.stats.get(prev)?.weight ?? 0) === 0) prev = prev.previousElementSibling;
  const ps = prev && !ctx.removed.has(prev) ? ctx.stats.get(prev) : undefined;
  if (!prev || !ps || ps.links > 0 || ps.weight > APP_PROMO_HEADING_MAX_WEIGHT || ENDS_SENTENCE.test(prev.textContent ?? '')) return;
  note(ctx, 'removeConditionally', () => `${describe(prev!)} (the heading of an app promo)`);
  ctx.removed.add(prev);
}

/** Another story's card set inline, with no <p> or heading (a thumbnail, a linked headline, a date,
 * a summary, a "more" marker): it opens with its headline link, after at most a short kicker
 * ("Cars"), and has a summary of its own; a rail holds several such boxes of one class. Its summary
 * can be long enough to pass the link-density test, so the shape decides. */
const CARD_MAX_WEIGHT = 600;
const CARD_KICKER_MAX_CHARS = 30;
const CARD_HEADLINE_MIN_WEIGHT = 15;
const CARD_SUMMARY_MIN_WEIGHT = 40;

function opensWithHeadlineLink(el: Element, ctx: CleanContext): boolean {
  const s = ctx.stats.get(el);
  if (!s || s.paragraphs > 0 || s.headings > 0 || s.links === 0 || s.weight > CARD_MAX_WEIGHT) return false;
  if (s.weight - s.linkWeight < CARD_SUMMARY_MIN_WEIGHT) return false;
  let kicker = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (!text || isRemoved(node.parentElement ?? el, ctx, el)) continue;
    let link: Element | null = node.parentElement;
    while (link && link !== el && link.localName !== 'a') link = link.parentElement;
    if (link && link !== el) return (ctx.stats.get(link)?.weight ?? 0) >= CARD_HEADLINE_MIN_WEIGHT;
    kicker += text.length;
    if (kicker > CARD_KICKER_MAX_CHARS) return false;
  }
  return false;
}

/** A card shape next to a box of the same class with the same shape (a paragraph that merely
 * opens with a link has no such twin). */
function isTeaserCard(el: Element, ctx: CleanContext): boolean {
  const cls = classOf(el, ctx);
  if (!cls || !opensWithHeadlineLink(el, ctx)) return false;
  for (const sibling of [el.previousElementSibling, el.nextElementSibling]) {
    if (sibling && classOf(sibling, ctx) === cls && opensWithHeadlineLink(sibling, ctx)) return true;
  }
  return false;
}

/** Descendants of `part` in document order, all or of one tag: from the page's element index when
 * there is one, as each querySelectorAll walks the subtree in happy-dom. */
function descendants(part: Element, ctx: CleanContext, tag?: string): Element[] {
  return ctx.index ? ctx.index.within(part, tag) : [...part.querySelectorAll(tag ?? '*')];
}

/** removeConditionally: deepest first, so a container is judged on what is left inside it. */
export function removeConditionally(parts: Element[], ctx: CleanContext, scores: Map<Element, number>): void {
  for (const part of parts) {
    const all = descendants(part, ctx).filter((el) => CONDITIONAL_TAGS.has(el.localName));
    if (CONDITIONAL_TAGS.has(part.localName) && parts.length > 1) all.unshift(part);
    for (let i = all.length - 1; i >= 0; i--) {
      const el = all[i]!;
      const s = ctx.stats.get(el);
      if (!s || isRemoved(el, ctx, part)) continue;
      const why = shouldRemove(el, s, part, scores, ctx);
      if (why) {
        note(ctx, 'removeConditionally', `${describe(el)} (${why})`);
        ctx.removed.add(el);
      }
    }
  }
}

/** A paragraph that is nothing but a link is a teaser for another story ("CLICK HERE TO GET THE APP"). */
const TEASER_LINK_DENSITY = 0.9;
const TEASER_MAX_LINKS = 2;

/** removeTeaserLinks: link-only paragraphs between the article's paragraphs. */
export function removeTeaserLinks(parts: Element[], ctx: CleanContext): void {
  for (const part of parts) {
    const paragraphs = part.localName === 'p' ? [part] : descendants(part, ctx, 'p');
    for (const p of paragraphs) {
      const s = ctx.stats.get(p);
      if (!s || s.links === 0 || s.links > TEASER_MAX_LINKS || linkDensity(s) < TEASER_LINK_DENSITY || s.images > 0) continue;
      if (isRemoved(p, ctx, part) || hasAncestor(p, 'li', part) || hasAncestor(p, 'blockquote', part)) continue;
      note(ctx, 'removeTeaserLinks', `${describe(p)} (a paragraph that is only a link)`);
      ctx.removed.add(p);
    }
  }
}

/** A block up to this weight holding a disclaimer phrase is the notice (≈ 300 CJK characters). */
const DISCLAIMER_MAX_WEIGHT = 900;
/** A line after the notice in its box (contact line, empty ad slot) this light goes with it. */
const DISCLAIMER_TAIL_WEIGHT = 300;

/** The nearest block element holding a text node, up to `part`. */
function blockOf(node: Node, part: Element): Element {
  let el = node.parentElement ?? part;
  while (el !== part && INLINE_TAGS.has(el.localName) && el.parentElement) el = el.parentElement;
  return el;
}

/** removeDisclaimers: short blocks holding a disclaimer phrase (utils/lang/<code>/clutter.ts), and
 * the light lines after them in the same box: portals close articles with these notices. Returns
 * the parts left (a part of its own can be the notice). */
export function removeDisclaimers(parts: Element[], ctx: CleanContext): Element[] {
  if (DISCLAIMER_PHRASES.length === 0) return parts;
  const dropped = new Set<Element>();
  const drop = (el: Element) => {
    ctx.removed.add(el);
    if (parts.includes(el)) dropped.add(el);
  };
  for (const part of parts) {
    if (ctx.removed.has(part)) continue;
    const walker = part.ownerDocument.createTreeWalker(part, 4);
    const blocks: Element[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      if (!DISCLAIMER_PHRASES.some((phrase) => text.includes(phrase))) continue;
      const block = blockOf(node, part);
      // The whole article container is never the notice, a sibling part can be.
      if ((block === part && parts.length === 1) || blocks.includes(block) || isRemoved(block, ctx, part)) continue;
      if ((ctx.stats.get(block)?.weight ?? Infinity) > DISCLAIMER_MAX_WEIGHT) continue;
      blocks.push(block);
    }
    for (const block of blocks) {
      if (ctx.removed.has(block)) continue;
      note(ctx, 'removeDisclaimers', `${describe(block)} (a disclaimer notice)`);
      drop(block);
      // Contact lines and furniture after it go too, up to the first line of prose.
      for (let next = block.nextElementSibling; next; next = next.nextElementSibling) {
        if (ctx.removed.has(next)) continue;
        if ((ctx.stats.get(next)?.weight ?? 0) > DISCLAIMER_TAIL_WEIGHT || SENTENCE_END.test(next.textContent ?? '')) break;
        drop(next);
      }
    }
  }
  return dropped.size ? parts.filter((part) => !dropped.has(part)) : parts;
}

function listItems(list: Element): Element[] {
  return [...list.children].filter((c) => c.localName === 'li');
}

/** Text with each run of white space made one space, trimmed: for comparing texts. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The first paragraph of real text in the parts, where the article's prose starts. */
function bodyStart(parts: Element[], ctx: CleanContext): Element | null {
  const stats = ctx.stats;
  for (const part of parts) {
    if (part.localName === 'p' && (stats.get(part)?.weight ?? 0) >= BODY_START_WEIGHT) return part;
    for (const p of descendants(part, ctx, 'p')) if ((stats.get(p)?.weight ?? 0) >= BODY_START_WEIGHT && !isRemoved(p, ctx, part)) return p;
  }
  return null;
}

function precedes(a: Node, b: Node): boolean {
  // DOCUMENT_POSITION_FOLLOWING: b comes after a
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

function keyPointItems(list: Element, stats: Map<Element, Stats>): string[] | null {
  const items = listItems(list);
  if (items.length < KEY_POINTS_MIN_ITEMS || items.length > KEY_POINTS_MAX_ITEMS) return null;
  const s = stats.get(list);
  if (!s || linkDensity(s) > KEY_POINTS_MAX_LINK_DENSITY) return null;
  // Teaser cards (a linked headline, a picture, a summary) under a "Top stories" label are not
  // the article's points: key points are sentences, not links to other pages.
  if (s.images > 0 || s.headings > 0 || s.links >= items.length) return null;
  const texts = items.map((li) => collapse(li.textContent ?? ''));
  if (items.some((li) => (stats.get(li)?.weight ?? 0) < KEY_POINT_MIN_WEIGHT)) return null;
  return texts;
}

/**
 * extractKeyPoints: a list labelled "Key points"/「この記事のポイント」 or classed as a summary,
 * sitting before the first real paragraph, becomes keyPoints and leaves the body.
 */
export function extractKeyPoints(body: Element, parts: Element[], ctx: CleanContext): string[] {
  const start = bodyStart(parts, ctx);
  const candidates: { list: Element; label: Element | null }[] = ctx.keyPointLists.map((list) => ({ list, label: null }));
  for (const { node, kind } of ctx.labels) {
    if (kind !== 'keyPoints' || !node.parentElement || isRemoved(node.parentElement, ctx, body)) continue;
    // The label's own block (a heading or a <p>), then the first list after it.
    let labelBlock: Element | null = node.parentElement;
    while (labelBlock && labelBlock.parentElement && labelBlock.parentElement !== body && firstText(labelBlock.parentElement, ctx.removed) === node && (ctx.stats.get(labelBlock.parentElement)?.weight ?? 0) < 60) {
      labelBlock = labelBlock.parentElement;
    }
    let next = labelBlock?.nextElementSibling ?? null;
    if (next && next.localName !== 'ul' && next.localName !== 'ol') next = next.querySelector('ul, ol');
    if (labelBlock && next) candidates.push({ list: next, label: labelBlock });
  }
  candidates.sort((a, b) => (precedes(a.list, b.list) ? -1 : 1));
  for (const { list, label } of candidates) {
    if (isRemoved(list, ctx, body)) continue;
    if (start && !precedes(list, start)) continue;
    const items = keyPointItems(list, ctx.stats);
    if (!items) continue;
    note(ctx, 'extractKeyPoints', `${describe(list)} (${items.length} key points)`);
    ctx.removed.add(list);
    if (label) ctx.removed.add(label);
    return items;
  }
  return [];
}
