// Summary and quotes as Markdown for the clipboard. Page text is data, never markup: every
// character Markdown (or HTML inside Markdown) could interpret is escaped, and only http(s)
// links survive.
import type { Article, Quote, Summary } from './pipeline/types';

/**
 * Characters CommonMark may read as markup anywhere in a line: emphasis, code, links, entities
 * (&), raw HTML (<), tables (|), strikethrough (~) and a heading's closing #s. `(` and `!` need
 * no escape once `[` is escaped.
 */
const INLINE_SPECIALS = /[\\`*_[\]<>&|~#]/g;
/** Line starts that would turn text into a quote, list or rule. */
const BLOCK_START = /^(\s*)([>+\-=]|\d+[.)])/;

/** Escapes text for use inside a Markdown paragraph, list item or quote; newlines become spaces. */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const escaped = oneLine.replace(INLINE_SPECIALS, (ch) => `\\${ch}`);
  return escaped.replace(BLOCK_START, (_whole, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
  );
}

/** An http(s) URL safe inside `(...)`, or null for anything else (javascript:, data:, junk). */
export function markdownUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.href.replace(/[()<> ]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return null;
  }
}

function link(text: string, url: string): string {
  const href = markdownUrl(url);
  return href ? `[${escapeMarkdown(text)}](${href})` : escapeMarkdown(text);
}

export interface MarkdownLabels {
  keyPoints: string;
  summary: string;
  quotes: string;
  source: string;
  original: (domain: string) => string;
  unknownSpeaker: string;
}

function speakerOf(quote: Quote, unknown: string): string {
  if (!quote.speaker) return unknown;
  return quote.speakerOriginal && quote.speakerOriginal !== quote.speaker
    ? `${quote.speaker} (${quote.speakerOriginal})`
    : quote.speaker;
}

/** The popup's content as Markdown: title, source line, key points, summary bullets, quotes. */
export function summaryToMarkdown(article: Article, summary: Summary, quotes: Quote[], labels: MarkdownLabels): string {
  const out: string[] = [`# ${escapeMarkdown(article.title)}`];
  const source = [article.siteName ? link(article.siteName, article.url) : link(article.url, article.url)];
  if (article.originalSource) {
    source.push(link(labels.original(article.originalSource.domain), article.originalSource.url));
  }
  out.push(`${escapeMarkdown(labels.source)}: ${source.join(' · ')}`);
  const list = (heading: string, items: string[]) => {
    if (items.length) out.push(`## ${escapeMarkdown(heading)}`, items.map((item) => `- ${escapeMarkdown(item)}`).join('\n'));
  };
  list(labels.keyPoints, summary.keyPoints);
  list(labels.summary, summary.bullets);
  if (quotes.length) {
    out.push(`## ${escapeMarkdown(labels.quotes)}`);
    for (const quote of quotes) {
      out.push(`> ${escapeMarkdown(quote.text)}\n>\n> — ${escapeMarkdown(speakerOf(quote, labels.unknownSpeaker))}`);
    }
  }
  return `${out.join('\n\n')}\n`;
}
