// Quotation spans by their marks, language-neutral. A span never crosses a line (paragraph):
// a quote left open at the end of a line that it opened runs to the line end, which is how
// news writes a quotation continued in the next paragraph.
import { splitLines } from '../../text/sentences';

export interface QuoteSpan {
  /** Offsets into the whole text, marks included. */
  start: number;
  end: number;
  /** The quoted words, marks excluded. */
  inner: string;
  /** Index of the line (paragraph) in the text. */
  line: number;
  /** False when the quote runs to the end of its line without a closing mark. */
  closed: boolean;
}

/** Each opening mark with the closing marks that end it, the proper one first. */
const PAIRS: Record<string, readonly string[]> = {
  '「': ['」'],
  '『': ['』'],
  '“': ['”'],
  '„': ['“', '”'],
  '«': ['»'],
  '《': ['》'],
  '〝': ['〟', '″'],
  '‹': ['›'],
  '"': ['"'],
  '‘': ['’'],
};
/** When the proper closer never comes, these end the quote anyway: translated pages close 「 with ” (seed sample). */
const FALLBACK_CLOSERS: Record<string, readonly string[]> = {
  '「': ['”', '"', '』'],
  '『': ['」', '”'],
  '“': ['"', '」'],
  '«': ['”', '“'],
};
/** Straight and single quotes double as inch marks and apostrophes: they open only after a space or bracket. */
const AMBIGUOUS_OPENERS = new Set(['"', '‘']);
const OPEN_CONTEXT = /[\s([{—–\-/:;,「『“]/u;
const LETTER = /[\p{L}\p{N}]/u;
/** Where a quotation can begin: an opening mark of PAIRS or the apostrophe of a doubled one (''). Lets the scan skip plain text. */
const MAYBE_OPENING = /[「『“„«《〝‹"‘']/g;

function findCloser(line: string, from: number, open: string): number {
  const closers = PAIRS[open] ?? [];
  let nested = 0;
  for (let i = from; i < line.length; i++) {
    const ch = line[i]!;
    if (closers.includes(ch)) {
      // An apostrophe inside a word ("don’t") is not a closing single quote.
      if (ch === '’' && LETTER.test(line[i + 1] ?? '')) continue;
      if (nested === 0) return i;
      nested--;
    } else if (ch === open && open !== '"' && open !== '‘') {
      nested++;
    }
  }
  const fallbacks = FALLBACK_CLOSERS[open] ?? [];
  for (let i = from; i < line.length; i++) if (fallbacks.includes(line[i]!)) return i;
  return -1;
}

function hasOpenerAfter(line: string, from: number): boolean {
  for (let i = from; i < line.length; i++) if (line[i]! in PAIRS && !AMBIGUOUS_OPENERS.has(line[i]!)) return true;
  return false;
}

/** Top-level quotations of a text in reading order (nested quotes stay inside their outer quote). */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  splitLines(text).forEach((line, lineIndex) => {
    const s = line.text;
    let i = 0;
    while (i < s.length) {
      MAYBE_OPENING.lastIndex = i;
      const next = MAYBE_OPENING.exec(s);
      if (!next) break;
      i = next.index;
      // Two apostrophes stand for a double quote in some wire copy: ''This isn't tax reform,'' said…
      if (s.startsWith("''", i) && (i === 0 || OPEN_CONTEXT.test(s[i - 1]!))) {
        const close = s.indexOf("''", i + 2);
        if (close > i + 2) {
          const inner = s.slice(i + 2, close).trim();
          if (inner) spans.push({ start: line.start + i, end: line.start + close + 2, inner, line: lineIndex, closed: true });
          i = close + 2;
          continue;
        }
      }
      const ch = s[i]!;
      const isOpener = ch in PAIRS && (!AMBIGUOUS_OPENERS.has(ch) || i === 0 || OPEN_CONTEXT.test(s[i - 1]!) || !LETTER.test(s[i - 1]!));
      if (!isOpener) {
        i++;
        continue;
      }
      const close = findCloser(s, i + 1, ch);
      let end: number;
      let closed = true;
      if (close >= 0) {
        end = close + 1;
      } else if (s.slice(0, i).trim() === '' || !hasOpenerAfter(s, i + 1)) {
        // The last quote of a paragraph left open goes on in the next paragraph (news convention).
        end = s.trimEnd().length;
        closed = false;
      } else {
        i++;
        continue;
      }
      const inner = s.slice(i + 1, closed ? end - 1 : end).trim();
      if (inner) spans.push({ start: line.start + i, end: line.start + end, inner, line: lineIndex, closed });
      i = end;
    }
  });
  return spans;
}
