// The plain data every pipeline stage returns. Everything here is JSON-serialisable: it crosses
// the extension's message boundary and is printed by the CLI, and it never carries markup.

/** Inline content of a block. Text is always plain text; Preact renders it, nothing parses it. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'em' | 'strong' | 'code' | 'sub' | 'sup' | 'mark' | 'del'; children: Inline[] }
  /** Ruby annotation (furigana): kept as ruby so the reader can render <ruby>. */
  | { type: 'ruby'; base: string; text: string }
  | { type: 'br' };

export interface ImageRef {
  /** Absolute URL (lazy-loading attributes already resolved). */
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

export interface TableCell {
  header: boolean;
  colspan?: number;
  rowspan?: number;
  children: Inline[];
}

/** The article body as a typed tree. */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Block[][] }
  | { type: 'blockquote'; children: Block[] }
  | { type: 'figure'; images: ImageRef[]; caption: Inline[] }
  | { type: 'table'; caption: Inline[]; rows: TableCell[][] }
  | { type: 'pre'; text: string }
  | { type: 'hr' };

export interface Detection {
  isArticle: boolean;
  /** Higher means more article-like; the threshold is DETECTION_THRESHOLD in detect.ts. */
  score: number;
  /** Short machine-readable reasons, e.g. "jsonld:NewsArticle", "og:type=article", "text:1840". */
  reasons: string[];
}

export interface OriginalSource {
  /** Absolute URL of the original (untranslated) article. */
  url: string;
  /** The hostname without "www.", for "Original: <domain>". */
  domain: string;
  /** The cue that identified it, e.g. "引用元へ", "schema:isBasedOn". */
  label: string;
}

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 primary tag as detected from the text when the page's lang is missing or wrong. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** ISO 8601, or null when the page states none (never the header's "today"). */
  publishedTime: string | null;
  /** The page URL (canonical when the page declares one). */
  url: string;
  excerpt: string | null;
  leadImage: ImageRef | null;
  originalSource: OriginalSource | null;
  /** Publisher's own key-point bullets at the top of the article, kept out of the body. */
  keyPoints: string[];
  blocks: Block[];
  /** Body as plain text: one block per paragraph, blocks separated by a blank line ("\n\n"). */
  text: string;
  /** Words for space-separated scripts, characters for CJK. */
  length: number;
  readingMinutes: number;
}

export interface Summary {
  /** Kiji's own extractive bullets, in reading order. */
  bullets: string[];
  /** The publisher's key points (Article.keyPoints), when present. */
  keyPoints: string[];
}

export interface Quote {
  text: string;
  speaker: string | null;
  /** The speaker's name in its original script when the page gives it, e.g. "Cho Han-bum". */
  speakerOriginal: string | null;
  /** Character offsets of the quotation (marks included) into Article.text. */
  start: number;
  end: number;
}

export interface Timings {
  detectMs: number;
  extractMs: number;
  summaryMs: number;
  quotesMs: number;
}

/** What runPipeline returns: what the popup shows and what the CLI prints. */
export interface ReadResult {
  detection: Detection;
  /** Best-effort extraction even when detection says "not an article"; null only for a page with no text. */
  article: Article | null;
  summary: Summary;
  quotes: Quote[];
  timings: Timings;
}

export interface PipelineOptions {
  /** Number of summary bullets: 3 by default, 5 on request. */
  bullets?: number;
  /** Return every quotation instead of only the key ones. */
  allQuotes?: boolean;
}
