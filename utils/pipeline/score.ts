// Picks the element that holds the article, Readability-style but CJK-aware: paragraphs score by
// their weighted length (text-weight.ts) and clause separators including 、。，！？, and the
// parts around the winner are added without Readability's ASCII ". " sibling test.
import { INLINE_TAGS } from './dom';
import { classOf, isRemoved, linkDensity, type CleanContext, type Stats } from './clean';
import { SENTENCE_END } from './text-weight';

/** Below this much inline text (weighted, ≈ Readability's 25 chars) an element is not a paragraph. */
const MIN_PARAGRAPH_WEIGHT = 25;
/** One point per this much paragraph weight, at most PARAGRAPH_LENGTH_CAP points (Readability's 100 / 3). */
const PARAGRAPH_LENGTH_UNIT = 100;
const PARAGRAPH_LENGTH_CAP = 3;
/** Ancestors that share a paragraph's score (Readability: 5). */
const SCORE_ANCESTOR_LEVELS = 5;
/** Classes that name the article (+) or page furniture (−): Readability's positive/negative, trimmed. */
const POSITIVE_CLASS = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|honbun|kiji|detail|zhengwen|neirong|wenzhang/i;
const NEGATIVE_CLASS = /hidden|^hid$|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|(?:^|[\s_-])(?:nav|menu)(?:$|[\s_-])/i;
const CLASS_WEIGHT = 25;
/** A candidate with less text than this is a heading or a caption whose class says "content":
 * its class bonus must not beat the article (a td.contentheading over the story's td). */
const MIN_CANDIDATE_WEIGHT = 140;
/** Candidates within this share of the best may pull the choice up to their common ancestor. */
const ALTERNATIVE_SHARE = 0.75;
const MIN_ALTERNATIVES = 3;
/** An ancestor within ABSORB_LEVELS with little link text replaces the winner when it holds
 * ABSORB_MIN_PEERS other candidates scoring ABSORB_PEER_SHARE of it, or keeps ABSORB_SCORE_SHARE
 * of its score with ABSORB_WEIGHT_GAIN times its text (an article split into sections). */
const ABSORB_LEVELS = 6;
const ABSORB_PEER_SHARE = 0.4;
const ABSORB_MIN_PEERS = 2;
/** Peers are sections of prose, not teaser summaries (a related-posts card holds ~300). */
const ABSORB_PEER_MIN_WEIGHT = 500;
const ABSORB_SCORE_SHARE = 0.8;
const ABSORB_WEIGHT_GAIN = 1.5;
const ABSORB_LINK_DENSITY = 0.25;
/** Sibling threshold: share of the winner's score (Readability 0.2, floor 10). */
const SIBLING_SHARE = 0.2;
const SIBLING_FLOOR = 10;
/** A sibling paragraph this long with little link text is article text (Readability: 80 chars). */
const SIBLING_PARAGRAPH_WEIGHT = 80;
const SIBLING_LINK_DENSITY = 0.25;
/** A paragraph that opens with a copyright notice is the site's legal footer ("Owner and rights
 * holder: © Agency… Quoting only with a link…"), however long and comma-rich it is: no score. */
const COPYRIGHT_NOTICE = /©|\bcopyright\b/i;
const NOTICE_OPENING_CHARS = 80;
/** Shorter blocks with a © are photo credits and captions, which score as usual. */
const NOTICE_MIN_WEIGHT = 300;

// Elements whose text is a paragraph in its own right (their parent is the container).
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'blockquote', 'figcaption']);
// Never scored as paragraphs: link text, list items of menus, captions of tables.
const UNSCORED_TAGS = new Set(['li', 'dt', 'th', 'h1', 'caption', 'option', 'label']);

