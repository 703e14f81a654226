import type { PageCues } from './page-cues';
import { page as defaultCues } from './default/page';
import { page as ar } from './ar/page';
import { page as de } from './de/page';
import { page as el } from './el/page';
import { page as en } from './en/page';
import { page as es } from './es/page';
import { page as fr } from './fr/page';
import { page as he } from './he/page';
import { page as it } from './it/page';
import { page as ja } from './ja/page';
import { page as ko } from './ko/page';
import { page as nl } from './nl/page';
import { page as pl } from './pl/page';
import { page as pt } from './pt/page';
import { page as ru } from './ru/page';
import { page as zh } from './zh/page';

export type { PageCues, ReadingSpeed } from './page-cues';

/** Every language with its own page cues, by primary tag. */
export const PAGE_CUES: Readonly<Record<string, PageCues>> = { ar, de, el, en, es, fr, he, it, ja, ko, nl, pl, pt, ru, zh };

export const DEFAULT_PAGE_CUES = defaultCues;

/** Cues for a BCP 47 tag ("ja-JP" → ja); the neutral table when the language has none. */
export function pageCues(lang: string | null | undefined): PageCues {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return PAGE_CUES[primary] ?? defaultCues;
}

/** Source-link labels of every language: a translation page may label in its own or the original's language. */
export const ALL_SOURCE_LABELS: readonly string[] = [...new Set([...defaultCues.sourceLabels, ...Object.values(PAGE_CUES).flatMap((c) => c.sourceLabels)])];
