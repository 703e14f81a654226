// Clutter removal over the page body, read-only: a removed element is put in `ctx.removed` and
// every later step (scoring, blocks.ts) skips it, so the page is never mutated and never cloned
// (cloning a big page under happy-dom cost more than Readability's whole parse). Each stage is a
// verb-first function with a name that can be switched off (extractBody's `disable` option) and
// that says in the trail what it removed and why. The order, and why:
//   1. unwrapNoscriptImages   before removeNonContent drops <noscript>: lazy images' only real src
//   2. removeNonContent       scripts, styles, forms, embeds: never text, and they skew the scores
//   3. removeHidden           hidden attr / inline display:none: invisible to the reader
//   4. removeComments         comment sections by class/id (kept on in the short-article retry)
//      removeUnlikelyCandidates  nav, sidebar, share, ads... by tag, role, class and id
//   5. removeShareBars        link rows that only point at share endpoints, whatever their class
//   6. removeBylines          byline/date lines (metadata, not body)
//   7. removeLabelledBoxes    small boxes started by a boilerplate label of any language
// 1–6 run in one post-order walk that also measures the text of every element, so the scorer
// needs no second pass; a removed box holding most of the page's text is put back at the end
// (restoreMainText); 7 runs on the labels that walk collected. Later stages, on the chosen
// article only, are in clean-content.ts.
import { clutterLabelKind, COMMENT_CLASS_WORDS, normalizeLabel, type ClutterKind } from '../lang/clutter';
import { describe, firstText, INLINE_TAGS, type ElementIndex } from './dom';
import { measureText } from './text-weight';

export type StageName =
  | 'unwrapNoscriptImages'
  | 'removeNonContent'
  | 'removeHidden'
  | 'removeComments'
  | 'removeUnlikelyCandidates'
  | 'removeShareBars'
  | 'removeBylines'
  | 'removeLabelledBoxes'
  | 'extractKeyPoints'
  | 'removeTeaserLinks'
  | 'removeDisclaimers'
  | 'removeCreditLines'
  | 'removeConditionally'
  | 'removeTitleHeading'
  | 'removeTrailingHeadings'
  | 'removeOutrankedHeadings'
  | 'removeRepeatedLede';

/** Text measures of one element, summed over what is left of its subtree. */
export interface Stats {
  weight: number;
  linkWeight: number;
  commas: number;
  /** Text that is inline in this element (not inside a block child): its "paragraph" text. */
  ownWeight: number;
  ownCommas: number;
  links: number;
  shareLinks: number;
  paragraphs: number;
  images: number;
  listItems: number;
  inputs: number;
  headings: number;
}

export interface CleanContext {
  disabled: ReadonlySet<StageName>;
  trail: string[];
  stats: Map<Element, Stats>;
  /** Short text nodes that are boilerplate labels, for removeLabelledBoxes and extractKeyPoints. */
  labels: { node: Text; kind: ClutterKind }[];
  /** Lists whose class/id (or their parent's) names them a summary, for extractKeyPoints. */
  keyPointLists: Element[];
  /** Elements removed by a stage (their subtrees with them). */
  removed: Set<Element>;
  /** Real image sources found in <noscript>: for a lazy <img> sibling, or for the noscript itself. */
  noscriptImages: Map<Element, { src: string; alt: string }>;
  /** The page's element index when the caller built one (extract.ts): descendant lists without a tree walk. */
  index?: ElementIndex;
  /** The attributes of each element the walk visited, read once there (each read is costly in happy-dom). */
  attributes?: Map<Element, WalkAttributes>;
}

/** Whether el, or an ancestor below `root`, was removed. */
export function isRemoved(el: Element, ctx: CleanContext, root: Element | null = null): boolean {
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) if (ctx.removed.has(p)) return true;
  return false;
}

// Class/id words of publisher key-point lists ("article-summary", "story-highlights", "key-points").
const KEY_POINTS_CUE = /summary|highlights|key-?points?|takeaways?|tl-?dr|gist|bullet-?points|article-?points|lead-?points|abstract|point-?list|yoten/i;

/** Trail entries per stage beyond which only a count is kept: a huge page must not bloat it. */
const TRAIL_LIMIT_PER_STAGE = 40;

/** `what` may be a function, so an entry past the limit costs nothing to describe. */
export function note(ctx: CleanContext, stage: StageName, what: string | (() => string)): void {
  if (stageLines(ctx.trail, stage) < TRAIL_LIMIT_PER_STAGE) ctx.trail.push(`${stage}: ${typeof what === 'string' ? what : what()}`);
}

