import type { Article, Block, Inline, OriginalSource } from './types';
import { extractBody } from './body';
import { blocksToText, inlinesToText } from './blocks-text';
import { readDeclaredLang, readMetadata, readPageFacts } from './metadata';
import { findOriginalSource } from './source';
import { detectLanguage } from '../lang/detect-language';
import { pageCues } from '../lang/page';
import { textLength } from '../text/script';

// The full extraction: metadata + body block tree + original source. Read-only over `doc`
// (extractBody only reads, never clones or mutates; the metadata readers only read).
//
// Order: page facts (meta, JSON-LD, h1) → a first language guess from a cheap text sample, which
// the body extractor uses for its per-language clutter labels → body → the final language from
// the body text → original source, whose cue block is then dropped from the body (the body
// extractor does not know about it) → lengths from the final text.

/** A block holding the source link is its cue line ("引用元へ", "Source: Reuters") when it has at
 * most this many characters beyond the link text; longer blocks are prose that cites a source. */
const MAX_SOURCE_LINE_EXTRA = 24;

export function extract(doc: Document, url: URL): Article | null {
  const facts = readPageFacts(doc, url);
  const first = readMetadata(doc, url, { facts });
  const body = extractBody(doc, url, { title: first.title, lang: first.lang, index: facts.index });
  const source = findOriginalSource(doc, url, facts.jsonld, facts.index);
  const sourced = source ? withoutSourceLine(body.blocks, source) : body.blocks;
  const blocks = withoutOwnAddress(sourced, [url.href, first.url]);
  const text = blocksToText(blocks);
  if (!text.trim() && !first.title) return null;
  const lang = text.trim() ? detectLanguage(`${first.title}\n${text}`, readDeclaredLang(facts)) : first.lang;
  const meta = lang === first.lang ? first : readMetadata(doc, url, { facts, lang });
  const length = textLength(text);
  const speed = pageCues(lang).readingSpeed.perMinute;
  return {
    title: meta.title,
    byline: meta.byline,
    siteName: meta.siteName,
    lang: meta.lang,
    dir: meta.dir,
    publishedTime: meta.publishedTime,
    url: meta.url,
    excerpt: meta.excerpt,
    leadImage: meta.leadImage ?? body.leadImage,
    originalSource: source,
    keyPoints: body.keyPoints,
    blocks,
    text,
    length,
    readingMinutes: length > 0 ? Math.max(1, Math.ceil(length / speed)) : 0,
  };
}

function linksTo(inlines: Inline[], href: string): Inline | null {
  for (const i of inlines) {
    if (i.type === 'link' && i.href === href) return i;
    if ('children' in i && i.type !== 'link') {
      const found = linksTo(i.children, href);
      if (found) return found;
    }
  }
  return null;
}

/** A URL compared without its scheme, "www." and trailing slash. */
function addressKey(href: string): string {
  return href.trim().replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/+$/, '').toLowerCase();
}

/** Drops a paragraph that is only the page's own address (the "document URL" line of a print
 * version under the story): a reader has it in the address bar, it is no text of the story. */
export function withoutOwnAddress(blocks: Block[], addresses: string[]): Block[] {
  const own = new Set(addresses.map(addressKey).filter((a) => a.includes('/')));
  return blocks.filter((block) => block.type !== 'paragraph' || !own.has(addressKey(inlinesToText(block.children))));
}

/** Drops the paragraph that is only the source cue; a source cited inside prose stays. */
export function withoutSourceLine(blocks: Block[], source: OriginalSource): Block[] {
  return blocks.filter((block) => {
    if (block.type !== 'paragraph' && block.type !== 'heading') return true;
    const link = linksTo(block.children, source.url);
    if (!link || link.type !== 'link') return true;
    const extra = inlinesToText(block.children).trim().length - inlinesToText(link.children).trim().length;
    return extra > MAX_SOURCE_LINE_EXTRA;
  });
}
