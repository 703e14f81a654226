// extractBody: the article body of a page as a typed block tree, with the publisher's key points
// and a trail of what was removed and why. Pure and read-only: removals are recorded in a set,
// never applied to the page, so no clone is needed.
//
// Workflow:
//   1. the root is <body> (on a huge page, only its <article>/<main>)
//   2. clean.ts: one post-order walk removes non-content, hidden elements, page chrome, share
//      bars and bylines while measuring every element's text; then labelled boxes go
//   3. score.ts: CJK-aware paragraph scoring picks the article container and its siblings
//   4. clean-content.ts: key points are lifted out, leftovers cleaned conditionally
//   5. blocks.ts: DOM → blocks; the heading that repeats the title, credit lines, and loose lines
//      that open with a tag/comment label or are one link only are dropped
//   6. a result shorter than MIN_ARTICLE_WEIGHT is retried with the aggressive stages off,
//      and a much longer retry wins (Readability's retry, for pages whose classes fool the cues)
import type { Block, ImageRef, Inline } from './types';
import { clutterLabelKind, CREDIT_LINES, normalizeLabel } from '../lang/clutter';
import { cleanAndMeasure, note, type CleanContext, type StageName } from './clean';
import { collapse, extractKeyPoints, removeConditionally, removeDisclaimers, removeTeaserLinks } from './clean-content';
import { selectContent } from './score';
import { attachAltCaptions, toBlocks } from './blocks';
import { blocksToText, inlinesToText } from './blocks-text';
import { baseUrlOf, describe, type ElementIndex } from './dom';
import { isSameTitle, titleKey } from './title-match';
import { textWeight } from './text-weight';

export interface BodyHints {
  title?: string;
  lang?: string;
  /** The page's element index when the caller has built one (extract.ts): saves whole-page walks. */
  index?: ElementIndex;
}

export interface BodyOptions {
  /** Stages to switch off, for debugging and for the retry. */
  disable?: StageName[];
  /** Element count above which only <article>/<main> is read (default MAX_ELEMENTS). */
  maxElements?: number;
}

export interface Body {
  blocks: Block[];
  keyPoints: string[];
  /** The first image of the article when it comes before the text (it stays in blocks too). */
  leadImage: ImageRef | null;
  trail: string[];
}

/** Weighted text (text-weight.ts, spaces not counted) below which an extraction is retried:
 * Readability's 500 characters including spaces, about 420 without in English prose. */
const MIN_ARTICLE_WEIGHT = 420;
/** The retry wins only when it finds this many times more text: a short article stays short
 * instead of being swapped for the comments the retry lets back in. */
const RETRY_GAIN = 2;
/** Above this many elements only the page's <article>/<main> is cloned and scored. */
const MAX_ELEMENTS = 50_000;
/** Stages the retry switches off: the ones that can remove an article whose classes look like chrome. */
const RETRY_DISABLED: StageName[] = ['removeUnlikelyCandidates', 'removeConditionally', 'removeBylines'];
/** The lead image must be among the first blocks, before the article is under way. */
const LEAD_IMAGE_MAX_INDEX = 3;

/** A line that is the title and no longer than it (a lead sentence that starts like it stays). */
function isTitleRepeat(line: string, title: string): boolean {
  return titleKey(line).length <= titleKey(title).length && isSameTitle(line, title);
}

/** Longest heading above the title heading that is taken for the site section's name. */
const SECTION_NAME_MAX_CHARS = 40;

/** Links and separators only, two links at least ("<a>Health</a>, <a>Markets</a>, <a>Estonia</a>"):
 * a heading like this above the title lists the story's sections, however long. */
function isLinkList(inlines: Inline[]): boolean {
  let links = 0;
  for (const c of inlines) {
    if (c.type === 'link') links++;
    else if (c.type !== 'text' || !TAG_LINE_SEPARATORS.test(c.text)) return false;
  }
  return links >= 2;
}