// Lines per "stage:" prefix of each trail, counted as the trail grows: recounting the whole trail
// at every note was a third of the clean walk on pages with many removals. A trail changed other
// than by appending (its last counted line moved) is recounted.
const trailCounts = new WeakMap<string[], { seen: number; last: string | undefined; byStage: Map<string, number> }>();

function stageLines(trail: string[], stage: StageName): number {
  let c = trailCounts.get(trail);
  if (!c || c.seen > trail.length || trail[c.seen - 1] !== c.last) {
    c = { seen: 0, last: undefined, byStage: new Map() };
    trailCounts.set(trail, c);
  }
  for (; c.seen < trail.length; c.seen++) {
    const line = trail[c.seen]!;
    const colon = line.indexOf(':');
    // Stage names have no colon: a line starts with "stage:" exactly when its text before the first colon is the stage.
    if (colon > 0) c.byStage.set(line.slice(0, colon), (c.byStage.get(line.slice(0, colon)) ?? 0) + 1);
    c.last = line;
  }
  return c.byStage.get(stage) ?? 0;
}

// Never text a reader wants, and their content would skew text measures (scripts, CSS, SVG paths).
const NON_CONTENT_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg',
  'canvas', 'link', 'meta', 'input', 'select', 'textarea', 'button', 'option', 'map', 'dialog', 'video', 'audio',
  'track', 'head', 'title', 'base',
]);

// Links to share endpoints: a row of these is a share bar whatever its class name says.
const SHARE_LINK =
  /facebook\.com\/(?:sharer|share|dialog)|twitter\.com\/(?:intent|share)|x\.com\/intent|linkedin\.com\/(?:share|cws|shareArticle)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|line\.me\/|b\.hatena\.ne\.jp|service\.weibo\.com\/share|connect\.qq\.com|share\.naver\.com|story\.kakao\.com\/share|^whatsapp:|api\.whatsapp\.com|wa\.me\/|t\.me\/share|telegram\.me\/share|^mailto:|getpocket\.com\/(?:save|edit)|tumblr\.com\/(?:share|widgets)|vk\.com\/share|addthis\.com|sharethis\.com|flipboard\.com\/bookmarklet/i;

// Class/id cues of comment sections: long prose of their own, so no size guard protects them.
// Sites name them in their own language too (utils/lang/<code>/clutter.ts commentClasses).
// "comm" is the usual short form when it stands as a whole class/id word ("comm", "user-comms").
const COMMENTS_CUE = new RegExp(['comment', 'disqus', 'replies', 'respond', String.raw`(?:^|[\s_-])comms?(?:$|[\s_-])`, ...COMMENT_CLASS_WORDS].join('|'), 'i');
// ...and as a camelCase word ("articleCommBody", "CommList"); case matters, so "recommend",
// "eCommerce" and "Community" do not match.
const COMMENTS_CAMEL_CUE = /(?:^|[\s_-]|[a-z])Comms?(?:$|[\s_-]|[A-Z])/;

// Class/id cues of boxes that are never body text (share, ads, "ban" banners, related, cookie...): removed even
// when a generic "content" word is also present ("related-content"), unless prose-rich.
const STRONG_CLUTTER =
  /shar(?:e|ing)|social|newsletter|subscri|cookie|consent|gdpr|breadcrumb|related|recommend|outbrain|taboola|sponsor|promo|ranking|trending|most-?read|most-?popular|paginat|pager|next-?prev|prev-?next|post-?nav|nav-?links|popup|modal|paywall|signup|tagcloud|tag-?list|post-?tags|author-?box|about-?author|skyscraper|top-?stor(?:y|ies)|(?:^|[\s_-])(?:ad|ads|adv|ban|advert|adverts|advertisement|adspot|adslot|ad-slot|adsense|adsbygoogle|dfp|gpt|sns|tags|keywords|sidebar|teaser|teasers|more-articles|read-more|readmore)(?:$|[\s_-])/i;

// Readability's unlikelyCandidates, plus a few tokens; a generic content word overrides these.
const WEAK_CLUTTER =
  /banner|combx|community|cover-wrap|extra|footer|legends|menu|remark|replies|rss|shoutbox|sidebar|supplemental|agegate|yom-remote|masthead|toolbar|navbar|navigation|(?:^|[\s_-])(?:nav|header|hdr|meta|aside|foot|copyright|disclaimer)(?:$|[\s_-])/i;

