// 縦中横 (tate-chu-yoko): in vertical Japanese, a short Latin number is set upright across one
// column ("9月5日" reads 9 / 月 / 5 / 日 with each number upright). Longer numbers ("2022") stay
// rotated, as newspapers set them. CSS `text-combine-upright: digits 2` would do this without
// markup but Chrome and Firefox don't implement `digits`, so the renderer wraps the runs itself.

/** At most this many ASCII digits are combined into one upright cell; more would be unreadable. */
export const TATE_CHU_YOKO_MAX_DIGITS = 2;

/** A digit run not touching other Latin letters, digits or decimal points (so "3.5", "G7" and "2022" stay whole). */
const SHORT_NUMBER = new RegExp(
  `(?<![0-9A-Za-z.,])[0-9]{1,${TATE_CHU_YOKO_MAX_DIGITS}}(?![0-9A-Za-z]|[.,][0-9])`,
  'g',
);

export interface TextPiece {
  text: string;
  upright: boolean;
}

export function splitTateChuYoko(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(SHORT_NUMBER)) {
    const start = match.index;
    if (start > last) pieces.push({ text: text.slice(last, start), upright: false });
    pieces.push({ text: match[0], upright: true });
    last = start + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), upright: false });
  return pieces;
}
