// Key quotes: full statements with a known speaker, one entry per speaker turn, at most five.
import type { Quote } from '../types';
import type { FoundQuote } from './attribute';

/** The popup shows this many key quotes at most (issue 4). */
export const MAX_KEY_QUOTES = 5;
/** Separator between the quotes of one speaker turn merged into one key quote. */
const TURN_JOINER = ' ';

function normalise(s: string): string {
  return s.replace(/[\s\p{P}]+/gu, '').toLowerCase();
}

function toQuote(q: FoundQuote): Quote {
  return { text: q.text, speaker: q.speaker?.name ?? null, speakerOriginal: q.speaker?.original ?? null, start: q.start, end: q.end };
}

/** Every quotation worth listing: attributed ones and full statements; unattributed phrases (scare quotes, titles) are not quotations of anyone. */
export function allQuotes(found: FoundQuote[]): Quote[] {
  return found.filter((q) => q.attributed || !q.fragment).map(toQuote);
}

/**
 * Consecutive statements of one speaker (the same or the next paragraph) are one turn: the seed
 * sample's two Watson paragraphs and two Putin paragraphs read as one statement each. A merged
 * quote's start/end span the whole turn.
 */
function turns(statements: FoundQuote[]): Quote[] {
  const out: Quote[] = [];
  let last: FoundQuote | null = null;
  for (const q of statements) {
    const prev = out[out.length - 1];
    if (prev && last && last.speaker?.name === q.speaker?.name && q.line - last.line <= 1) {
      prev.text = prev.text + TURN_JOINER + q.text;
      prev.end = q.end;
    } else {
      out.push(toQuote(q));
    }
    last = q;
  }
  return out;
}

/** Key quotes in reading order: speaker known, full statements, no duplicates, at most five (longest turns win). */
export function keyQuotes(found: FoundQuote[], max = MAX_KEY_QUOTES): Quote[] {
  const seen = new Set<string>();
  const statements = found.filter((q) => {
    if (!q.speaker || q.fragment) return false;
    const key = normalise(q.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const all = turns(statements);
  if (all.length <= max) return all;
  // Prefer one turn per speaker, then the longest remaining, and show them in reading order.
  const chosen = new Set<Quote>();
  const speakers = new Set<string>();
  const byLength = [...all].sort((a, b) => b.text.length - a.text.length);
  for (const q of byLength) {
    if (chosen.size >= max) break;
    if (!speakers.has(q.speaker ?? '')) {
      chosen.add(q);
      speakers.add(q.speaker ?? '');
    }
  }
  for (const q of byLength) {
    if (chosen.size >= max) break;
    chosen.add(q);
  }
  return all.filter((q) => chosen.has(q));
}