// Readability's okMaybeItsACandidate, narrowed: words that name the article itself.
const CONTENT_WORD = /article|body|column|content|main|shadow|story|entry|post-?text|text/i;
// Whole class/id tokens naming the article container outright: a "post has-comments" box is the
// post, but "article-id-2084874" on a comment list is not.
const CONTENT_WORD_STRICT = /(?:^|\s)(?:article|post|entry|story|main|hentry|post-?body|article-?body|entry-?content)(?:$|\s)/i;

// Tags and ARIA roles of page chrome.
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'form', 'menu']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar', 'toolbar', 'tablist']);

// A box with this much text outside links is (or wraps) the article even if its class or tag says
// otherwise ("m-advertisement--pusher" around a whole page, <header> around a lead); below it,
// cue-matched boxes go. Weighted chars (text-weight.ts).
const CONTENT_GUARD_WEIGHT = 1500;
const CONTENT_GUARD_LINK_DENSITY = 0.5;
const CONTENT_GUARD_PARAGRAPHS = 4;
const CONTENT_GUARD_PARAGRAPHS_WEIGHT = 1000;

// Hidden by class in the frameworks that hide this way (Bootstrap, WordPress screen-reader text).
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|d-none|hide|sr-only|visually-hidden|screen-reader-text|visuallyhidden|is-hidden|u-hidden)(?:$|\s)/i;

// Bylines and date lines inside the body: metadata, shown by the popup from metadata.ts.
const BYLINE_CUE = /byline|author|dateline|(?:^|[\s_-])(?:date|time|timestamp|published|posted-on|post-date|entry-date|meta-info|post-meta|entry-meta|article-meta|writer|reporter)(?:$|[\s_-])/i;
const BYLINE_MAX_WEIGHT = 200;

// A labelled box is removed only when it is small, or a link list: a label never removes prose.
const LABEL_BOX_MAX_WEIGHT = 300;
const LABEL_LIST_MAX_WEIGHT = 4000;
const LABEL_LIST_LINK_DENSITY = 0.5;
/** A block after a related-links label that is this much link text is one more teaser (a date or
 * source before the link may take the rest). */
const TEASER_LINK_DENSITY = 0.5;
/** Longest text node tested as a label ("- Advertisement -", "Read more:" prefixes included). */
const LABEL_MAX_CHARS = 48;

const ARTICLE_TAGS = new Set(['article', 'main', 'body']);

/** A removed box with this much plain text is checked again at the end (restoreMainText)... */
const RESTORE_MIN_WEIGHT = 300;
/** ...and put back when it holds more than this share of the page's plain text. */
const RESTORE_SHARE = 0.5;

/** A box that held a removed form of this many inputs (a poll, a rating, a sign-up) and little
 * other text is the form's frame: what is left is its prompt ("Rate this article"). */
const FORM_FRAME_MIN_INPUTS = 2;
const FORM_FRAME_MAX_WEIGHT = 120;

/** Media players: Kiji shows no player, so the box around a removed one keeps only its caption and
 * credit ("© agency", "Video from the scene"), words about a video the reader cannot see. */
const PLAYER_TAGS = new Set(['video', 'audio', 'object', 'embed']);
const PLAYER_SELECTOR = [...PLAYER_TAGS].join(', ');
const PLAYER_FRAME_MAX_WEIGHT = 120;

/** A link with this many clause separators wraps article prose, not a headline or a teaser. */
const LINKED_PROSE_COMMAS = 20;

function emptyStats(): Stats {
  return { weight: 0, linkWeight: 0, commas: 0, ownWeight: 0, ownCommas: 0, links: 0, shareLinks: 0, paragraphs: 0, images: 0, listItems: 0, inputs: 0, headings: 0 };
}

export function linkDensity(s: Stats): number {
  return s.weight > 0 ? s.linkWeight / s.weight : 0;
}

function isContentRich(s: Stats): boolean {
  const plain = s.weight - s.linkWeight;
  if (plain >= CONTENT_GUARD_WEIGHT && linkDensity(s) < CONTENT_GUARD_LINK_DENSITY) return true;
  // A wrapper of several real paragraphs plus a big link rail ("article-advert-body"): a container.
  return s.paragraphs >= CONTENT_GUARD_PARAGRAPHS && plain >= CONTENT_GUARD_PARAGRAPHS_WEIGHT;
}

