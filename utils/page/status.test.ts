import { describe, expect, it, vi } from 'vitest';
import { createStatusReporter, pageStatusOf } from './status';

describe('pageStatusOf', () => {
  it('measures detect() and reports its verdict for the URL', () => {
    document.head.innerHTML = '<meta property="og:type" content="product">';
    document.body.innerHTML = '<p>Buy now.</p>';
    const times = [10, 10.25];
    const status = pageStatusOf(document, new URL('https://shop.example/products/1'), () => times.shift()!);
    expect(status).toEqual({ url: 'https://shop.example/products/1', isArticle: false, score: expect.any(Number), detectMs: 0.25 });
  });
});

describe('createStatusReporter', () => {
  const status = (url: string, isArticle: boolean) => ({ url, isArticle, score: 0, detectMs: 0 });

  it('sends only changes of URL or verdict, unless forced', () => {
    const send = vi.fn();
    const report = createStatusReporter(send);
    report(status('https://a.example/1', true));
    report(status('https://a.example/1', true));
    expect(send).toHaveBeenCalledTimes(1);
    report(status('https://a.example/1', false));
    report(status('https://a.example/2', false));
    expect(send).toHaveBeenCalledTimes(3);
    report(status('https://a.example/2', false), true);
    expect(send).toHaveBeenCalledTimes(4);
  });
});
