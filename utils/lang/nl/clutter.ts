import type { ClutterCues } from '../clutter-cues';

// Dutch: NOS/NU.nl-style teaser labels.
export const clutter: ClutterCues = {
  code: 'nl',
  // Related-link boxes, "more/latest/most read" rails, prev/next links.
  related: ['lees ook', 'meer over', 'gerelateerde artikelen', 'meest gelezen', 'laatste nieuws', 'zie ook'],
  // Ad-slot labels.
  ads: ['advertentie', 'gesponsord'],
  // Share bars, tag lists, comments, newsletter and cookie prompts.
  prompts: ['delen', 'deel dit artikel', 'tags', 'reacties', 'nieuwsbrief', 'vorig artikel', 'volgend artikel'],
  // Headings of publisher key-point lists.
  keyPoints: ['in het kort', 'kernpunten'],
};