/** 1. Lazy-loading themes put the real <img> in <noscript>: remember its source before noscript goes. */
export function unwrapNoscriptImages(noscript: Element, ctx: CleanContext): string | null {
  let src: string | null = null;
  let alt = '';
  const img = noscript.querySelector('img');
  if (img) {
    src = img.getAttribute('src');
    alt = img.getAttribute('alt') ?? '';
  } else {
    // In a browser with scripting on, <noscript> content is raw text: read the src with a regex,
    // never parse it as markup.
    const raw = noscript.textContent ?? '';
    src = /<img\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']/i.exec(raw)?.[1] ?? null;
    alt = /<img\b[^>]*?\salt\s*=\s*["']([^"']*)["']/i.exec(raw)?.[1] ?? '';
  }
  if (!src) return null;
  // The lazy <img> next to it gets the real source; otherwise the noscript stands for the image.
  let twin: Element | null = null;
  for (let sib = noscript.parentElement?.firstElementChild ?? null; sib; sib = sib.nextElementSibling) {
    if (sib.localName === 'img') twin = sib;
    else if (sib.localName === 'picture') twin = sib.querySelector('img');
    if (twin) break;
  }
  ctx.noscriptImages.set(twin ?? noscript, { src, alt });
  return `image ${src.slice(0, 80)} taken from <noscript>`;
}

/** 2. Elements that never carry body text. */
export function removeNonContent(tag: string): string | null {
  return NON_CONTENT_TAGS.has(tag) ? `<${tag}> is not text` : null;
}

/** 2b. A <fieldset> holding form controls: its text labels them (a paywall's consent checkboxes with
 * long, comma-rich legal lines), never the story. A fieldset without controls is a plain box (some
 * blogs frame their sections in them). */
export function removeFormFieldset(tag: string, s: Stats): string | null {
  return tag === 'fieldset' && s.inputs > 0 ? `<fieldset> around ${s.inputs} form control(s)` : null;
}

/** The attributes the walk's stages test, read once per element: each getAttribute is a costly
 * lookup in happy-dom, and the stages below would otherwise read class and id up to 4 times. */
export interface WalkAttributes {
  /** matchString's class + " " + id. */
  cues: string;
  cls: string | null;
  id: string | null;
  hidden: boolean;
  style: string | null;
  ariaHidden: string | null;
  role: string | null;
  rel: string | null;
  itemprop: string | null;
  href: string | null;
}

const NO_ATTRIBUTES: WalkAttributes = { cues: ' ', cls: null, id: null, hidden: false, style: null, ariaHidden: null, role: null, rel: null, itemprop: null, href: null };

export function walkAttributes(el: Element): WalkAttributes {
  // Most elements carry no attributes; the others are read by name, only the names they have.
  if (!el.hasAttributes()) return NO_ATTRIBUTES;
  const a: WalkAttributes = { ...NO_ATTRIBUTES };
  for (const name of el.getAttributeNames()) {
    if (name === 'class') a.cls = el.getAttribute(name);
    else if (name === 'id') a.id = el.getAttribute(name);
    else if (name === 'hidden') a.hidden = true;
    else if (name === 'style') a.style = el.getAttribute(name);
    else if (name === 'aria-hidden') a.ariaHidden = el.getAttribute(name);
    else if (name === 'role') a.role = el.getAttribute(name);
    else if (name === 'rel') a.rel = el.getAttribute(name);
    else if (name === 'itemprop') a.itemprop = el.getAttribute(name);
    else if (name === 'href') a.href = el.getAttribute(name);
  }
  a.cues = `${a.cls ?? ''} ${a.id ?? ''}`;
  return a;
}

/** el's class attribute, from the walk's snapshot when the walk saw el (a read there is costly). */
export function classOf(el: Element, ctx: CleanContext): string | null {
  const a = ctx.attributes?.get(el);
  return a ? a.cls : el.getAttribute('class');
}

/** 3. Hidden before any layout: attribute, inline style. */
export function removeHidden(a: WalkAttributes): string | null {
  if (a.hidden) return 'hidden attribute';
  const style = a.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return 'inline style hides it';
  return null;
}

/** 3b. aria-hidden and hiding classes, decided after measuring: never a prose-rich box. */
export function removeHiddenByCue(a: WalkAttributes, s: Stats): string | null {
  if (a === NO_ATTRIBUTES || isContentRich(s)) return null;
  if (a.ariaHidden === 'true') return 'aria-hidden';
  const cls = a.cls;
  if (cls && HIDDEN_CLASS.test(cls)) return 'hiding class';
  return null;
}

function isJudgedWithItsBlock(tag: string): boolean {
  // Inline boxes and table parts carry words of a sentence or a layout row.
  return INLINE_TAGS.has(tag) || tag === 'td' || tag === 'tr' || tag === 'tbody' || tag === 'p' || tag === 'img' || tag === 'picture';
}

