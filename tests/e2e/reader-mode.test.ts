// Reader e2e: on the sample article in real Chromium and Firefox, the popup's toggle opens the
// in-page reader in a shadow root, the toolbar switches it to dark and to vertical writing (縦書き),
// and Esc leaves it with the page's DOM, scroll position and focus exactly as before.
// Screenshots: test-results/e2e/<browser>-reader-{light,dark,vertical}.png, taken in a test of
// their own because Playwright's screenshot leaves `style=""` on inputs (it hides their caret),
// which would spoil the byte-for-byte comparison.
import { describe, expect, it } from 'vitest';
import {
  BROWSERS,
  SAMPLE_ARTICLE_SLUG,
  browserEnabled,
  poll,
  useBrowser,
  useFixtureServer,
  type E2EPage,
  type KijiBrowser,
} from './harness';

/** Far enough down that a reset to the top, or a jump, shows. */
const PAGE_SCROLL_Y = 480;
const READER = '[data-testid=reader]';
/** Reads from the reader's shadow root in the page (the host is an open shadow root). */
const inReader = (js: string) =>
  `(() => { const r = document.querySelector('kiji-reader')?.shadowRoot?.querySelector('${READER}'); return r ? (${js}) : null; })()`;

const server = useFixtureServer();

async function openReaderFromPopup(kiji: KijiBrowser, page: E2EPage): Promise<void> {
  const tabId = await kiji.tabIdOf(page);
  const popup = await kiji.openPopup(tabId);
  await popup.waitFor('[data-testid=popup][data-state=article]', { timeout: 20_000 });
  await popup.click('[data-testid=toggle-reader]');
  await page.waitFor(READER, { timeout: 20_000 });
  await popup.close();
  await page.bringToFront();
}