const TAG_BASE: Record<string, number> = {
  div: 5, article: 8, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** schema.org microdata marking the story text: the site names the box itself, as strongly as a
 * content class does (a lede box beside it may score as well when the body carries link rails). */
const ARTICLE_BODY_BONUS = CLASS_WEIGHT;

/** `attrs`: el's class and id when the clean walk has read them already. */
export function classWeight(el: Element, attrs?: { cls: string | null; id: string | null }): number {
  if (!attrs && !el.hasAttributes()) return 0;
  let w = 0;
  for (const value of attrs ? [attrs.cls, attrs.id] : [el.getAttribute('class'), el.getAttribute('id')]) {
    if (!value) continue;
    if (NEGATIVE_CLASS.test(value)) w -= CLASS_WEIGHT;
    if (POSITIVE_CLASS.test(value)) w += CLASS_WEIGHT;
  }
  return w;
}

export interface Selection {
  /** The article's parts, in document order (the winner and the siblings that belong to it). */
  parts: Element[];
  top: Element;
  scores: Map<Element, number>;
}

function paragraphScore(s: Stats): number {
  return 1 + s.ownCommas + Math.min(Math.floor(s.ownWeight / PARAGRAPH_LENGTH_UNIT), PARAGRAPH_LENGTH_CAP);
}

/** Whether the text at the start of el (its own and inline text) holds a copyright notice. */
function opensWithCopyright(el: Element): boolean {
  let text = '';
  for (let c = el.firstChild; c && text.length < NOTICE_OPENING_CHARS; c = c.nextSibling) {
    if (c.nodeType === 3) text += c.nodeValue ?? '';
    else if (c.nodeType === 1 && INLINE_TAGS.has((c as Element).localName)) text += c.textContent ?? '';
    else if (text.trim()) break;
  }
  return COPYRIGHT_NOTICE.test(text.trimStart().slice(0, NOTICE_OPENING_CHARS));
}

/** A <dd> right after its headline link (<dt>10:17 <a>…</a></dt><dd>…</dd>, or the link itself) is
 * the summary of a teaser in a news rail, not a paragraph of the story: it scores nothing. */
function isTeaserSummary(el: Element, tag: string, stats: Map<Element, Stats>): boolean {
  if (tag !== 'dd') return false;
  const prev = el.previousElementSibling;
  if (!prev) return false;
  if (prev.localName === 'a') return true;
  const s = prev.localName === 'dt' ? stats.get(prev) : undefined;
  return s !== undefined && s.links > 0 && linkDensity(s) >= TEASER_HEADLINE_LINK_DENSITY;
}
const TEASER_HEADLINE_LINK_DENSITY = 0.5;

/** A paragraph cut off with "..." or "…" right under a headline link, in a list item, is a teaser's
 * summary in a "top stories" list (<li><a>headline</a><p>first words ...</p></li>): it scores
 * nothing, so a list of such teasers cannot outscore a short story. (A story that is itself an
 * excerpt under a "from: <source>" link is no list item.) The headline is looked for this many
 * levels up, the list item a few more. */
const TRUNCATED_TEASER = /(?:\.\.\.|…)\s*$/u;
const TEASER_HEADLINE_LEVELS = 5;
const TEASER_ITEM_LEVELS = 8;
/** The headline box: short, and a third of it link text at least (its source and date may follow). */
const TEASER_HEADLINE_MAX_WEIGHT = 160;
const TEASER_HEADLINE_MIN_LINK_SHARE = 1 / 3;

function isTruncatedTeaser(el: Element, tag: string, stats: Map<Element, Stats>): boolean {
  if (tag !== 'p' && tag !== 'div' && tag !== 'dd') return false;
  if (!TRUNCATED_TEASER.test(el.lastChild?.textContent ?? '')) return false;
  let item: Element | null = el.parentElement;
  for (let level = 0; item && item.localName !== 'li' && level < TEASER_ITEM_LEVELS; level++) item = item.parentElement;
  if (item?.localName !== 'li') return false;
  let node: Element | null = el;
  for (let level = 0; node && level < TEASER_HEADLINE_LEVELS; level++, node = node.parentElement) {
    let prev = node.previousElementSibling;
    // Image-only boxes (a teaser's thumbnail) sit between the headline and the summary.
    while (prev && (stats.get(prev)?.weight ?? 0) === 0) prev = prev.previousElementSibling;
    if (!prev) continue;
    const s = stats.get(prev);
    return s !== undefined && s.links > 0 && s.weight <= TEASER_HEADLINE_MAX_WEIGHT && linkDensity(s) >= TEASER_HEADLINE_MIN_LINK_SHARE;
  }
  return false;
}

/** A summary under a headline that is all link, in a small card (<h3><a>Other story</a></h3>
 * <div>its summary</div>), is a teaser in a news rail: it scores nothing. A few short boxes (a date,
 * a "Topic" tag) may sit between the headline and the summary. */
const CARD_MAX_WEIGHT = 600;
const CARD_SKIPPED_WEIGHT = 30;
const CARD_SKIPPED_BOXES = 2;
const HEADLINE_LINK_SHARE = 0.9;
const HEADING_TAG = /^h[2-6]$/;

/** A heading that is all link: another story's headline. */
function isLinkHeadline(tag: string, s: Stats): boolean {
  return HEADING_TAG.test(tag) && s.links > 0 && linkDensity(s) >= HEADLINE_LINK_SHARE;
}

function isHeadlineTeaser(el: Element, stats: Map<Element, Stats>): boolean {
  const parent = el.parentElement;
  if (!parent || (stats.get(parent)?.weight ?? Infinity) > CARD_MAX_WEIGHT) return false;
  let skipped = 0;
  for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
    const s = stats.get(prev);
    const weight = s?.weight ?? 0;
    if (weight === 0) continue;
    if (HEADING_TAG.test(prev.localName)) return isLinkHeadline(prev.localName, s!);
    if (weight >= CARD_SKIPPED_WEIGHT || ++skipped > CARD_SKIPPED_BOXES) return false;
  }
  return false;
}