function removeTitleHeading(blocks: Block[], title: string | undefined, ctx: CleanContext): Block[] {
  if (!title) return blocks;
  // Only before the first paragraph: a later heading equal to the title is a section of its own.
  // The title is often repeated in a plain <div> too (old portals): such a line is no paragraph.
  const isTitleLine = (b: Block) => b.type === 'paragraph' && isTitleRepeat(inlinesToText(b.children), title);
  const firstParagraph = blocks.findIndex((b) => b.type === 'paragraph' && !isTitleLine(b));
  const limit = firstParagraph === -1 ? Math.min(blocks.length, 3) : firstParagraph;
  // A short heading above the title heading names the site's section ("News 24", "Health").
  const titleAt = blocks.findIndex((b, i) => i < limit && b.type === 'heading' && isSameTitle(inlinesToText(b.children), title));
  return blocks.filter((b, i) => {
    if (i >= limit) return true;
    if (i < titleAt && b.type === 'heading' && (inlinesToText(b.children).trim().length <= SECTION_NAME_MAX_CHARS || isLinkList(b.children))) {
      note(ctx, 'removeTitleHeading', `h${b.level} above the title is a section name`);
      return false;
    }
    if (b.type === 'paragraph' && isTitleLine(b)) {
      note(ctx, 'removeTitleHeading', 'a line repeats the title');
      return false;
    }
    if (b.type !== 'heading') return true;
    if (!isSameTitle(inlinesToText(b.children), title)) return true;
    note(ctx, 'removeTitleHeading', `h${b.level} repeats the title`);
    return false;
  });
}

/** Credit lines are short (a publish-and-update stamp runs to ~80); longer paragraphs are never tested. */
const CREDIT_LINE_MAX_CHARS = 80;

/** Reporter/editor/source credit lines of their own (utils/lang/<code>/clutter.ts creditLines). */
function removeCreditLines(blocks: Block[], ctx: CleanContext): Block[] {
  if (CREDIT_LINES.length === 0) return blocks;
  const kept = blocks.filter((b) => {
    // A list made only of credit lines ("Autor: …", "Źródło: …" as <li>s) is a credit box.
    if (b.type === 'list') {
      if (!b.items.length || !b.items.every((item) => item.length === 1 && item[0]!.type === 'paragraph' && isCreditLine(inlinesToText(item[0]!.children)))) return true;
      note(ctx, 'removeCreditLines', `a list of ${b.items.length} credit lines`);
      return false;
    }
    if (b.type !== 'paragraph') return true;
    const text = inlinesToText(b.children).trim();
    if (!isCreditLine(text)) return true;
    note(ctx, 'removeCreditLines', `"${text.slice(0, 30)}" is a credit line`);
    return false;
  }).map((b) => (b.type === 'paragraph' ? withoutCreditSubLines(b, ctx) : b));
  const first = kept.findIndex((b) => b.type === 'paragraph');
  if (first >= 0) kept[first] = withoutLeadDateline(kept[first] as Extract<Block, { type: 'paragraph' }>, ctx);
  return kept;
}

/** A dateline opening the story's first paragraph ("Хакасия, 06 января 2012, 11:10 — Диетологи…",
 * "05.01.2012, Тирасполь 00:16:06 В Приднестровье…"): an optional place, a date and a time, then the
 * first sentence's capital. The stamp is metadata; the sentence stays. */
const LEAD_DATELINE = /^\s*(?:[\p{L} -]{2,30},\s*)?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+\p{L}+\s+\d{4})(?:,?\s*\p{Lu}[\p{L} -]{1,30})?,?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[—–-]\s*)?(?=\p{Lu})/u;

function withoutLeadDateline(b: Extract<Block, { type: 'paragraph' }>, ctx: CleanContext): Block {
  const m = LEAD_DATELINE.exec(inlinesToText(b.children));
  if (!m) return b;
  const children = dropLeadingChars(b.children, m[0].length);
  if (!children) return b;
  note(ctx, 'removeCreditLines', `"${m[0].trim()}" is a dateline opening the story`);
  return { ...b, children };
}

/** The inlines without their first n characters of text, or null when a line break comes first. */
function dropLeadingChars(inlines: Inline[], n: number): Inline[] | null {
  const out: Inline[] = [];
  let left = n;
  for (const c of inlines) {
    if (left === 0) out.push(c);
    else if (c.type === 'text') {
      if (c.text.length <= left) left -= c.text.length;
      else {
        out.push({ type: 'text', text: c.text.slice(left) });
        left = 0;
      }
    } else if (c.type === 'br' || c.type === 'ruby') return null;
    else {
      const len = inlinesToText(c.children).length;
      if (len <= left) left -= len;
      else {
        const inner = dropLeadingChars(c.children, left);
        if (!inner) return null;
        out.push({ ...c, children: inner });
        left = 0;
      }
    }
  }
  return out;
}

/** Old portals set a stamp and a photo credit as <br>-separated lines of one paragraph
 * ("16.01.2012 | 13:02<br>Фото: AP"): a line that is a credit line goes, the others stay. */
