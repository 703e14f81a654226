import { pageCues } from '../lang/page';
import { textLength } from '../text/script';
import { titleKey } from './title-match';

// Title clean-up: the page's <title>/og:title usually wraps the headline in the site name
// ("News24|…", "… - News24", "…：朝日新聞デジタル", "…（共同通信）"). The visible <h1> or the
// JSON-LD headline is the best witness of where the headline ends, so it is tried first; only
// without a witness are separators cut by shape.

/** Separators between a headline and a site/section name ("_" is the Chinese portals' one);
 * ASCII ones and guillemets need spaces around them
 * because "-", "/" and ":" also occur inside headlines ("Covid-19", "24/7", "合意へ向けて順調:"),
 * and « » quote words in them ("СПИД стал «старше» :: Site"). */
const STRONG_SEPARATOR = /\s*[｜|│_]\s*|\s+[-–—\/·•:»«]\s+|\s*[－／]\s*|\s*:{2,}\s*|\s+~\s+/g;
/** Fullwidth colon: a separator only before a site name (「…：朝日新聞デジタル」), else part of the headline. */
const COLON_SEPARATOR = /\s*[：]\s*/g;
/** A trailing bracketed credit 【…】 ＜…＞ of at most this many characters is a site/label suffix. */
const MAX_BRACKET_SUFFIX = 16;
/** A part this short (words, or CJK characters ÷ 2) on either end is taken for a site name. */
const MAX_SITE_PART = 4;
/** The rest must keep at least this much, or the cut was wrong (Readability's 3-word rule, CJK-aware). */
const MIN_HEADLINE = 3;
/** A site part with a publish date: a day, a month (word or number), a four-digit year at its end. */
const TRAILING_DATE = /\b\d{1,2}[\s./-]+[\p{L}\d]+[\s./-]+(?:19|20)\d{2}\s*$/u;
/** Such a stamp part is short (an agency name and the date); a longer one is a headline. */
const MAX_STAMP_PART = 8;
/** A witness (h1/headline) must cover this share of the raw title to be the headline inside it. */
const MIN_WITNESS_SHARE = 0.4;

export function collapseSpace(text: string): string {
  // A lone ideographic space is punctuation in Japanese headlines (「接近　交通機関に影響も」): keep it.
  return text.replace(/\s+/g, (m) => (m === '\u3000' ? m : ' ')).trim();
}

/** Length in headline units: words, with two CJK characters counting as one word. */
function units(text: string): number {
  const len = textLength(text);
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return len - cjk + cjk / 2;
}

export interface TitleInput {
  /** Raw titles in order of trust: og:title, <title>, twitter:title. */
  raw: string[];
  /** Headline witnesses: JSON-LD headline, the article's <h1>s. */
  witnesses: string[];
  siteName: string | null;
  host: string;
  lang: string;
}

export function cleanTitle(input: TitleInput): string {
  const raws = input.raw.map(collapseSpace).filter(Boolean);
  const witnesses = input.witnesses.map(collapseSpace).filter((w) => w && !isSiteName(w, input));
  for (const raw of raws) {
    const n = titleKey(raw);
    for (const w of witnesses) {
      const nw = titleKey(w);
      if (nw.length === 0) continue;
      if (nw === n || (n.includes(nw) && nw.length >= MIN_WITNESS_SHARE * n.length)) return stripNoise(w, input.lang);
    }
  }
  // A headline-long h1 may be one whole part of a title with a long site blurb ("Headline - news from
  // the X section, discussion on Site"); short h1s equal to a part are menu or section names.
  for (const raw of raws) {
    const parts = splitOn(raw, STRONG_SEPARATOR).map((p) => titleKey(p.text));
    const w = witnesses.find((x) => units(x) >= MIN_HEADLINE && parts.includes(titleKey(x)));
    if (w) return stripNoise(w, input.lang);
  }
  const first = raws[0] ?? witnesses[0] ?? '';
  const cut = cutSiteName(first, input);
  // A title made only of short names ("News - North-West District") names a section, not the story: the h1 is the headline.
  const lead = witnesses[0];
  if (lead && raws.length > 0 && units(lead) >= MIN_HEADLINE && onlyNames(cut)) return stripNoise(lead, input.lang);
  return stripNoise(cut, input.lang);
}

/** True when every part of a title split at its separators is name-short (two parts at least). */
function onlyNames(title: string): boolean {
  const pieces = splitOn(title, STRONG_SEPARATOR);
  return pieces.length >= 2 && pieces.every((p) => units(p.text) <= MAX_SITE_PART);
}

/** A part after the headline listing short comma-separated terms ("… | Самара, Энгельсский район,
 * солдат умер от менингита, Алексей Корякин | Site") is the page's keywords, not headline. */
