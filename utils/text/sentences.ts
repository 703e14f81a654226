// Sentence segmentation: Intl.Segmenter per line, then the repairs it needs on news text.
// Segmenting line by line (lines joined in bounded batches, see segmentBatch) keeps the cost linear
// (ICU gets much slower on one huge string) and never lets a sentence cross a paragraph or a caption.
import { speechCues } from '../lang/speech';
import { CJK_LANGS } from './script';

export interface Sentence {
  /** Trimmed sentence text, an exact slice of the input. */
  text: string;
  /** Offsets of `text` in the input. */
  start: number;
  end: number;
  /** Index of the line (paragraph, caption, list item) it belongs to, in reading order. */
  line: number;
}

export interface Line {
  text: string;
  start: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** One segmenter per language: constructing one costs far more than segmenting a sentence. */
export function sentenceSegmenter(lang: string): Intl.Segmenter {
  let seg = segmenters.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang || 'und', { granularity: 'sentence' });
    segmenters.set(lang, seg);
  }
  return seg;
}

/** Non-empty lines with their offsets: Article.text puts one block per paragraph, cnndm one sentence per line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) lines.push({ text: m[0], start: m.index });
  }
  return lines;
}

// Quote marks whose balance decides whether a segment may end: an opener left open means the
// quotation (and so the sentence) goes on. Closers accept a mismatched partner because translated
// pages close 「 with ” (the seed sample).
const OPENERS = '「『“«„《〝‹';
const CLOSERS = '」』”»“》〟›';
/** A straight double quote: balanced by parity. */
const STRAIGHT = '"';

const ANY_QUOTE_MARK = /[「『“«„《〝‹」』”»》〟›]/u;

function quoteDepth(s: string, depth: number): number {
  if (!ANY_QUOTE_MARK.test(s)) return depth;
  let d = depth;
  // Code units, not code points: every mark is one BMP unit, which a surrogate half never equals.
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '“' && d > 0) d--; // „…“: in German text “ closes
    else if (OPENERS.includes(ch)) d++;
    else if (CLOSERS.includes(ch)) d = Math.max(0, d - 1);
  }
  return d;
}

function straightOdd(s: string): boolean {
  let n = 0;
  for (let at = s.indexOf(STRAIGHT); at >= 0; at = s.indexOf(STRAIGHT, at + 1)) n++;
  return n % 2 === 1;
}

/** Characters that cannot begin a sentence: a segment starting with one belongs to the previous. */
const NO_SENTENCE_START = /^[\s]*[」』”»》〟）)\]、。，,.;:!?！？・\p{Ll}]/u;
/** An opening mark stranded at the end of a segment ("…述べた。「") belongs to the next. */
const STRANDED_OPENERS = '「『“«„《〝(（[';

/** Offset of an opening mark that ends `s` (before trailing spaces), or -1. Looks at the last
 * character only: a regex anchored at the end would be tried from every position. */
function strandedOpener(s: string): number {
  const at = s.trimEnd().length - 1;
  return at >= 0 && STRANDED_OPENERS.includes(s[at]!) ? at : -1;
}
/** CJK text joined by spaces (XL-Sum paragraphs, captions): a space between two CJK characters or before 「 is a boundary. */
const CJK_SPACE_BREAK = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー。！？」』）)])[ \u3000]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}「『（(A-Z0-9])/gu;
/** The longest a repaired sentence may grow by merging, so a stray quote mark cannot swallow a paragraph. */
const MAX_MERGED_SEGMENTS = 8;