function withoutCreditSubLines(b: Extract<Block, { type: 'paragraph' }>, ctx: CleanContext): Block {
  const lines: Inline[][] = [[]];
  for (const c of b.children) {
    if (c.type === 'br') lines.push([]);
    else lines[lines.length - 1]!.push(c);
  }
  if (lines.length < 2) return b;
  const credit = lines.map((line) => {
    const text = inlinesToText(line).trim();
    return text !== '' && isCreditLine(text);
  });
  if (!credit.includes(true)) return b;
  const kept = lines.filter((_, i) => !credit[i]);
  note(ctx, 'removeCreditLines', () => `${credit.filter(Boolean).length} credit line(s) inside a paragraph`);
  return { ...b, children: kept.flatMap((line, i) => (i === 0 ? line : [{ type: 'br' } as Inline, ...line])) };
}

/** A web address in a credit line ("Źródło: http://…/very-long-path") counts as one short word. */
const CREDIT_URL = /\b(?:https?:\/\/|www\.)\S+/giu;

function isCreditLine(raw: string): boolean {
  const text = raw.trim();
  return text.replace(CREDIT_URL, 'url').length <= CREDIT_LINE_MAX_CHARS && CREDIT_LINES.some((re) => re.test(text));
}

/** Loose text under a story (inline runs between <br>s, no box of their own) may open with a tag-list,
 * comment-section or related-links label ("Tagi: a, b", "KOMENTARZE / Join the discussion…", "Read
 * more: …"): such a short paragraph is page furniture, as a labelled box would be (clean.ts
 * removeLabelledBoxes). */
const LABELLED_LINE_MAX_CHARS = 120;
const LABEL_PREFIX_MAX_CHARS = 30;

/** In the run of short lines that closes a story (after its last long paragraph), a line may also
 * open with a label of two words or more and go on ("Więcej wiadomości w serwisie X", "Read more at
 * X"): a pointer elsewhere, not prose. Inside the story such a start may be a sentence's. */
const LABEL_OPENING_MAX_WORDS = 4;

function openingLabelKind(line: string): ReturnType<typeof clutterLabelKind> {
  const words = normalizeLabel(line).split(' ');
  for (let n = 2; n < words.length && n <= LABEL_OPENING_MAX_WORDS; n++) {
    const kind = clutterLabelKind(normalizeLabel(words.slice(0, n).join(' ')));
    if (kind) return kind;
  }
  return null;
}

/** What may stand between the links of a tag or category line ("USA // Society // Children"). */
const TAG_LINE_SEPARATORS = /^[\s,;/|·•]*$/u;

/** A short label and nothing after it but links ("Dossier: <a>USA</a> // <a>Society</a>",
 * "Catalogue:<br><a>Web resources</a>"): a tag, category or source line, whatever the label says.
 * Returns the label, or null. */
function labelThenLinks(inlines: Inline[]): string | null {
  const segments: { text: string; link: boolean }[] = [];
  const walk = (list: Inline[], link: boolean): void => {
    for (const c of list) {
      if (c.type === 'text') segments.push({ text: c.text, link });
      else if (c.type === 'br') segments.push({ text: '\n', link });
      else if (c.type === 'ruby') segments.push({ text: c.base, link });
      else walk(c.children, link || c.type === 'link');
    }
  };
  walk(inlines, false);
  const at = segments.findIndex((s) => !s.link && /[:：]/.test(s.text));
  if (at < 0) return null;
  const cut = segments[at]!.text.search(/[:：]/);
  const label = (segments.slice(0, at).map((s) => s.text).join('') + segments[at]!.text.slice(0, cut)).trim();
  if (!label || label.length > LABEL_PREFIX_MAX_CHARS) return null;
  const rest = [{ text: segments[at]!.text.slice(cut + 1), link: false }, ...segments.slice(at + 1)];
  const onlyLinks = rest.some((s) => s.link && s.text.trim() !== '') && rest.every((s) => s.link || TAG_LINE_SEPARATORS.test(s.text));
  return onlyLinks ? normalizeLabel(label) : null;
}
/** A label that heads this many such lines is the article's own list ("Account: @name" per entry). */
const TAG_LINE_LABEL_REPEATS = 3;