describe.each(BROWSERS.filter(browserEnabled))('%s', (name) => {
  const browser = useBrowser(name);

  it('opens the reader, switches to dark and vertical, and Esc restores the page exactly', async () => {
    const kiji = browser();
    const page = await kiji.newPage(server().pageUrl(SAMPLE_ARTICLE_SLUG));
    await page.evaluate(`document.querySelector('input[type=email]').focus({ preventScroll: true }), window.scrollTo(0, ${PAGE_SCROLL_Y})`);
    await page.waitForExpression(`window.scrollY === ${PAGE_SCROLL_Y}`);
    const before = await page.evaluate<string>('document.documentElement.outerHTML');

    await openReaderFromPopup(kiji, page);
    // The overlay's host is the only new node, as the last child of <html>.
    expect(await page.evaluate('document.documentElement.lastElementChild.localName')).toBe('kiji-reader');
    expect(await page.evaluate(`document.querySelector('kiji-reader').shadowRoot.mode`)).toBe('open');
    expect(await page.attribute(READER, 'role')).toBe('dialog');
    expect(await page.text('[data-testid=reader-title]')).toContain('金正恩');
    expect(await page.attribute('[data-testid=reader-original]', 'href')).toMatch(/^https:\/\/www\.france24\.com\//);
    expect(await page.evaluate(inReader(`r.querySelector('article').getAttribute('lang')`))).toBe('ja');
    expect(await page.count('[data-testid=reader-body] p')).toBeGreaterThan(10);
    // Focus moved into the reader.
    expect(await page.evaluate(`document.activeElement.localName`)).toBe('kiji-reader');

    await page.click('[data-testid=reader-theme-light]');
    await page.waitFor(`${READER}[data-theme=light][data-writing-mode=horizontal]`);

    await page.click('[data-testid=reader-theme-dark]');
    await page.waitFor(`${READER}[data-theme=dark]`);
    expect(await page.evaluate(inReader(`getComputedStyle(r).backgroundColor`))).toBe('rgb(23, 24, 26)');

    await page.click('[data-testid=reader-vertical]');
    await page.waitFor(`${READER}[data-writing-mode=vertical]`);
    const scroller = `r.querySelector('[data-testid=reader-scroller]')`;
    expect(await page.evaluate(inReader(`getComputedStyle(${scroller}).writingMode`))).toBe('vertical-rl');
    // Short numbers are set upright (縦中横): "7月" in the body.
    expect(await page.evaluate(inReader(`[...r.querySelectorAll('.kr-tcy')].map((e) => e.textContent).includes('7')`))).toBe(true);
    // The article is wider than the window: columns scroll sideways, and the wheel moves them.
    expect(await page.evaluate(inReader(`${scroller}.scrollWidth > ${scroller}.clientWidth`))).toBe(true);
    await page.evaluate(inReader(`${scroller}.dispatchEvent(new WheelEvent('wheel', { deltaY: 400, cancelable: true, bubbles: true }))`));
    await page.waitForExpression(inReader(`${scroller}.scrollLeft < 0`));

    // The page behind did not move while the reader was open.
    expect(await page.evaluate('window.scrollY')).toBe(PAGE_SCROLL_Y);

    await page.press('Escape');
    await poll('the reader to close', async () => (await page.count('kiji-reader')) === 0);
    expect(await page.evaluate<string>('document.documentElement.outerHTML')).toBe(before);
    expect(await page.evaluate('window.scrollY')).toBe(PAGE_SCROLL_Y);
    expect(await page.evaluate(`document.activeElement === document.querySelector('input[type=email]')`)).toBe(true);
    await page.close();
  });

  it('looks right: screenshots of the light, dark and vertical reader', async () => {
    const kiji = browser();
    const page = await kiji.newPage(server().pageUrl(SAMPLE_ARTICLE_SLUG));
    await openReaderFromPopup(kiji, page);
    await page.click('[data-testid=reader-theme-light]');
    if ((await page.attribute(READER, 'data-writing-mode')) === 'vertical') await page.click('[data-testid=reader-vertical]');
    await page.waitFor(`${READER}[data-theme=light][data-writing-mode=horizontal]`);
    await page.screenshot('reader-light');
    await page.click('[data-testid=reader-theme-dark]');
    await page.waitFor(`${READER}[data-theme=dark]`);
    await page.screenshot('reader-dark');
    await page.click('[data-testid=reader-theme-light]');
    await page.click('[data-testid=reader-vertical]');
    await page.waitFor(`${READER}[data-theme=light][data-writing-mode=vertical]`);
    await page.screenshot('reader-vertical');
    await page.click('[data-testid=reader-theme-dark]');
    await page.waitFor(`${READER}[data-theme=dark][data-writing-mode=vertical]`);
    await page.close();
  });

  it('closes from its button, and reopens with the settings chosen in the toolbar', async () => {
    const kiji = browser();
    const page = await kiji.newPage(server().pageUrl(SAMPLE_ARTICLE_SLUG));
    await page.evaluate(`window.__log = []; new MutationObserver((ms) => { for (const m of ms) window.__log.push(m.target.localName + ':' + m.attributeName + '=' + m.target.getAttribute(m.attributeName) + ' old=' + m.oldValue); }).observe(document.documentElement, { attributes: true, subtree: true, attributeOldValue: true })`);
    const before = await page.evaluate<string>('document.documentElement.outerHTML');
    await openReaderFromPopup(kiji, page);
    await page.click('[data-testid=reader-theme-sepia]');
    await page.waitFor(`${READER}[data-theme=sepia]`);
    if ((await page.attribute(READER, 'data-writing-mode')) !== 'vertical') await page.click('[data-testid=reader-vertical]');
    await page.waitFor(`${READER}[data-writing-mode=vertical]`);
    await page.click('[data-testid=reader-close]');
    await poll('the reader to close', async () => (await page.count('kiji-reader')) === 0);
    console.log('LOG', await page.evaluate('JSON.stringify(window.__log.filter(s => !s.startsWith("kiji")))'));
    expect(await page.evaluate<string>('document.documentElement.outerHTML')).toBe(before);

    // The toolbar's changes were stored (onSettingsChange -> storage): the next open shows them.
    await openReaderFromPopup(kiji, page);
    await page.waitFor(`${READER}[data-theme=sepia][data-writing-mode=vertical]`);
    await page.press('Escape');
    await poll('the reader to close', async () => (await page.count('kiji-reader')) === 0);
    expect(await page.evaluate<string>('document.documentElement.outerHTML')).toBe(before);
    await page.close();
  });
});