/** A word or initials with a final dot: the abbreviation candidate (the segment's last token). */
const DOTTED_WORD = /^(?:(?:\p{L}\.)+|\p{L}+\.)$/u;
/** What may stand before that word: the start, a space, an opening bracket or quote. */
const BEFORE_WORD = /[\s(“"‘']/u;

function endsWithAbbreviation(seg: string, abbreviations: ReadonlySet<string>): boolean {
  // Most segments end in "!", "?", a quote mark or CJK punctuation: skip the regex (trimEnd strips what \s matches).
  const trimmed = seg.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  // The candidate is the last token (after the last space, bracket or quote): testing only it, rather
  // than a regex anchored at the end that is tried from every position, costs the token, not the segment.
  let from = trimmed.length - 1;
  for (; from > 0; from--) {
    const c = trimmed.charCodeAt(from - 1);
    // ASCII letters and dots are never a separator: skip the regex for them.
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46) continue;
    if (BEFORE_WORD.test(trimmed[from - 1]!)) break;
  }
  const token = trimmed.slice(from);
  if (!DOTTED_WORD.test(token)) return false;
  const word = token.slice(0, -1).toLowerCase();
  // A single capital initial ("John F. Kennedy") never ends a sentence in news text.
  if (/^\p{Lu}$/u.test(token.slice(0, -1))) return true;
  return abbreviations.has(word);
}

interface Piece {
  start: number;
  end: number;
}

/** The parts of a line segmented on their own: the whole line, or for CJK its space-separated runs. */
function lineChunks(line: string, lang: string): Piece[] {
  const chunks: Piece[] = [];
  if (CJK_LANGS.has(lang) && lang !== 'ko') {
    let from = 0;
    for (const m of line.matchAll(CJK_SPACE_BREAK)) {
      chunks.push({ start: from, end: m.index });
      from = m.index + m[0].length;
    }
    chunks.push({ start: from, end: line.length });
  } else {
    chunks.push({ start: 0, end: line.length });
  }
  return chunks;
}

/**
 * Characters segmented per Intl.Segmenter call. A call has a fixed cost (~15 µs, more than a
 * paragraph's segmentation), so the lines are segmented in batches joined by "\n": UAX #29 always
 * breaks after a paragraph separator and its rules look no further than one, so each line splits
 * exactly as on its own. Bounded, since ICU gets slower on one huge string.
 */
const BATCH_CHARS = 2000;

/** Raw segments of the lines from `from` on (a batch of at least one line), offsets relative to each line. */
function segmentBatch(p: SplitProgress, from: number): void {
  const parts: string[] = [];
  const owners: { line: number; offset: number; at: number; end: number }[] = [];
  let at = 0;
  let i = from;
  do {
    const line = p.lines[i]!.text;
    p.raw[i] = [];
    for (const c of lineChunks(line, p.lang)) {
      parts.push(line.slice(c.start, c.end));
      owners.push({ line: i, offset: c.start, at, end: at + c.end - c.start });
      at += c.end - c.start + 1;
    }
    i++;
  } while (i < p.lines.length && at < BATCH_CHARS);
  let k = 0;
  for (const s of sentenceSegmenter(p.lang).segment(parts.join('\n'))) {
    while (owners[k]!.end < s.index) k++;
    const o = owners[k]!;
    // A segment starting at a joining "\n" is that separator alone (after an empty part).
    if (s.index >= o.end) continue;
    const end = Math.min(s.index + s.segment.length, o.end);
    p.raw[o.line]!.push({ start: o.offset + s.index - o.at, end: o.offset + end - o.at });
  }
}

/** Sentences of one line, repaired. Offsets are relative to the line. */
function lineSentences(line: string, raw: Piece[], abbreviations: ReadonlySet<string>): Piece[] {
  const merged: Piece[] = [];
  let cur: Piece | null = null;
  let depth = 0;
  let odd = false;
  let count = 0;
  for (const p of raw) {
    let text = line.slice(p.start, p.end);
    if (cur) {
      const prev = line.slice(cur.start, cur.end);
      // An opening mark stranded at the end belongs to the next sentence, even though it leaves a quote open.
      const stranded = strandedOpener(prev);
      if (stranded >= 0 && prev.trim().length > 1 && quoteDepth(prev.slice(0, stranded), 0) === 0) {
        const cut = cur.start + stranded;
        cur.end = cut;
        p.start = cut;
        text = line.slice(p.start, p.end);
        merged.push(cur);
        cur = { start: p.start, end: p.end };
        depth = quoteDepth(text, 0);
        odd = straightOdd(text);
        count = 1;
        continue;
      }
      const mustJoin =
        (depth > 0 || odd) && count < MAX_MERGED_SEGMENTS ||
        NO_SENTENCE_START.test(text) ||
        endsWithAbbreviation(prev, abbreviations);
      if (mustJoin) {
        cur.end = p.end;
        depth = quoteDepth(text, depth);
        odd = odd !== straightOdd(text);
        count++;
        continue;
      }
      merged.push(cur);
    }
    cur = { start: p.start, end: p.end };
    depth = quoteDepth(text, 0);
    odd = straightOdd(text);
    count = 1;
  }
  if (cur) merged.push(cur);
  return merged;
}

/**
 * The last text split, memoised: the summary and the quote finder read the same article text in
 * a row, and segmentation is most of their cost. Split lazily, line by line, so a reader that
 * needs only the leading sentences (the summary) does not pay for the rest. Sentences are frozen,
 * so sharing them cannot leak a mutation.
 */
interface SplitProgress {
  text: string;
  lang: string;
  lines: Line[];
  /** Next line to split. */
  next: number;
  sentences: Sentence[];
  abbreviations: ReadonlySet<string>;
  /** Raw segments of lines segmented ahead in a batch, until their line is split. */
  raw: (Piece[] | undefined)[];
}
let lastSplit: SplitProgress | null = null;

function progressFor(text: string, lang: string): SplitProgress {
  if (lastSplit && lastSplit.text === text && lastSplit.lang === lang) return lastSplit;
  lastSplit = { text, lang, lines: splitLines(text), next: 0, sentences: [], abbreviations: speechCues(lang).abbreviations, raw: [] };
  return lastSplit;
}

/** Split one more line; false when every line is split. */
function splitNextLine(p: SplitProgress): boolean {
  if (p.next >= p.lines.length) return false;
  const lineIndex = p.next++;
  const line = p.lines[lineIndex]!;
  if (!p.raw[lineIndex]) segmentBatch(p, lineIndex);
  const raw = p.raw[lineIndex]!;
  p.raw[lineIndex] = undefined;
  for (const piece of lineSentences(line.text, raw, p.abbreviations)) {
    const slice = line.text.slice(piece.start, piece.end);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (!trimmed) continue;
    const start = line.start + piece.start + lead;
    p.sentences.push(Object.freeze({ text: trimmed, start, end: start + trimmed.length, line: lineIndex }));
  }
  return true;
}

/** Repaired sentences of a text, in reading order, each an exact trimmed slice with offsets. */
export function splitSentences(text: string, lang: string): readonly Sentence[] {
  const p = progressFor(text, lang);
  while (splitNextLine(p));
  return Object.freeze(p.sentences);
}

/** The same sentences as splitSentences, split only as far as the caller reads. */
export function* eachSentence(text: string, lang: string): Generator<Sentence> {
  const p = progressFor(text, lang);
  for (let i = 0; ; i++) {
    while (i >= p.sentences.length) if (!splitNextLine(p)) return;
    yield p.sentences[i]!;
  }
}