function keptChildren(el: Element, ctx: CleanContext): Element[] {
  // A sibling walk: happy-dom builds el.children as a proxy on first use, a costly step.
  const kept: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!ctx.removed.has(c)) kept.push(c);
  return kept;
}

export function selectContent(body: Element, ctx: CleanContext): Selection {
  const stats = ctx.stats;
  const scores = new Map<Element, number>();
  const credit = (el: Element, amount: number) => {
    let current = scores.get(el);
    if (current === undefined) {
      const attrs = ctx.attributes?.get(el);
      current = (TAG_BASE[el.localName] ?? 0) + classWeight(el, attrs) + (attrs?.itemprop === 'articleBody' ? ARTICLE_BODY_BONUS : 0);
    }
    scores.set(el, current + amount);
  };
  for (const [el, s] of stats) {
    if (s.ownWeight < MIN_PARAGRAPH_WEIGHT) continue;
    const tag = el.localName;
    if (INLINE_TAGS.has(tag) || UNSCORED_TAGS.has(tag) || el === body || isRemoved(el, ctx, body)) continue;
    if (s.ownWeight >= NOTICE_MIN_WEIGHT && opensWithCopyright(el)) continue;
    if (isTeaserSummary(el, tag, stats) || isTruncatedTeaser(el, tag, stats) || isHeadlineTeaser(el, stats)) continue;
    // A heading that is all link is another story's headline, not a paragraph of this one (in a
    // list item it still scores: its list's negative score is what removes a link list later).
    if (isLinkHeadline(tag, s) && el.parentElement?.localName !== 'li') continue;
    const score = paragraphScore(s);
    // A div/td holding its own text is a paragraph container itself (Readability wraps such text in <p>).
    let level = 0;
    let node: Element | null = PARAGRAPH_TAGS.has(tag) ? el.parentElement : el;
    for (; node && level < SCORE_ANCESTOR_LEVELS; level++, node = node.parentElement) {
      credit(node, score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      if (node === body) break;
    }
  }
  const finals: [Element, number][] = [];
  for (const [el, score] of scores) {
    const s = stats.get(el);
    if (s && s.weight >= MIN_CANDIDATE_WEIGHT) finals.push([el, score * (1 - linkDensity(s))]);
  }
  finals.sort((a, b) => b[1] - a[1]);
  const finalOf = new Map(finals);
  let top = finals[0]?.[0] ?? body;
  let topScore = finals[0]?.[1] ?? 0;

  // Several strong candidates under one ancestor: the article is split into blocks, take them all.
  if (top !== body) {
    // A box beside the winner that wraps another candidate is one block with it (a header and its lede box).
    const strong = finals.slice(1, 5).filter(([, sc]) => sc / topScore >= ALTERNATIVE_SHARE).map(([el]) => el);
    const alternatives = strong.filter((el) => el.contains(top) || !strong.some((other) => other !== el && !other.contains(top) && el.contains(other)));
    if (alternatives.length >= MIN_ALTERNATIVES) {
      for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
        if (alternatives.filter((alt) => parent!.contains(alt)).length >= MIN_ALTERNATIVES) {
          top = parent;
          break;
        }
      }
    }
  }
  // Climb while the parent scores nearly as well (the winner is one column of a bigger article).
  // A winner that is one panel of a tab set stays: its parent holds the other tabs' views.
  if (top !== body && !hasTabPeer(top, ctx)) {
    let lastScore = finalOf.get(top) ?? 0;
    const threshold = lastScore / 3;
    for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
      const parentScore = finalOf.get(parent);
      if (parentScore === undefined) continue;
      if (parentScore < threshold) break;
      if (parentScore > lastScore) {
        top = parent;
        break;
      }
      lastScore = parentScore;
    }
    // The article split into sections (each <section> with its own rich-text box): the climb above
    // stops at the first low-scoring wrapper in between. An ancestor with little link text that
    // also holds other good candidates, or that scores nearly as well with much more text, wins.
    const topFinal = finalOf.get(top) ?? 0;
    const topWeight = stats.get(top)?.weight ?? 0;
    const current = top;
    const peers = finals
      .filter(([el, sc]) => sc >= topFinal * ABSORB_PEER_SHARE && (stats.get(el)?.weight ?? 0) >= ABSORB_PEER_MIN_WEIGHT && !current.contains(el) && !el.contains(current))
      .map(([el]) => el);
    let level = 0;
    for (let parent = top.parentElement; parent && parent !== body && level < ABSORB_LEVELS; parent = parent.parentElement, level++) {
      const ps = stats.get(parent);
      if (!ps || linkDensity(ps) >= ABSORB_LINK_DENSITY) continue;
      const parentFinal = finalOf.get(parent) ?? 0;
      const holdsPeers = peerBranches(parent, peers, current, ctx) >= ABSORB_MIN_PEERS;
      if (holdsPeers || (parentFinal >= topFinal * ABSORB_SCORE_SHARE && ps.weight >= topWeight * ABSORB_WEIGHT_GAIN)) {
        top = parent;
        break;
      }
    }
    while (top.parentElement && top.parentElement !== body && keptChildren(top.parentElement, ctx).length === 1) top = top.parentElement;
  }
  topScore = finalOf.get(top) ?? topScore;
  if (top === body) return { parts: [body], top, scores };
  const parts = withSiblings(top, topScore, ctx, finalOf);
  const lede = ledeBefore(top, body, ctx);
  return { parts: lede ? [lede, ...parts] : parts, top, scores };
}

