import type { ClutterCues } from './clutter-cues';
import { clutter as defaultCues } from './default/clutter';
import { clutter as ar } from './ar/clutter';
import { clutter as de } from './de/clutter';
import { clutter as el } from './el/clutter';
import { clutter as en } from './en/clutter';
import { clutter as es } from './es/clutter';
import { clutter as fr } from './fr/clutter';
import { clutter as he } from './he/clutter';
import { clutter as it } from './it/clutter';
import { clutter as ja } from './ja/clutter';
import { clutter as ko } from './ko/clutter';
import { clutter as nl } from './nl/clutter';
import { clutter as pl } from './pl/clutter';
import { clutter as pt } from './pt/clutter';
import { clutter as ru } from './ru/clutter';
import { clutter as zh } from './zh/clutter';

export type { ClutterCues } from './clutter-cues';

/** Every language with its own boilerplate labels, by primary tag. */
export const CLUTTER_CUES: Readonly<Record<string, ClutterCues>> = { ar, de, el, en, es, fr, he, it, ja, ko, nl, pl, pt, ru, zh };

export const DEFAULT_CLUTTER_CUES = defaultCues;

export type ClutterKind = 'related' | 'ads' | 'prompts' | 'keyPoints';

/**
 * Normalises a short label for lookup: width-folded, lower-case, without the punctuation, symbols
 * and spaces that decorate labels ("- Advertisement -", "【関連記事】", "▼ Related:").
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

/**
 * Labels of every language, merged: the page's lang attribute is often wrong (the sample page
 * says en-US and is Japanese), and a label of one language is not a sentence of another.
 */
function mergeAll(): Map<string, ClutterKind> {
  const map = new Map<string, ClutterKind>();
  const kinds: ClutterKind[] = ['keyPoints', 'ads', 'prompts', 'related'];
  for (const cues of [defaultCues, ...Object.values(CLUTTER_CUES)]) {
    for (const kind of kinds) for (const label of cues[kind]) map.set(normalizeLabel(label), kind);
  }
  return map;
}

const ALL_LABELS = mergeAll();

/** The kind of boilerplate a short text names, when it is a known label; already-normalised input. */
export function clutterLabelKind(normalized: string): ClutterKind | null {
  return ALL_LABELS.get(normalized) ?? null;
}

/** Class/id words of comment sections in every language, merged like the labels. */
export const COMMENT_CLASS_WORDS: readonly string[] = [defaultCues, ...Object.values(CLUTTER_CUES)].flatMap((cues) => cues.commentClasses ?? []);

/** Disclaimer and copyright-notice phrases of every language, merged like the labels. */
export const DISCLAIMER_PHRASES: readonly string[] = [defaultCues, ...Object.values(CLUTTER_CUES)].flatMap((cues) => cues.disclaimers ?? []);

/** Credit-line patterns of every language, merged like the labels. */
export const CREDIT_LINES: readonly RegExp[] = [defaultCues, ...Object.values(CLUTTER_CUES)].flatMap((cues) => cues.creditLines ?? []);

/** Cues for a BCP 47 tag ("ja-JP" → ja); the neutral table when the language has none. */
export function clutterCues(lang: string | null | undefined): ClutterCues {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return CLUTTER_CUES[primary] ?? defaultCues;
}