function removeLabelledLines(blocks: Block[], ctx: CleanContext): Block[] {
  const texts = blocks.map((b) => (b.type === 'paragraph' ? inlinesToText(b.children).trim() : null));
  let tailStart = 0;
  texts.forEach((text, i) => {
    if (text !== null && text.length > LABELLED_LINE_MAX_CHARS) tailStart = i + 1;
  });
  const tagLabels = blocks.map((b, i) => (b.type === 'paragraph' && texts[i]!.length <= LABELLED_LINE_MAX_CHARS ? labelThenLinks(b.children) : null));
  const repeats = new Map<string, number>();
  for (const label of tagLabels) if (label) repeats.set(label, (repeats.get(label) ?? 0) + 1);
  return blocks.filter((b, i) => {
    const text = texts[i];
    if (b.type !== 'paragraph' || text == null) return true;
    if (text.length > LABELLED_LINE_MAX_CHARS) return true;
    // A loose line that is one link and nothing else is a teaser or source link, as a link-only <p>
    // is (clean-content.ts removeTeaserLinks).
    const words = b.children.filter((c) => c.type !== 'text' || c.text.trim() !== '');
    if (words.length === 1 && words[0]!.type === 'link' && !ctx.disabled.has('removeTeaserLinks')) {
      note(ctx, 'removeTeaserLinks', `"${text.slice(0, 30)}" is a line that is only a link`);
      return false;
    }
    const tagLabel = tagLabels[i];
    if (tagLabel && repeats.get(tagLabel)! < TAG_LINE_LABEL_REPEATS) {
      note(ctx, 'removeLabelledBoxes', `"${text.slice(0, 30)}" is a label and links only`);
      return false;
    }
    const first = text.split('\n')[0]!;
    const cut = first.search(/[:：]/);
    const label = cut > 0 && cut <= LABEL_PREFIX_MAX_CHARS ? first.slice(0, cut) : first;
    const kind = clutterLabelKind(normalizeLabel(label)) ?? (i >= tailStart ? openingLabelKind(first) : null);
    if (kind !== 'prompts' && kind !== 'related') return true;
    note(ctx, 'removeLabelledBoxes', `"${text.slice(0, 30)}" starts with a label`);
    return false;
  });
}

/** Blocks that carry text a heading can head (a figure is only an image or a caption). */
const SECTION_TEXT_BLOCKS = new Set<Block['type']>(['paragraph', 'list', 'blockquote', 'table', 'pre']);

/** A heading right before a heading of higher rank heads nothing: a section kicker over the headline
 * (<h2>Film</h2><h1>…</h1>), the title of an emptied box before the next section. */
function removeOutrankedHeadings(blocks: Block[], ctx: CleanContext): Block[] {
  return blocks.filter((b, i) => {
    const next = blocks[i + 1];
    if (b.type !== 'heading' || next?.type !== 'heading' || next.level >= b.level) return true;
    note(ctx, 'removeOutrankedHeadings', () => `h${b.level} "${inlinesToText(b.children).slice(0, 30)}" stands over an h${next.level}`);
    return false;
  });
}

/** A lede shorter than this is not compared (a short line may open a paragraph by chance). */
const REPEATED_LEDE_MIN_CHARS = 60;

/** A standfirst set as a heading that the story's opening repeats word for word (a CMS printing
 * the lede box, made of the first paragraph or two, and then the full text) is read once. */
function removeRepeatedLede(blocks: Block[], ctx: CleanContext): Block[] {
  // Only a lede set as a heading: two equal paragraphs in a row are the page's own text (sample
  // and test pages repeat a paragraph), not a standfirst.
  const i = blocks.findIndex((b) => b.type === 'heading' || b.type === 'paragraph');
  const lede = blocks[i];
  const next = blocks[i + 1];
  if (lede?.type !== 'heading' || next?.type !== 'paragraph') return blocks;
  const ledeText = collapse(inlinesToText(lede.children));
  const nextText = collapse(inlinesToText(next.children));
  if (Math.min(ledeText.length, nextText.length) < REPEATED_LEDE_MIN_CHARS || !(nextText.startsWith(ledeText) || ledeText.startsWith(nextText))) return blocks;
  note(ctx, 'removeRepeatedLede', () => `"${ledeText.slice(0, 30)}" is repeated by the paragraph after it`);
  return blocks.filter((_, k) => k !== i);
}

/** Headings after the last block of text head nothing: widget titles whose box held a form or an
 * applet ("Live chat", "Report it"), a category line, the label of a removed link rail. */
function removeTrailingHeadings(blocks: Block[], ctx: CleanContext): Block[] {
  let lastText = -1;
  blocks.forEach((b, i) => {
    if (SECTION_TEXT_BLOCKS.has(b.type)) lastText = i;
  });
  if (lastText === -1) return blocks;
  return blocks.filter((b, i) => {
    if (i <= lastText || b.type !== 'heading') return true;
    note(ctx, 'removeTrailingHeadings', () => `h${b.level} "${inlinesToText(b.children).slice(0, 30)}" heads no text`);
    return false;
  });
}