/** How many of parent's children, besides the one holding the winner, hold a peer: a candidate and
 * the boxes that wrap it are one section, and a column beside the winner's is no section of it.
 * A peer with the winner's own class (another "rich-text" box) is a section alone: it counts enough,
 * but only when parent holds every such peer (boxes of that class in each item of a list of picks
 * are sections of one article; the box next to the winner's in its own item is not all of them). */
function peerBranches(parent: Element, peers: Element[], winner: Element, ctx: CleanContext): number {
  const winnerClass = classOf(winner, ctx);
  const branches = new Set<Element>();
  let ownClassBeside = false;
  let ownClassOutside = false;
  for (const el of peers) {
    const ownClass = !!winnerClass && classOf(el, ctx) === winnerClass;
    let child: Element | null = el;
    while (child && child.parentElement !== parent) child = child.parentElement;
    if (!child) {
      if (ownClass) ownClassOutside = true;
      continue;
    }
    if (child.contains(winner)) continue;
    if (ownClass) ownClassBeside = true;
    branches.add(child);
  }
  return ownClassBeside && !ownClassOutside ? Math.max(branches.size, ABSORB_MIN_PEERS) : branches.size;
}

/** The lede (standfirst) often sits in its own box just before the box that wraps the story text,
 * one level above the winner's siblings: a plain, sentence-ending block of LEDE_MIN..LEDE_MAX
 * weight right before the winner's parent (empty or media-only boxes skipped) joins the parts. */
const LEDE_MIN_WEIGHT = 80;
const LEDE_MAX_WEIGHT = 800;
const LEDE_SKIPPED_BOXES = 2;
/** A sentence end followed by another sentence: a heading holding two sentences is a lede set in
 * heading type, not a headline or a section title. */
const SENTENCE_BREAK = /[.!?。！？…]\s+[\p{Lu}\p{Lo}]/u;

