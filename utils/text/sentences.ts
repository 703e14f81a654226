// Sentence segmentation: Intl.Segmenter per line, then the repairs it needs on news text.
// Segmenting line by line keeps the cost linear (ICU gets much slower on one huge string) and
// never lets a sentence cross a paragraph or a caption.
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
  for (const ch of s) {
    if (ch === '“' && d > 0) d--; // „…“: in German text “ closes
    else if (OPENERS.includes(ch)) d++;
    else if (CLOSERS.includes(ch)) d = Math.max(0, d - 1);
  }
  return d;
}

function straightOdd(s: string): boolean {
  let n = 0;
  for (const ch of s) if (ch === STRAIGHT) n++;
  return n % 2 === 1;
}

/** Characters that cannot begin a sentence: a segment starting with one belongs to the previous. */
const NO_SENTENCE_START = /^[\s]*[」』”»》〟）)\]、。，,.;:!?！？・\p{Ll}]/u;
/** An opening mark stranded at the end of a segment ("…述べた。「") belongs to the next. */
const STRANDED_OPENER = /[「『“«„《〝(（\[]\s*$/u;
/** CJK text joined by spaces (XL-Sum paragraphs, captions): a space between two CJK characters or before 「 is a boundary. */
const CJK_SPACE_BREAK = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー。！？」』）)])[ \u3000]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}「『（(A-Z0-9])/gu;
/** The longest a repaired sentence may grow by merging, so a stray quote mark cannot swallow a paragraph. */
const MAX_MERGED_SEGMENTS = 8;

/** A word or initials with a final dot ending a segment: the abbreviation candidate. */
const FINAL_DOTTED_WORD = /(?:^|[\s(“"‘'])((?:\p{L}\.)+|\p{L}+\.)\s*$/u;

function endsWithAbbreviation(seg: string, abbreviations: ReadonlySet<string>): boolean {
  // Most segments end in "!", "?", a quote mark or CJK punctuation: skip the regex (trimEnd strips what \s matches).
  if (!seg.trimEnd().endsWith('.')) return false;
  const m = FINAL_DOTTED_WORD.exec(seg);
  if (!m || !m[1]) return false;
  const word = m[1].slice(0, -1).toLowerCase();
  // A single capital initial ("John F. Kennedy") never ends a sentence in news text.
  if (/^\p{Lu}$/u.test(m[1].slice(0, -1))) return true;
  return abbreviations.has(word);
}

interface Piece {
  start: number;
  end: number;
}

function rawSegments(line: string, lang: string): Piece[] {
  const out: Piece[] = [];
  const seg = sentenceSegmenter(lang);
  const cjk = CJK_LANGS.has(lang) && lang !== 'ko';
  const chunks: Piece[] = [];
  if (cjk) {
    let from = 0;
    for (const m of line.matchAll(CJK_SPACE_BREAK)) {
      chunks.push({ start: from, end: m.index });
      from = m.index + m[0].length;
    }
    chunks.push({ start: from, end: line.length });
  } else {
    chunks.push({ start: 0, end: line.length });
  }
  for (const c of chunks) {
    const part = line.slice(c.start, c.end);
    for (const s of seg.segment(part)) {
      out.push({ start: c.start + s.index, end: c.start + s.index + s.segment.length });
    }
  }
  return out;
}

/** Sentences of one line, repaired. Offsets are relative to the line. */
function lineSentences(line: string, lang: string, abbreviations: ReadonlySet<string>): Piece[] {
  const raw = rawSegments(line, lang);
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
      const stranded = STRANDED_OPENER.exec(prev);
      if (stranded && prev.trim().length > 1 && quoteDepth(prev.slice(0, stranded.index), 0) === 0) {
        const cut = cur.start + stranded.index;
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
}
let lastSplit: SplitProgress | null = null;

function progressFor(text: string, lang: string): SplitProgress {
  if (lastSplit && lastSplit.text === text && lastSplit.lang === lang) return lastSplit;
  lastSplit = { text, lang, lines: splitLines(text), next: 0, sentences: [], abbreviations: speechCues(lang).abbreviations };
  return lastSplit;
}

/** Split one more line; false when every line is split. */
function splitNextLine(p: SplitProgress): boolean {
  if (p.next >= p.lines.length) return false;
  const lineIndex = p.next++;
  const line = p.lines[lineIndex]!;
  for (const piece of lineSentences(line.text, p.lang, p.abbreviations)) {
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