function leadImageOf(blocks: Block[]): ImageRef | null {
  for (let i = 0; i < Math.min(blocks.length, LEAD_IMAGE_MAX_INDEX); i++) {
    const b = blocks[i]!;
    if (b.type === 'figure' && b.images[0]) return b.images[0];
    if (b.type === 'paragraph') return null;
  }
  return null;
}

function sourceRoot(doc: Document, maxElements: number, index?: ElementIndex): { root: Element; bounded: boolean } | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  if ((index ? index.countWithin(body) : body.getElementsByTagName('*').length) > maxElements) {
    const main = body.querySelector('article, [itemprop="articleBody"], main, [role="main"]');
    if (main) return { root: main, bounded: true };
  }
  return { root: body, bounded: false };
}

/** One extraction without the retry (extractBody's building block; handy when debugging a page). */
export function attempt(doc: Document, base: URL, hints: BodyHints, disabled: Set<StageName>, maxElements = MAX_ELEMENTS): Body & { weight: number } {
  const trail: string[] = [];
  const cloned = sourceRoot(doc, maxElements, hints.index);
  if (!cloned) return { blocks: [], keyPoints: [], leadImage: null, trail: ['extractBody: the page has no body'], weight: 0 };
  const { root, bounded } = cloned;
  const ctx: CleanContext = { disabled, trail, stats: new Map(), labels: [], keyPointLists: [], removed: new Set(), noscriptImages: new Map(), index: hints.index, attributes: new Map() };
  if (bounded) trail.push(`extractBody: more than ${maxElements} elements, only ${describe(root)} is read`);
  cleanAndMeasure(root, ctx);
  const selection = selectContent(root, ctx);
  trail.push(`selectContent: ${describe(selection.top)} with ${selection.parts.length} part(s)`);
  const keyPoints = disabled.has('extractKeyPoints') ? [] : extractKeyPoints(root, selection.parts, ctx);
  if (!disabled.has('removeTeaserLinks')) removeTeaserLinks(selection.parts, ctx);
  if (!disabled.has('removeDisclaimers')) selection.parts = removeDisclaimers(selection.parts, ctx);
  if (!disabled.has('removeConditionally')) removeConditionally(selection.parts, ctx, selection.scores);
  let blocks = toBlocks(selection.parts, base, ctx.removed, ctx.noscriptImages);
  if (!disabled.has('removeOutrankedHeadings')) blocks = removeOutrankedHeadings(blocks, ctx);
  // Credit lines and alt-repeating captions go first: a stamp or a photo caption above the title
  // heading is no paragraph, and must not hide the title heading from removeTitleHeading.
  if (!disabled.has('removeCreditLines')) blocks = removeCreditLines(blocks, ctx);
  blocks = attachAltCaptions(blocks);
  if (!disabled.has('removeTitleHeading')) blocks = removeTitleHeading(blocks, hints.title, ctx);
  if (!disabled.has('removeLabelledBoxes')) blocks = removeLabelledLines(blocks, ctx);
  if (!disabled.has('removeRepeatedLede')) blocks = removeRepeatedLede(blocks, ctx);
  // Measured with the trailing headings: dropping a widget's title must not make a short story
  // look shorter to the retry test than it did before.
  const weight = textWeight(blocksToText(blocks));
  if (!disabled.has('removeTrailingHeadings')) blocks = removeTrailingHeadings(blocks, ctx);
  return { blocks, keyPoints, leadImage: leadImageOf(blocks), trail, weight };
}

export function extractBody(doc: Document, url: URL, hints: BodyHints = {}, options: BodyOptions = {}): Body {
  const base = baseUrlOf(doc, url, hints.index);
  const disabled = new Set(options.disable ?? []);
  const maxElements = options.maxElements ?? MAX_ELEMENTS;
  const first = attempt(doc, base, hints, disabled, maxElements);
  let best = first;
  if (first.weight < MIN_ARTICLE_WEIGHT && RETRY_DISABLED.some((s) => !disabled.has(s))) {
    const retry = attempt(doc, base, hints, new Set([...disabled, ...RETRY_DISABLED]), maxElements);
    if (retry.weight > first.weight * RETRY_GAIN) {
      best = retry;
      best.trail.unshift(`extractBody: first attempt gave ${first.weight} < ${MIN_ARTICLE_WEIGHT}; retried without ${RETRY_DISABLED.join(', ')}`);
    }
  }
  return { blocks: best.blocks, keyPoints: best.keyPoints, leadImage: best.leadImage, trail: best.trail };
}
