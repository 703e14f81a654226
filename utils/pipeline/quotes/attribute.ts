// Who said each quotation. Reading order matters: people are met as the text names them, and a
// pronoun or short reference resolves to the nearest fitting one met before it.
import { speechCues, type SpeechCues } from '../../lang/speech';
import { CJK_LANGS, textLength } from '../../text/script';
import { eachSentence, type Sentence } from '../../text/sentences';
import { words } from '../../text/words';
import { findQuoteSpans, type QuoteSpan } from './marks';
import { People, reduceSpeaker, type Speaker } from './speaker';

export interface FoundQuote {
  /** The quoted words without their marks (and without the comma English puts inside them). */
  text: string;
  speaker: Speaker | null;
  start: number;
  end: number;
  line: number;
  /** A phrase inside a clause (「心配はない」, a scare quote), not a statement. */
  fragment: boolean;
  /** It has a speaker, by its own cue or by continuing the previous speaker's turn. */
  attributed: boolean;
  /** Its own attribution cue (a speech verb, "according to", "によると") was found, in its sentence. */
  cue: boolean;
  /** A paragraph that is only a quotation, continuing the previous paragraph's quoted speaker. */
  continued: boolean;
}

/** How far around a quote an attribution is looked for: news puts it in the same sentence. */
const CONTEXT_CHARS = 220;
/** Shortest statement: shorter quotes are phrases ("「心配はない」" is 5 characters; seed sample). */
const MIN_STATEMENT_CJK_CHARS = 12;
const MIN_STATEMENT_WORDS = 5;
/** Korean words carry their particles and endings, so a statement needs fewer of them. */
const MIN_STATEMENT_WORDS_KO = 3;
/** A first and last name in a spaced script ("Kurt Volker", "Anna Maria Weber"), to expand a later bare surname. */
const FULL_NAME = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’\-]+){1,2}/gu;
/** Punctuation English puts inside the closing mark, dropped from the displayed text. */
const TRAILING_INNER_PUNCT = /[,，、]\s*$/u;

interface Attribution {
  attributed: boolean;
  who: string | undefined;
}

/** The first cue that matches `s`; a cue whose guard (SpeechCues.guards) rejects `s` is skipped unrun. */
function matchFirst(res: RegExp[], s: string, guards: ReadonlyMap<RegExp, RegExp> | undefined): RegExpExecArray | null {
  // Cues in a row often share a guard: its answer for `s` is kept.
  let lastGuard: RegExp | undefined;
  let lastPassed = false;
  for (const re of res) {
    const guard = guards?.get(re);
    if (guard) {
      if (guard !== lastGuard) {
        lastGuard = guard;
        lastPassed = guard.test(s);
      }
      if (!lastPassed) continue;
    }
    const m = re.exec(s);
    if (m) return m;
  }
  return null;
}

/** `afterMatch` is matchFirst(cues.after, after), passed in since the caller needs it too (the cue regexes are the cost). */
function findAttribution(cues: SpeechCues, before: string, afterMatch: RegExpExecArray | null, sentenceHead: string): Attribution {
  const m = afterMatch ?? matchFirst(cues.before, before, cues.guards);
  if (!m) return { attributed: false, who: undefined };
  let who = m.groups?.who;
  if (!who && cues.topic) who = cues.topic.exec(sentenceHead)?.groups?.who;
  return { attributed: true, who };
}

function isFragment(span: QuoteSpan, after: string, attributedAfter: boolean, cues: SpeechCues, lang: string): boolean {
  const cjk = CJK_LANGS.has(lang) && lang !== 'ko';
  // A quotation closed by its own sentence end (Chinese “…。”) is a statement however short.
  if (cjk) return cues.embedded.test(after) || (textLength(span.inner) < MIN_STATEMENT_CJK_CHARS && !/[。！？!?]$/u.test(span.inner));
  if (/^\p{Ll}/u.test(span.inner)) return true;
  // Punctuation inside the closing mark ends a spoken sentence: “I love you,” he said.
  if (/[.!?…,]$/u.test(span.inner)) return false;
  // German, French and Spanish put that comma outside: „Wir bauen“, sagte sie.
  if (attributedAfter && /^\p{Lu}/u.test(span.inner)) return false;
  return words(span.inner, lang).length < (lang === 'ko' ? MIN_STATEMENT_WORDS_KO : MIN_STATEMENT_WORDS) || (!attributedAfter && cues.embedded.test(after));
}

