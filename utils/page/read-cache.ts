// One pipeline run per page state: the popup reopens often and the reader reuses the same result.
import type { ReadResult } from '../pipeline/types';

export interface ReadCache {
  get(url: string, bullets: number): ReadResult;
}

/** Caches the last result per URL and bullet count; an SPA navigation changes the URL and misses. */
export function createReadCache(run: (bullets: number) => ReadResult): ReadCache {
  let key = '';
  let cached: ReadResult | null = null;
  return {
    get(url, bullets) {
      const next = `${bullets}\n${url}`;
      if (cached && key === next) return cached;
      cached = run(bullets);
      key = next;
      return cached;
    },
  };
}