/** 4a. Comment sections by class/id: long prose of their own, so no size guard; kept in the retry. */
export function removeComments(el: Element, tag: string, a: WalkAttributes): string | null {
  if (tag === 'a') return isCommentCounter(el, a) ? 'comment counter link' : null;
  if (ARTICLE_TAGS.has(tag) || isJudgedWithItsBlock(tag)) return null;
  const cues = a.cues;
  const comments = cues.length > 1 ? COMMENTS_CUE.exec(cues) ?? COMMENTS_CAMEL_CUE.exec(cues) : null;
  return comments && !CONTENT_WORD_STRICT.test(cues) ? `class/id "${comments[0]}"` : null;
}

/** A link classed as comments whose text is only a count ("0", "(12)") sits at the head of each
 * paragraph on sites with per-paragraph comments: not a word of the sentence it precedes. */
function isCommentCounter(link: Element, a: WalkAttributes): boolean {
  if (a.cls === null && a.id === null) return false;
  return (COMMENTS_CUE.test(a.cues) || COMMENTS_CAMEL_CUE.test(a.cues)) && COMMENT_COUNT.test(link.textContent ?? '');
}
const COMMENT_COUNT = /^\s*\(?\d{1,6}\)?\s*$/;

/** 4b. Page chrome by tag, role, class and id (Readability's unlikelyCandidates, widened). */
export function removeUnlikelyCandidates(tag: string, s: Stats, a: WalkAttributes): string | null {
  if (ARTICLE_TAGS.has(tag) || isJudgedWithItsBlock(tag) || isContentRich(s)) return null;
  const cues = a.cues;
  const role = a.role;
  if (role && CHROME_ROLES.has(role)) return `role=${role}`;
  if (CHROME_TAGS.has(tag)) return `<${tag}>`;
  if (cues.length < 2) return null;
  const strong = STRONG_CLUTTER.exec(cues);
  if (strong) return `class/id "${strong[0].trim()}"`;
  const weak = WEAK_CLUTTER.exec(cues);
  if (weak && !CONTENT_WORD.test(cues)) return `class/id "${weak[0].trim()}"`;
  return null;
}

/** 5. A short row of links that all go to share endpoints. */
export function removeShareBars(s: Stats): string | null {
  if (s.links >= 2 && s.shareLinks >= s.links * 0.6 && s.weight - s.linkWeight < 60) return `${s.shareLinks} share links`;
  return null;
}

/** 6. A short byline/date box inside the body. */
export function removeBylines(tag: string, s: Stats, a: WalkAttributes): string | null {
  if (s.weight > BYLINE_MAX_WEIGHT || ARTICLE_TAGS.has(tag) || INLINE_TAGS.has(tag)) return null;
  if (a.rel === 'author' || a.itemprop === 'author') return 'author markup';
  const cues = a.cues;
  if (cues.length > 1 && BYLINE_CUE.test(cues)) return 'byline/date class';
  return null;
}

/** Adds a child's measures into a total (sign -1 takes them back out). */
function addInto(total: Stats, child: Stats, inline: boolean, sign: 1 | -1 = 1): void {
  total.weight += sign * child.weight;
  total.linkWeight = Math.max(0, total.linkWeight + sign * child.linkWeight);
  total.commas += sign * child.commas;
  total.links += sign * child.links;
  total.shareLinks += sign * child.shareLinks;
  total.paragraphs += sign * child.paragraphs;
  total.images += sign * child.images;
  total.listItems += sign * child.listItems;
  total.inputs += sign * child.inputs;
  total.headings += sign * child.headings;
  if (inline) {
    total.ownWeight += sign * child.weight;
    total.ownCommas += sign * child.commas;
  }
}

/** Adds `s` into (or, sign -1, takes it out of) the measures of el's ancestors up to `stop`. */
function addToAncestors(el: Element, s: Stats, ctx: CleanContext, stop: Element, sign: 1 | -1): void {
  for (let p = el.parentElement; p; p = p === stop ? null : p.parentElement) {
    const ps = ctx.stats.get(p);
    if (ps) addInto(ps, s, false, sign);
  }
}

/** Takes a removed element's measures out of its ancestors' up to `stop`, so a container judged
 * after it is judged on what is left inside it (Readability re-measures the live DOM). */
export function subtractFromAncestors(el: Element, ctx: CleanContext, stop: Element): void {
  const s = ctx.stats.get(el);
  if (s) addToAncestors(el, s, ctx, stop, -1);
}

function remove(ctx: CleanContext, stage: StageName, el: Element, why: string): void {
  note(ctx, stage, () => `${describe(el)} (${why})`);
  ctx.removed.add(el);
}