/** Longest attribution between the two halves of an interrupted quotation (“A,” he said, “B.”). */
const MAX_INTERRUPTION_CHARS = 90;

/**
 * Spaced languages interrupt a quotation with its attribution: “My hope,” he said, “is that…”.
 * The halves are one quotation of one speaker (PolNeAR annotates them as one), so they are merged.
 */
function mergeInterrupted(quotes: FoundQuote[], text: string, cues: SpeechCues): FoundQuote[] {
  const out: FoundQuote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.end, q.start) : '';
    const joinable =
      prev && prev.line === q.line && prev.cue && !prev.fragment && (!q.cue || q.speaker?.name === prev.speaker?.name) &&
      between.length <= MAX_INTERRUPTION_CHARS && !/[\n“”"«»„]/u.test(between) && cues.after.some((re) => re.test(between));
    if (prev && joinable) {
      prev.text = `${prev.text} ${q.text}`;
      prev.end = q.end;
      continue;
    }
    out.push(q);
  }
  return out;
}

/** The text's sentences, split only as far as they are asked for: nothing after the last quotation
 * is needed, and segmentation is most of the cost. */
class LazySentences {
  private readonly source: Iterator<Sentence>;
  private done = false;
  readonly list: Sentence[] = [];
  constructor(text: string, lang: string) {
    this.source = eachSentence(text, lang);
  }
  /** Whether sentence `i` exists (splitting up to it). */
  has(i: number): boolean {
    while (!this.done && this.list.length <= i) {
      const next = this.source.next();
      if (next.done) this.done = true;
      else this.list.push(next.value);
    }
    return i < this.list.length;
  }
}

class SentenceIndex {
  private i = 0;
  constructor(private readonly sentences: LazySentences) {}
  /** The sentence containing `pos`; positions must be asked in increasing order. */
  at(pos: number): Sentence | null {
    while (this.sentences.has(this.i + 1) && this.sentences.list[this.i]!.end <= pos) this.i++;
    return this.sentences.has(this.i) ? this.sentences.list[this.i]! : null;
  }
}

