// What opening the reader changes on the page, and how closing it puts everything back. The only
// change besides the overlay's host element is one `overflow: hidden` on <html> (so the page
// behind cannot scroll and shows no second scrollbar); the <html> style attribute is restored
// byte-for-byte, including its absence.

export interface PageState {
  scrollX: number;
  scrollY: number;
  /** The element that had focus, to hand focus back to on close. */
  focused: Element | null;
  /** <html>'s style attribute exactly as it was; null when it had none. */
  rootStyle: string | null;
}

export function capturePageState(doc: Document, win: Window): PageState {
  return {
    scrollX: win.scrollX,
    scrollY: win.scrollY,
    focused: doc.activeElement,
    rootStyle: doc.documentElement.getAttribute('style'),
  };
}

/**
 * CSSOM, not a <style> element or setAttribute: a page's CSP may block those, never this.
 * Chromium writes a CSSOM change back to the style attribute lazily; reading the attribute
 * flushes it now, or the late write-back after restorePageState's removeAttribute left a stray
 * `style=""` on <html> (tests/e2e/reader-mode.test.ts failed 2 runs of 2 without these reads, in Chromium).
 */
export function lockPageScroll(doc: Document): void {
  doc.documentElement.style.setProperty('overflow', 'hidden', 'important');
  doc.documentElement.getAttribute('style');
}

export function restorePageState(doc: Document, win: Window, state: PageState): void {
  const root = doc.documentElement;
  // Flush any pending CSSOM write-back before replacing the attribute (see lockPageScroll).
  root.getAttribute('style');
  if (state.rootStyle === null) root.removeAttribute('style');
  else root.setAttribute('style', state.rootStyle);
  if (win.scrollX !== state.scrollX || win.scrollY !== state.scrollY) {
    win.scrollTo(state.scrollX, state.scrollY);
  }
  const focused = state.focused;
  if (focused && focused !== doc.body && focused.isConnected && 'focus' in focused) {
    (focused as HTMLElement).focus({ preventScroll: true });
  }
}
