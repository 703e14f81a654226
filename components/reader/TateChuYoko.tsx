// Text for vertical writing: short numbers wrapped so CSS can set them upright (see tate-chu-yoko.ts).

import type { ComponentChildren } from 'preact';
import { splitTateChuYoko } from '../../utils/reader/tate-chu-yoko';

export function renderTateChuYoko(text: string): ComponentChildren {
  const pieces = splitTateChuYoko(text);
  if (pieces.length === 1 && !pieces[0]?.upright) return text;
  return pieces.map((piece, i) =>
    piece.upright ? (
      <span key={i} class="kr-tcy">
        {piece.text}
      </span>
    ) : (
      piece.text
    ),
  );
}

export function renderPlain(text: string): ComponentChildren {
  return text;
}