/** List items: an item that holds a player ("Anthem" with its recording) is the item itself. */
const LIST_UNITS = new Set(['li', 'dt', 'dd']);

/** What is left of a player's box is its caption only when it is short, with no paragraph, heading or image. */
function isPlayerCaption(tag: string, s: Stats): boolean {
  return s.weight <= PLAYER_FRAME_MAX_WEIGHT && s.paragraphs === 0 && s.headings === 0 && s.images === 0 && !ARTICLE_TAGS.has(tag) && !isJudgedWithItsBlock(tag) && !LIST_UNITS.has(tag);
}

/**
 * Stages 1–6 in one post-order walk; returns the measures of `root` (what is left of it).
 * Visits children before deciding on their parent, so cue-based stages can ask "is it prose-rich?".
 */
export function cleanAndMeasure(root: Element, ctx: CleanContext): Stats {
  const on = (stage: StageName) => !ctx.disabled.has(stage);
  const nonContent = new Map<string, number>();
  const formFrames = new Set<Element>();
  // Boxes that held a player (in a hidden box too: sites hide the HTML5 or the Flash one until a script picks).
  const playerFrames = new Set<Element>();
  // The page's players from the element index (most pages have none, so a hidden box costs no
  // subtree search); without an index, a selector query per hidden box.
  const players = ctx.index ? [...PLAYER_TAGS].flatMap((tag) => ctx.index!.byTag(tag)) : null;
  const holdsPlayer = (el: Element): boolean => (players ? players.some((p) => el.contains(p)) : el.querySelector(PLAYER_SELECTOR) !== null);
  const visit = (el: Element, tag: string, attrs: WalkAttributes): Stats => {
    const s = emptyStats();
    let hiddenWhy: string | null = null;
    for (let child: ChildNode | null = el.firstChild; child; ) {
      const next: ChildNode | null = child.nextSibling;
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        const m = measureText(text);
        s.weight += m.weight;
        s.commas += m.commas;
        s.ownWeight += m.weight;
        s.ownCommas += m.commas;
        if (m.weight > 0 && text.length <= LABEL_MAX_CHARS) collectLabel(child as Text, text, ctx);
      } else if (child.nodeType === 1) {
        const c = child as Element;
        const ctag = c.localName;
        // Read after the tag tests: scripts, styles and forms go without a look at their attributes.
        let ca: WalkAttributes | null = null;
        if (ctag === 'noscript' && on('unwrapNoscriptImages')) {
          const why = unwrapNoscriptImages(c, ctx);
          if (why) note(ctx, 'unwrapNoscriptImages', why);
          if (ctx.noscriptImages.has(c)) s.images++;
        }
        if (ctag === 'noscript' && ctx.noscriptImages.has(c)) {
          // stands for its image in blocks.ts; nothing inside it is text
        } else if (on('removeNonContent') && removeNonContent(ctag)) {
          if (ctag === 'input' || ctag === 'textarea' || ctag === 'select' || ctag === 'button') s.inputs++;
          if (PLAYER_TAGS.has(ctag)) playerFrames.add(el);
          nonContent.set(ctag, (nonContent.get(ctag) ?? 0) + 1);
          ctx.removed.add(c);
        } else if (on('removeHidden') && (hiddenWhy = removeHidden((ca = walkAttributes(c))))) {
          remove(ctx, 'removeHidden', c, hiddenWhy);
          if (holdsPlayer(c)) playerFrames.add(el);
        } else {
          ca ??= walkAttributes(c);
          const cs = visit(c, ctag, ca);
          let stage: StageName | null = null;
          let why: string | null = null;
          if (on('removeNonContent') && (why = removeFormFieldset(ctag, cs))) stage = 'removeNonContent';
          else if (on('removeHidden') && (why = removeHiddenByCue(ca, cs))) stage = 'removeHidden';
          else if (on('removeComments') && (why = removeComments(c, ctag, ca))) stage = 'removeComments';
          else if (on('removeUnlikelyCandidates') && (why = removeUnlikelyCandidates(ctag, cs, ca))) stage = 'removeUnlikelyCandidates';
          else if (on('removeShareBars') && (why = removeShareBars(cs))) stage = 'removeShareBars';
          else if (on('removeBylines') && (why = removeBylines(ctag, cs, ca))) stage = 'removeBylines';
          else if (on('removeUnlikelyCandidates') && formFrames.has(c) && cs.weight <= FORM_FRAME_MAX_WEIGHT && !ARTICLE_TAGS.has(ctag)) {
            stage = 'removeUnlikelyCandidates';
            why = 'the frame of a removed form';
          } else if (on('removeUnlikelyCandidates') && playerFrames.has(c) && cs.weight > 0 && isPlayerCaption(ctag, cs)) {
            stage = 'removeUnlikelyCandidates';
            why = 'the caption of a removed player';
          } else if (on('removeNonContent') && ctag === 'label' && cs.inputs === 0 && cs.paragraphs === 0 && cs.weight <= FORM_FRAME_MAX_WEIGHT) {
            // A short <label> without its control names one elsewhere or shows a form's status ("Thanks, your vote counts"): no story text.
            stage = 'removeNonContent';
            why = 'a form label';
          }
          if (stage && why) {
            remove(ctx, stage, c, why);
            if (stage === 'removeUnlikelyCandidates' && ctag === 'form' && cs.inputs >= FORM_FRAME_MIN_INPUTS) formFrames.add(el);
            if (stage === 'removeUnlikelyCandidates' && cs.weight - cs.linkWeight >= RESTORE_MIN_WEIGHT) bigRemovals.push([c, cs]);
          } else {
            // A <span> wrapping a list is a layout box (a teaser rail), not words of el's own text.
            addInto(s, cs, INLINE_TAGS.has(ctag) && cs.listItems === 0);
            // A box left empty by its player's removal hands the player on: the caption sits beside it, a level up.
            if (cs.weight === 0 && playerFrames.has(c)) playerFrames.add(el);
            if ((ctag === 'ul' || ctag === 'ol') && (KEY_POINTS_CUE.test(ca.cues) || KEY_POINTS_CUE.test(attrs.cues))) {
              ctx.keyPointLists.push(c);
            }
          }
        }
      }
      child = next;
    }
    if (tag === 'a') {
      // A link wrapping whole paragraphs (an old portal's intro linked to its full text) is prose.
      if (s.commas < LINKED_PROSE_COMMAS) s.linkWeight = s.weight;
      s.links++;
      if (SHARE_LINK.test(attrs.href ?? '')) s.shareLinks++;
    } else if (tag === 'p') s.paragraphs++;
    else if (tag === 'img' || tag === 'picture') s.images++;
    else if (tag === 'li') s.listItems++;
    else if (tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6') s.headings++;
    ctx.stats.set(el, s);
    ctx.attributes?.set(el, attrs);
    return s;
  };
  const bigRemovals: [Element, Stats][] = [];
  const total = visit(root, root.localName, walkAttributes(root));
  restoreMainText(root, total, bigRemovals, ctx);
  if (nonContent.size) {
    note(ctx, 'removeNonContent', [...nonContent].map(([t, n]) => `${n} <${t}>`).join(', ') + ' (never body text)');
  }
  if (on('removeLabelledBoxes')) removeLabelledBoxes(root, ctx);
  return total;
}