function ledeBefore(top: Element, body: Element, ctx: CleanContext): Element | null {
  const parent = top.parentElement;
  if (!parent || parent === body || top.previousElementSibling && !isPassedByLede(top.previousElementSibling, ctx)) return null;
  let skipped = 0;
  for (let prev = parent.previousElementSibling; prev && skipped <= LEDE_SKIPPED_BOXES; prev = prev.previousElementSibling) {
    if (isPassedByLede(prev, ctx)) {
      skipped++;
      continue;
    }
    const s = ctx.stats.get(prev);
    if (!s || s.links > 0 || s.weight < LEDE_MIN_WEIGHT || s.weight > LEDE_MAX_WEIGHT) return null;
    if (s.headings > 0 && !(s.headings === 1 && s.paragraphs === 0 && SENTENCE_BREAK.test(prev.textContent ?? ''))) return null;
    return SENTENCE_END.test(prev.textContent ?? '') ? prev : null;
  }
  return null;
}

function isEmptyBox(el: Element, ctx: CleanContext): boolean {
  return ctx.removed.has(el) || (ctx.stats.get(el)?.weight ?? 0) === 0;
}

/** The lead photo with its caption and credit ("Fot. …") may stand between the lede and the story. */
const PHOTO_CAPTION_MAX_WEIGHT = 300;

function isPhotoBox(el: Element, ctx: CleanContext): boolean {
  const s = ctx.stats.get(el);
  return s !== undefined && s.images > 0 && s.paragraphs === 0 && s.headings === 0 && s.weight - s.linkWeight <= PHOTO_CAPTION_MAX_WEIGHT;
}

/** Boxes that may stand between a lede and the story: empty ones and the lead photo. */
function isPassedByLede(el: Element, ctx: CleanContext): boolean {
  return isEmptyBox(el, ctx) || isPhotoBox(el, ctx);
}

/** A class token of tab panels ("article_tab_content", "tab-pane"): the story's own tab and the
 * others (related links, media, comments) share it, so the others are other views, not more story. */
const TAB_PANEL_TOKEN = /^(?:\w+[_-])?tab(?:s|-?pane|-?panel|[_-]content)?(?:[_-]\w+)?$/i;

function tabTokens(el: Element, ctx: CleanContext): string[] {
  return (classOf(el, ctx) ?? '').split(/\s+/).filter((t) => TAB_PANEL_TOKEN.test(t));
}

function isTabPeer(el: Element, tokens: string[], ctx: CleanContext): boolean {
  return tokens.length > 0 && tabTokens(el, ctx).some((t) => tokens.includes(t));
}

function hasTabPeer(top: Element, ctx: CleanContext): boolean {
  const tokens = tabTokens(top, ctx);
  if (!tokens.length || !top.parentElement) return false;
  return keptChildren(top.parentElement, ctx).some((c) => c !== top && isTabPeer(c, tokens, ctx));
}

function withSiblings(top: Element, topScore: number, ctx: CleanContext, finalOf: Map<Element, number>): Element[] {
  const stats = ctx.stats;
  const parent = top.parentElement;
  if (!parent) return [top];
  const threshold = Math.max(SIBLING_FLOOR, topScore * SIBLING_SHARE);
  const topClass = classOf(top, ctx) ?? '';
  const topTabs = tabTokens(top, ctx);
  const parts: Element[] = [];
  for (const sibling of keptChildren(parent, ctx)) {
    if (sibling === top) {
      parts.push(sibling);
      continue;
    }
    if (isTabPeer(sibling, topTabs, ctx)) continue;
    const bonus = topClass && classOf(sibling, ctx) === topClass ? topScore * SIBLING_SHARE : 0;
    const score = finalOf.get(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      parts.push(sibling);
      continue;
    }
    const s = stats.get(sibling);
    if (!s || !(sibling.localName === 'p' || s.ownWeight >= s.weight * 0.9)) continue;
    const density = linkDensity(s);
    if (s.weight > SIBLING_PARAGRAPH_WEIGHT && density < SIBLING_LINK_DENSITY) parts.push(sibling);
    // Short lines count when they end like a sentence in any script (「…」と述べた。 included).
    else if (s.weight > 0 && density === 0 && SENTENCE_END.test(sibling.textContent ?? '')) parts.push(sibling);
  }
  return parts;
}

/** Used by the conditional clean-up: the candidate score of an element, 0 when it has none. */
export function scoreOf(sel: Selection, el: Element): number {
  return sel.scores.get(el) ?? 0;
}

