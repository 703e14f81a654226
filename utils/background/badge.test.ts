import { describe, expect, it, vi } from 'vitest';
import { applyBadge, badgeFor, BADGE_COLOR } from './badge';

const labels = { badge: 'Read', articleTitle: 'Article', defaultTitle: 'Kiji' };
const status = (url: string, isArticle: boolean) => ({ url, isArticle, score: 0, detectMs: 0.1 });

describe('badgeFor', () => {
  it.each([
    ['article', status('https://news.example/a', true), [], 'Read'],
    ['not an article', status('https://shop.example/', false), [], ''],
    ['article on a quiet site', status('https://www.news.example/a', true), ['news.example'], ''],
    ['article on a subdomain of a quiet site', status('https://m.news.example/a', true), ['news.example'], ''],
    ['article on a look-alike of a quiet site', status('https://othernews.example/a', true), ['news.example'], 'Read'],
    ['unparsable URL', status('::', true), [], ''],
  ] as const)('%s', (_name, page, quiet, text) => {
    expect(badgeFor(page, quiet, labels).text).toBe(text);
  });
});

describe('applyBadge', () => {
  it('colours and labels an article tab, and clears a non-article tab', async () => {
    const action = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
    await applyBadge(action, 3, { text: 'Read', title: 'Article' });
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({ color: BADGE_COLOR, tabId: 3 });
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ text: 'Read', tabId: 3 });
    await applyBadge(action, 3, { text: '', title: 'Kiji' });
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ text: '', tabId: 3 });
    expect(action.setTitle).toHaveBeenLastCalledWith({ title: 'Kiji', tabId: 3 });
  });
});
