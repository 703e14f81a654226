import { describe, expect, it, vi } from 'vitest';
import type { ReadResult } from '../pipeline/types';
import { createReadCache } from './read-cache';

describe('createReadCache', () => {
  it('runs the pipeline once per URL and bullet count', () => {
    const run = vi.fn((bullets: number) => ({ summary: { bullets: Array(bullets).fill('x') } }) as unknown as ReadResult);
    const cache = createReadCache(run);
    const first = cache.get('https://a.example/1', 3);
    expect(cache.get('https://a.example/1', 3)).toBe(first);
    expect(run).toHaveBeenCalledTimes(1);
    cache.get('https://a.example/1', 5);
    cache.get('https://a.example/2', 5);
    expect(run).toHaveBeenCalledTimes(3);
  });
});
