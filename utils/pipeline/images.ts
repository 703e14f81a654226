// Images as the reader should see them: lazy-loading attributes resolved to the real source,
// placeholders, tracking pixels and spacers dropped.
import type { ImageRef } from './types';
import { absoluteUrl } from './dom';

// Where lazy-loading scripts keep the real source, most specific first.
const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-orig-file', 'data-echo', 'data-actualsrc', 'data-img-src'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'srcset'];

// Sources that are a placeholder shown until a script swaps the real image in.
const PLACEHOLDER_SRC = /^data:|spacer|blank\.(?:gif|png)|pixel\.(?:gif|png)|transparent\.(?:gif|png)|1x1|placeholder|lazy[-_]?load(?:er|ing)?\.(?:gif|png|svg)|grey\.gif|loading\.(?:gif|svg)/i;
// Hosts and paths of tracking beacons.
const TRACKING_SRC = /doubleclick\.net|\/pixel[/?.]|beacon|\/track(?:ing)?[/?.]|analytics|scorecardresearch|facebook\.com\/tr/i;
/** Images this small (either side, in CSS pixels) are pixels or spacers, not content. */
const MIN_IMAGE_SIDE = 3;

function largestFromSrcset(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  for (const part of srcset.split(/,\s+/)) {
    const [candidate, descriptor] = part.trim().split(/\s+/);
    if (!candidate) continue;
    const size = descriptor ? parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1) : 1;
    if (size > bestSize) {
      best = candidate;
      bestSize = size;
    }
  }
  return best;
}

function dimension(value: string | null): number | undefined {
  if (!value) return undefined;
  const n = parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

function realSource(img: Element): string | null {
  for (const attr of LAZY_SRC_ATTRS) {
    const v = img.getAttribute(attr);
    if (v && !PLACEHOLDER_SRC.test(v)) return v;
  }
  for (const attr of LAZY_SRCSET_ATTRS) {
    const v = img.getAttribute(attr);
    const best = v ? largestFromSrcset(v) : null;
    if (best && !PLACEHOLDER_SRC.test(best)) return best;
  }
  const src = img.getAttribute('src');
  return src && !PLACEHOLDER_SRC.test(src) ? src : null;
}

/**
 * The image of an <img> (or a <picture>'s), or null for placeholders, pixels and spacers.
 * `fromNoscript` is the source its <noscript> twin gave (clean.ts), which beats a placeholder src.
 */
export function resolveImage(el: Element, base: URL, fromNoscript?: { src: string; alt: string }): ImageRef | null {
  const img = el.localName === 'img' ? el : el.localName === 'noscript' ? null : el.querySelector('img');
  let raw: string | null = fromNoscript && !PLACEHOLDER_SRC.test(fromNoscript.src) ? fromNoscript.src : null;
  if (el.localName === 'picture') {
    for (const source of el.querySelectorAll('source')) {
      raw = largestFromSrcset(source.getAttribute('srcset') ?? source.getAttribute('data-srcset') ?? '');
      if (raw) break;
    }
  }
  if (!img && !raw) return null;
  if (img && !raw) raw = realSource(img);
  if (!raw || TRACKING_SRC.test(raw)) return null;
  const width = dimension(img?.getAttribute('width') ?? null);
  const height = dimension(img?.getAttribute('height') ?? null);
  if ((width !== undefined && width < MIN_IMAGE_SIDE) || (height !== undefined && height < MIN_IMAGE_SIDE)) return null;
  const src = absoluteUrl(raw, base);
  if (!src || !/^https?:|^file:/.test(src)) return null;
  const ref: ImageRef = { src, alt: (img?.getAttribute('alt') ?? fromNoscript?.alt ?? '').trim() };
  if (width !== undefined) ref.width = width;
  if (height !== undefined) ref.height = height;
  return ref;
}
