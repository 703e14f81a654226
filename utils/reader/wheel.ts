// In vertical writing the text runs in columns from right to left, so the article scrolls
// sideways. A mouse wheel only scrolls vertically; this turns "down" into "on to the next
// column" (leftwards), as Japanese e-book readers do.

/** Pixels per wheel "line" when the browser reports lines (Firefox with a mouse wheel). */
export const WHEEL_LINE_PX = 40;

export interface WheelLike {
  deltaX: number;
  deltaY: number;
  deltaMode: number;
  ctrlKey: boolean;
}

/**
 * The horizontal scroll amount for a wheel event in a vertical-rl scroller, or null when the
 * event should keep its default (a sideways gesture from a trackpad, or ctrl+wheel zoom).
 */
export function horizontalScrollForWheel(event: WheelLike, pageWidth: number): number | null {
  if (event.ctrlKey) return null;
  if (Math.abs(event.deltaX) >= Math.abs(event.deltaY)) return null;
  const unit = event.deltaMode === 1 ? WHEEL_LINE_PX : event.deltaMode === 2 ? pageWidth : 1;
  // vertical-rl: the next column is to the left, i.e. a negative scrollLeft change.
  return -event.deltaY * unit;
}

export function attachVerticalWheel(scroller: HTMLElement): () => void {
  const onWheel = (event: WheelEvent) => {
    const dx = horizontalScrollForWheel(event, scroller.clientWidth);
    if (dx === null) return;
    event.preventDefault();
    scroller.scrollBy({ left: dx });
  };
  scroller.addEventListener('wheel', onWheel, { passive: false });
  return () => scroller.removeEventListener('wheel', onWheel);
}
