// The reader is a modal dialog: Tab must cycle inside it and never reach the page hidden behind.

const FOCUSABLE =
  'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The element Tab should move to when focus would leave `container`, or null to let Tab act. */
export function wrapFocusTarget(container: HTMLElement, active: Element | null, backwards: boolean): HTMLElement | null {
  const focusable = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE));
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return null;
  const inside = active !== null && container.contains(active);
  if (!inside) return backwards ? last : first;
  if (backwards && active === first) return last;
  if (!backwards && active === last) return first;
  return null;
}
