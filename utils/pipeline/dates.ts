import { pageCues } from '../lang/page';

// Date parsing for publish times: every form pages use, normalised to ISO 8601. A value with a
// zone becomes UTC ("2023-09-05T01:32:00.000Z"); a value without one keeps its wall-clock time
// without a zone ("2023-09-05T10:32:00"), and a bare date stays a date ("2023-09-05").

/** Years outside this range are parse accidents (copyright 1900, ids read as years). */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?)?/i;
/** 2023年9月5日 10:32 / 2023年9月5日10時32分 / 2023.09.05 / 2023/9/5 / 2023-9-5 (year first). */
const YEAR_FIRST = /(\d{4})\s*(?:年|[./-])\s*(\d{1,2})\s*(?:月|[./-])\s*(\d{1,2})\s*(?:日|일)?(?:\s*[（(][^)）]{1,3}[)）])?(?:\s*[^\d\s]{0,3}\s*(\d{1,2})\s*[:：時시]\s*(\d{2}))?/u;
/** Korean "2023년 9월 5일". */
const KOREAN = /(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일(?:\s*(?:오전|오후)?\s*(\d{1,2}):(\d{2}))?/u;
/** 05.09.2023 / 5/9/2023 (day or month first, by language), optional time. */
const NUMERIC_DMY = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(y: number, m: number, d: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function local(y: number, m: number, d: number, hh?: number, mm?: number, ss = 0): string | null {
  if (!valid(y, m, d)) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || mm === undefined || Number.isNaN(hh) || hh > 23 || mm > 59) return date;
  return `${date}T${pad(hh)}:${pad(mm)}:${pad(ss)}`;
}

/** A machine-readable date (meta, JSON-LD, datetime attribute) → ISO 8601, or null. */
export function parseMachineDate(value: string): string | null {
  const s = value.trim();
  const iso = s.match(ISO);
  if (iso) {
    const [, y, mo, d, hh, mi, ss, zone] = iso;
    if (!valid(+y!, +mo!, +d!)) return null;
    if (hh === undefined) return local(+y!, +mo!, +d!);
    if (!zone) return local(+y!, +mo!, +d!, +hh, +mi!, +(ss ?? 0));
    const z = /^(?:UTC|GMT)$/i.test(zone) ? 'Z' : zone.length === 3 ? `${zone}:00` : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const t = Date.parse(`${y}-${mo}-${d}T${pad(+hh)}:${mi}:${ss ?? '00'}${z}`);
    return Number.isNaN(t) ? local(+y!, +mo!, +d!, +hh, +mi!) : new Date(t).toISOString();
  }
  // Unix timestamps (seconds or milliseconds) appear in some meta tags.
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const t = new Date(s.length === 10 ? +s * 1000 : +s);
    const y = t.getUTCFullYear();
    return y >= MIN_YEAR && y <= MAX_YEAR ? t.toISOString() : null;
  }
  return parseTextDate(s, 'en');
}

/** A date written for people, in the page's language → ISO 8601, or null. */
export function parseTextDate(value: string, lang: string): string | null {
  const s = value.normalize('NFKC');
  const ko = s.match(KOREAN);
  if (ko) {
    let hh = ko[4] === undefined ? undefined : +ko[4];
    if (hh !== undefined && /오후/.test(ko[0]) && hh < 12) hh += 12;
    return local(+ko[1]!, +ko[2]!, +ko[3]!, hh, ko[5] === undefined ? undefined : +ko[5]);
  }
  const yf = s.match(YEAR_FIRST);
  if (yf) return local(+yf[1]!, +yf[2]!, +yf[3]!, yf[4] === undefined ? undefined : +yf[4], yf[5] === undefined ? undefined : +yf[5]);
  // Zoned English forms Date.parse understands ("Tue, 05 Sep 2023 10:32:00 GMT"), before month
  // names so that the zone is not lost.
  if (/[a-z]{3}/i.test(s) && /\d{4}/.test(s) && /(?:GMT|UTC|[+-]\d{4})/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) {
      const y = new Date(t).getUTCFullYear();
      if (y >= MIN_YEAR && y <= MAX_YEAR) return new Date(t).toISOString();
    }
  }
  const named = parseMonthName(s, lang);
  if (named) return named;
  const dmy = s.match(NUMERIC_DMY);
  if (dmy) {
    // Americans write month first with slashes; everyone else (and every dotted form) day first.
    const monthFirst = dmy[2] === '/' && lang === 'en';
    const [a, b] = [+dmy[1]!, +dmy[3]!];
    const [m, d] = monthFirst ? [a, b] : [b, a];
    return local(+dmy[4]!, m, d, dmy[5] === undefined ? undefined : +dmy[5], dmy[6] === undefined ? undefined : +dmy[6]);
  }
  return null;
}

function parseMonthName(s: string, lang: string): string | null {
  const lower = s.toLowerCase();
  const tables = [pageCues(lang).months, pageCues('en').months].filter((t) => t.length === 12);
  for (const months of tables) {
    for (let i = 0; i < 12; i++) {
      for (const name of months[i]!) {
        const at = findWord(lower, name);
        if (at < 0) continue;
        const before = lower.slice(Math.max(0, at - 6), at);
        const after = lower.slice(at + name.length, at + name.length + 40);
        // "5 September 2023", "5. September 2023", "le 5 septembre 2023"
        const dayBefore = before.match(/(\d{1,2})\.?\s*(?:de\s+)?$/);
        // "September 5, 2023", "Sep. 5 2023"
        const dayAfter = after.match(/^\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/);
        const yearAfter = after.match(/^\.?,?\s*(?:de\s+)?(\d{4})/);
        const time = after.match(/(\d{1,2}):(\d{2})/);
        let day: number | undefined;
        let year: number | undefined;
        if (dayAfter) [day, year] = [+dayAfter[1]!, +dayAfter[2]!];
        else if (dayBefore && yearAfter) [day, year] = [+dayBefore[1]!, +yearAfter[1]!];
        if (day === undefined || year === undefined) continue;
        let hh = time ? +time[1]! : undefined;
        if (hh !== undefined && /\d\s*pm\b/i.test(after) && hh < 12) hh += 12;
        return local(year, i + 1, day, hh, time ? +time[2]! : undefined);
      }
    }
  }
  return null;
}

function findWord(text: string, word: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) return -1;
    const prev = text[at - 1];
    const next = text[at + word.length];
    if ((!prev || !/\p{L}/u.test(prev)) && (!next || !/\p{L}/u.test(next))) return at;
    from = at + 1;
  }
}
