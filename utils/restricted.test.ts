import { describe, expect, it } from 'vitest';
import { restrictionOf, type RestrictedReason } from './restricted';

const CASES: [url: string | undefined, fileAccess: boolean, expected: RestrictedReason | null][] = [
  ['https://news24.example/world/kim-putin', false, null],
  ['http://127.0.0.1:8080/page.html', false, null],
  ['chrome://version', false, 'browser-page'],
  ['chrome://newtab/', false, 'browser-page'],
  ['edge://settings', false, 'browser-page'],
  ['about:blank', false, 'browser-page'],
  ['about:addons', false, 'browser-page'],
  ['view-source:https://example.com/', false, 'browser-page'],
  ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', false, 'browser-page'],
  ['moz-extension://0000/popup.html', false, 'browser-page'],
  ['https://chromewebstore.google.com/detail/abc', false, 'web-store'],
  ['https://chrome.google.com/webstore/detail/abc', false, 'web-store'],
  ['https://chrome.google.com/search?q=x', false, null],
  ['https://addons.mozilla.org/en-US/firefox/addon/x/', false, 'web-store'],
  ['https://microsoftedge.microsoft.com/addons/detail/x', false, 'web-store'],
  ['https://example.com/report.pdf', false, 'pdf'],
  ['https://example.com/REPORT.PDF', false, 'pdf'],
  ['https://example.com/pdf-news.html', false, null],
  ['file:///home/me/article.html', false, 'file-access'],
  ['file:///home/me/article.html', true, null],
  ['file:///home/me/paper.pdf', true, 'pdf'],
  ['ftp://example.com/x', false, 'browser-page'],
  [undefined, false, 'unknown'],
  ['not a url', false, 'unknown'],
];

describe('restrictionOf', () => {
  it.each(CASES)('%s (file access %s) -> %s', (url, fileAccess, expected) => {
    expect(restrictionOf(url, { fileAccess })).toBe(expected);
  });
});