/**
 * A cue-matched box that holds most of the page's plain text is the page's article wrapper with an
 * unlucky class ("m-advertisement-off-canvas--pusher"): put it back, and its text into the
 * measures of its ancestors.
 */
function restoreMainText(root: Element, total: Stats, bigRemovals: [Element, Stats][], ctx: CleanContext): void {
  for (let k = bigRemovals.length - 1; k >= 0; k--) {
    const [el, s] = bigRemovals[k]!;
    if (isRemoved(el.parentElement ?? el, ctx, root) && el.parentElement !== root) continue;
    const plain = s.weight - s.linkWeight;
    if (plain <= RESTORE_SHARE * (total.weight - total.linkWeight + plain)) continue;
    ctx.removed.delete(el);
    addToAncestors(el, s, ctx, root, 1);
    ctx.trail.push(`removeUnlikelyCandidates: put back ${describe(el)} (it holds most of the page's text)`);
  }
}

function collectLabel(node: Text, text: string, ctx: CleanContext): void {
  let kind = clutterLabelKind(normalizeLabel(text));
  if (!kind) {
    // "Read more: <headline>" / "関連記事：…" — a label prefix before a colon or bar.
    const cut = text.search(/[:：|｜»]/);
    if (cut > 0 && cut < 30) kind = clutterLabelKind(normalizeLabel(text.slice(0, cut)));
  }
  if (kind) ctx.labels.push({ node, kind });
}