const KEYWORD_LIST_MIN_TERMS = 4;
function isKeywordList(text: string): boolean {
  const terms = text.split(/\s*,\s*/);
  return terms.length >= KEYWORD_LIST_MIN_TERMS && terms.every((t) => t !== '' && units(t) <= MAX_SITE_PART);
}

/** A part written in capitals only ("… - НАУКА И ТЕХНИКА") beside one that is not is a section name. */
function isCapitalsOnly(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function stripNoise(title: string, lang: string): string {
  let t = title;
  for (const re of pageCues(lang).titleNoise) t = t.replace(re, '');
  const bracket = t.match(/\s*[【＜<［\[]([^】＞>］\]]+)[】＞>］\]]\s*$/u);
  if (bracket && bracket[1]!.length <= MAX_BRACKET_SUFFIX && units(t.slice(0, bracket.index)) >= MIN_HEADLINE) t = t.slice(0, bracket.index);
  return collapseSpace(t) || collapseSpace(title);
}

function isSiteName(part: string, input: Pick<TitleInput, 'siteName' | 'host' | 'lang'>): boolean {
  const p = titleKey(part);
  if (!p) return true;
  if (input.siteName && p === titleKey(input.siteName)) return true;
  const hostLabels = input.host.toLowerCase().replace(/^www\d*\./, '').split('.');
  if (hostLabels.some((label) => label.length >= 3 && titleKey(label) === p)) return true;
  if (p === titleKey(input.host.replace(/^www\d*\./, ''))) return true;
  const pattern = pageCues(input.lang).siteNamePattern;
  return !!pattern && units(part) <= MAX_SITE_PART * 2 && pattern.test(part.trim());
}

interface Piece { text: string; start: number; end: number }

function splitOn(title: string, re: RegExp): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of title.matchAll(re)) {
    if (m.index === 0 || m.index + m[0].length === title.length) continue;
    pieces.push({ text: title.slice(last, m.index), start: last, end: m.index });
    last = m.index + m[0].length;
  }
  pieces.push({ text: title.slice(last), start: last, end: title.length });
  return pieces;
}

/** Removes a site name (known or by shape) from either end of a title. */
export function cutSiteName(title: string, input: Pick<TitleInput, 'siteName' | 'host' | 'lang'>): string {
  for (const re of [STRONG_SEPARATOR, COLON_SEPARATOR]) {
    const pieces = splitOn(title, re);
    if (pieces.length < 2) continue;
    const firstPiece = pieces[0]!;
    const lastPiece = pieces[pieces.length - 1]!;
    // A known site name on either end is cut whatever its length.
    // A section name may sit next to it ("…_新闻频道_东方新闻网"): the rest is cut again.
    if (isSiteName(lastPiece.text, input)) return cutSiteName(title.slice(0, pieces[pieces.length - 2]!.end).trim(), input);
    if (isSiteName(firstPiece.text, input)) return cutSiteName(title.slice(pieces[1]!.start).trim(), input);
    if (re === COLON_SEPARATOR) continue;
    // By shape: short parts on the ends ("… | Sports | Example") are sections or sites; the
    // headline is the span of long parts (so "Brexit - what next for the UK | Site" stays whole).
    const long = pieces.map((p, i) => (units(p.text) > MAX_SITE_PART && !(i > 0 && isKeywordList(p.text)) ? i : -1)).filter((i) => i >= 0);
    // A last part that ends in a date ("… / Agency X, 17 января 2012") is the site's stamp.
    if (pieces.length === 2 && units(lastPiece.text) <= MAX_STAMP_PART && TRAILING_DATE.test(lastPiece.text) && units(firstPiece.text) >= MIN_HEADLINE) return firstPiece.text.trim();
    if (long.length === 0 && pieces.length === 2 && isCapitalsOnly(lastPiece.text) && !isCapitalsOnly(firstPiece.text) && units(firstPiece.text) >= MIN_HEADLINE) return firstPiece.text.trim();
    if (long.length === 0) continue;
    const cut = title.slice(pieces[long[0]!]!.start, pieces[long[long.length - 1]!]!.end).trim();
    if (units(cut) >= MIN_HEADLINE) return cut;
  }
  return title;
}

/** The site name a title ends or starts with, recognised by the language's site-name shape
 * ("…_新闻频道_东方新闻网", "…：朝日新聞デジタル"), for pages that declare no site name. */
export function siteNameFromTitle(title: string, input: Pick<TitleInput, 'host' | 'lang'>): string | null {
  const pattern = pageCues(input.lang).siteNamePattern;
  if (!pattern) return null;
  for (const re of [STRONG_SEPARATOR, COLON_SEPARATOR]) {
    const pieces = splitOn(collapseSpace(title), re);
    if (pieces.length < 2) continue;
    for (const piece of [pieces[pieces.length - 1]!, pieces[0]!]) {
      const text = piece.text.trim();
      if (units(text) <= MAX_SITE_PART * 2 && pattern.test(text)) return text;
    }
  }
  return null;
}
