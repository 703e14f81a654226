// In vertical writing the text runs in columns from right to left, so the article scrolls
// sideways. A mouse wheel and the paging keys scroll vertically; this turns "down" into "on to
// the next column" (leftwards), as Japanese e-book readers do.

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

/** Wheel and paging keys over the scroller move through the columns; returns the detach function. */
export function attachVerticalScrolling(scroller: HTMLElement): () => void {
  const onWheel = (event: WheelEvent) => {
    const dx = horizontalScrollForWheel(event, scroller.clientWidth);
    if (dx === null) return;
    event.preventDefault();
    scroller.scrollBy({ left: dx });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Keys on a link or a scrollable table keep their own meaning; only the text area pages.
    if (event.target !== scroller || event.altKey || event.ctrlKey || event.metaKey) return;
    const dx = horizontalScrollForKey(event.key, event.shiftKey, scroller.clientWidth);
    if (dx === null) return;
    event.preventDefault();
    scroller.scrollBy({ left: dx });
  };
  scroller.addEventListener('wheel', onWheel, { passive: false });
  scroller.addEventListener('keydown', onKeyDown);
  return () => {
    scroller.removeEventListener('wheel', onWheel);
    scroller.removeEventListener('keydown', onKeyDown);
  };
}

/** Share of the visible width one page key moves, so the last column stays in view for context. */
export const PAGE_KEY_OVERLAP = 0.9;
/** One arrow key press moves about one column of text at the default size. */
export const ARROW_KEY_PX = 40;

/**
 * The horizontal scroll for a paging key in a vertical-rl scroller, or null to keep the key's
 * default. Left/right arrows already scroll sideways; down, page down and space must move on to
 * the next columns (leftwards), which the browser would otherwise try to do vertically.
 */
export function horizontalScrollForKey(key: string, shiftKey: boolean, pageWidth: number): number | null {
  const page = pageWidth * PAGE_KEY_OVERLAP;
  switch (key) {
    case 'ArrowDown':
      return -ARROW_KEY_PX;
    case 'ArrowUp':
      return ARROW_KEY_PX;
    case 'PageDown':
      return -page;
    case 'PageUp':
      return page;
    case ' ':
      return shiftKey ? page : -page;
    default:
      return null;
  }
}
