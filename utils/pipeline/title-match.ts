// "Is this heading the article's title?" for any script. Readability compares with an ASCII \W
// split, so a Japanese <h1> repeating the title is never recognised; here both sides are reduced
// to letters and digits of every script and compared by character bigrams.

/** Dice similarity of character bigrams at or above which two titles are the same. */
const SAME_TITLE_DICE = 0.8;

export function titleKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

// Separators between a headline and a site name or section in <title>, ASCII and fullwidth.
const TITLE_SEPARATOR = /\s[-|–—:·•»]\s|[｜|︱：／＞＜【】]|\s::\s/u;

/** Whether `heading` repeats `title`, also when the title carries a site name or section. */
export function isSameTitle(heading: string, title: string): boolean {
  if (sameKey(heading, title)) return true;
  // The headline is the first part ("Headline - Site") or the longest ("Site | Headline").
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return false;
  const longest = parts.reduce((a, b) => (titleKey(b).length > titleKey(a).length ? b : a), '');
  return sameKey(heading, parts[0]!) || sameKey(heading, longest);
}

function sameKey(a: string, b: string): boolean {
  const ka = titleKey(a);
  const kb = titleKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  // The heading is the title without the site name, or the title plus a kicker.
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (long.includes(short) && short.length >= long.length * 0.6) return true;
  const ga = bigrams(ka);
  const gb = bigrams(kb);
  let overlap = 0;
  for (const [g, n] of ga) overlap += Math.min(n, gb.get(g) ?? 0);
  const total = Math.max(ka.length - 1, 0) + Math.max(kb.length - 1, 0);
  return total > 0 && (2 * overlap) / total >= SAME_TITLE_DICE;
}