/** The largest small box that starts with this label text, below `root`. */
function labelBox(node: Text, root: Element, ctx: CleanContext, kind: ClutterKind): Element | null {
  let box: Element | null = null;
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (firstText(el, ctx.removed) !== node) break;
    const s = ctx.stats.get(el);
    if (!s) break;
    const small = s.weight <= LABEL_BOX_MAX_WEIGHT || (s.weight <= LABEL_LIST_MAX_WEIGHT && linkDensity(s) >= LABEL_LIST_LINK_DENSITY);
    if (!small) break;
    box = el;
  }
  if (!box) return null;
  // An inline box ("<strong>Read more:</strong> in a sentence") is only removed with its block,
  // unless it is a related-links label on a line of its own right above a link list
  // (<b>Related news:</b><br><div><ul>…</ul></div>).
  if (!INLINE_TAGS.has(box.localName) || box.localName === 'a') return box;
  return kind === 'related' && headsLinkBlock(box, ctx) ? box : null;
}

/** An inline label alone on its line, and the next thing after it a link-dense block. */
function headsLinkBlock(el: Element, ctx: CleanContext): boolean {
  if (!isLooseLine(el)) return false;
  for (let node = visibleSibling(el.nextSibling, true); node; node = visibleSibling(node.nextSibling, true)) {
    if (node.nodeType === 3) return false;
    if ((node as Element).localName === 'br') continue;
    const s = ctx.stats.get(node as Element);
    return s !== undefined && !INLINE_TAGS.has((node as Element).localName) && s.weight <= LABEL_LIST_MAX_WEIGHT && linkDensity(s) >= TEASER_LINK_DENSITY;
  }
  return false;
}

/** An inline element alone on its line: a block, a <br> or nothing with text on either side. */
function isLooseLine(el: Element): boolean {
  const endsLine = (node: ChildNode | null): boolean => {
    if (!node) return true;
    if (node.nodeType === 3) return false;
    const tag = (node as Element).localName;
    return tag === 'br' || !INLINE_TAGS.has(tag);
  };
  return endsLine(visibleSibling(el.previousSibling, false)) && endsLine(visibleSibling(el.nextSibling, true));
}

/** From `node` on, along its siblings (forward or back), the first element or text with non-space
 * characters: blank text and comments are no part of the line. */
function visibleSibling(node: ChildNode | null, forward: boolean): ChildNode | null {
  for (; node; node = forward ? node.nextSibling : node.previousSibling) {
    if (node.nodeType === 1 || (node.nodeType === 3 && (node.nodeValue ?? '').trim())) return node;
  }
  return null;
}

/** 7. Small boxes and link lists started by a boilerplate label (utils/lang/<code>/clutter.ts). */
export function removeLabelledBoxes(root: Element, ctx: CleanContext): void {
  for (const { node, kind } of ctx.labels) {
    if (kind === 'keyPoints' || !node.parentElement || isRemoved(node.parentElement, ctx, root)) continue;
    const box = labelBox(node, root, ctx, kind);
    if (!box) continue;
    const label = `${kind} label "${(node.nodeValue ?? '').trim().slice(0, 30)}"`;
    remove(ctx, 'removeLabelledBoxes', box, label);
    // The box's links no longer count against the paragraphs around it (removeConditionally).
    subtractFromAncestors(box, ctx, root);
    if (kind === 'related') removeFollowingLinkBlocks(box, ctx, label, root);
  }
}

/** A label paragraph ("You may also like...") followed by one paragraph per teaser link. */
function removeFollowingLinkBlocks(box: Element, ctx: CleanContext, label: string, root: Element): void {
  let passedRemoved = false;
  for (let next = box.nextElementSibling; next; next = next.nextElementSibling) {
    if (ctx.removed.has(next)) {
      passedRemoved = true;
      continue;
    }
    const s = ctx.stats.get(next);
    // A rule, spacer image or <br> between the teasers is no text: look past it.
    if (s && s.weight === 0) continue;
    if (!s || s.weight > LABEL_BOX_MAX_WEIGHT) break;
    // A label alone in its box (no link of its own) right before the last text of its container
    // heads that text: the summary of a teaser whose link or player the page lost.
    const loneTeaser = !passedRemoved && s.links === 0 && ctx.stats.get(box)?.links === 0 && isLastText(next, ctx);
    if (linkDensity(s) < TEASER_LINK_DENSITY && !loneTeaser) break;
    remove(ctx, 'removeLabelledBoxes', next, `teaser link after ${label}`);
    subtractFromAncestors(next, ctx, root);
  }
}

/** Whether nothing with text follows el among its siblings. */
function isLastText(el: Element, ctx: CleanContext): boolean {
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
    if (!ctx.removed.has(next) && (ctx.stats.get(next)?.weight ?? 0) > 0) return false;
  }
  return true;
}