/** Every quotation of `text`, with its speaker where the text says who it is. */
export function attributeQuotes(text: string, lang: string): FoundQuote[] {
  const primary = (lang || '').toLowerCase().split(/[-_]/)[0] ?? '';
  const cues = speechCues(primary);
  const spans = findQuoteSpans(text);
  // No quotation, nothing to attribute: skip the sentence split.
  if (!spans.length) return [];
  const sentences = new LazySentences(text, primary);
  const people = new People(cues);
  const out: FoundQuote[] = [];
  const index = new SentenceIndex(sentences);
  let si = 0;
  let prev: FoundQuote | null = null;
  let pendingUnclosed: FoundQuote[] = [];

  // Each sentence's indirect-speech speaker, computed once: meetIndirect and the per-quote fallback both need it.
  const indirectWho = new Map<Sentence, string | undefined>();
  const indirectOf = (s: Sentence): string | undefined => {
    if (indirectWho.has(s)) return indirectWho.get(s);
    const who = matchFirst(cues.indirect, s.text, cues.guards)?.groups?.who;
    indirectWho.set(s, who);
    return who;
  };

  const meetIndirect = (upTo: number): void => {
    for (; sentences.has(si) && sentences.list[si]!.start <= upTo; si++) {
      const sentence = sentences.list[si]!;
      if (cues.nameStyle === 'spaced') {
        // An exec loop on the global regex: matchAll would clone it for every sentence.
        FULL_NAME.lastIndex = 0;
        for (let n = FULL_NAME.exec(sentence.text); n; n = FULL_NAME.exec(sentence.text)) people.noteName(n[0]);
      }
      const who = indirectOf(sentence);
      if (!who || people.resolve(who) !== undefined) continue;
      const reduced = reduceSpeaker(who, cues);
      if (reduced) people.meet(who, reduced);
    }
  };

  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    meetIndirect(span.start);
    const sentence = index.at(span.start);
    const sentenceStart = sentence && sentence.start <= span.start ? sentence.start : span.start;
    const prevSpan = spans[k - 1];
    const nextSpan = spans[k + 1];
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
    const beforeFrom = Math.max(sentenceStart, prevSpan && prevSpan.end > lineStart ? prevSpan.end : lineStart, span.start - CONTEXT_CHARS);
    const before = text.slice(beforeFrom, span.start);
    const lineEnd = text.indexOf('\n', span.end);
    const afterTo = Math.min(lineEnd < 0 ? text.length : lineEnd, nextSpan ? nextSpan.start : text.length, span.end + CONTEXT_CHARS);
    const after = text.slice(span.end, afterTo);
    // The opening mark is kept: "Xは「" is a topic even without a comma.
    const head = text.slice(sentenceStart, span.start + 1);

    const afterMatch = matchFirst(cues.after, after, cues.guards);
    let attribution = findAttribution(cues, before, afterMatch, head);
    if (!attribution.attributed && before.trim() === '' && span.start === lineStart) {
      // "He said:" closing the previous paragraph introduces a quotation paragraph.
      const prevLineEnd = text.lastIndexOf('\n', lineStart - 1);
      const prevLine = text.slice(Math.max(0, prevLineEnd - CONTEXT_CHARS), prevLineEnd).trimEnd();
      if (/[:：]$/u.test(prevLine)) attribution = findAttribution(cues, prevLine.slice(prevLine.lastIndexOf('\n') + 1), matchFirst(cues.after, '', cues.guards), '');
    }
    if (!attribution.attributed && sentence && !(prev && prev.end > sentenceStart)) {
      // "Xは、…「…」を必要としており、…と語った": the sentence's own speech verb covers the phrase.
      const who = indirectOf(sentence);
      if (who) attribution = { attributed: true, who };
    }
    const afterMatched = attribution.attributed && afterMatch !== null;
    let speaker: Speaker | null = null;
    let continued = false;
    if (attribution.who) {
      const resolved = people.resolve(attribution.who);
      if (resolved !== undefined) {
        speaker = resolved;
      } else {
        const reduced = reduceSpeaker(attribution.who, cues);
        if (reduced) speaker = people.meet(attribution.who, reduced, true) ?? { name: reduced.name, original: reduced.original };
      }
    } else if (attribution.attributed) {
      // A verb with no stated speaker ("…", dijo. / 「…」と述べた) continues with the last person met.
      speaker = people.latest();
    } else if (span.closed && prev && prev.speaker && (prev.line === span.line || (prev.line === span.line - 1 && before.trim() === ''))) {
      // A second quote in the same sentence, or a paragraph that is only a quotation, continues the last speaker.
      speaker = prev.speaker;
      continued = prev.line !== span.line && prev.cue && after.trim().length <= 1;
    }
    const found: FoundQuote = {
      text: span.inner.replace(TRAILING_INNER_PUNCT, ''),
      speaker: speaker ? { name: speaker.name, original: speaker.original } : null,
      start: span.start,
      end: span.end,
      line: span.line,
      fragment: isFragment(span, after, afterMatched, cues, primary),
      attributed: attribution.attributed || speaker !== null,
      cue: attribution.attributed,
      continued,
    };
    // A quotation continued over paragraphs names its speaker only at the end: give it back.
    if (found.speaker) {
      for (const p of pendingUnclosed) {
        p.speaker = found.speaker;
        p.attributed = true;
        p.fragment = found.fragment;
      }
      pendingUnclosed = [];
    }
    if (span.closed) pendingUnclosed = [];
    else if (!found.speaker) {
      // Unclosed and unattributed: a transcript or a stray mark unless a later paragraph names the speaker.
      found.fragment = true;
      pendingUnclosed.push(found);
    }
    out.push(found);
    prev = found;
  }
  return cues.nameStyle === 'spaced' ? mergeInterrupted(out, text, cues) : out;
}
