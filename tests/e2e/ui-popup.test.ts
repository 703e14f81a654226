// UI e2e for the popup and its wiring, in Chromium and Firefox: badge (and quiet sites), every
// popup state, "Read it anyway", copy as Markdown, the reader toggle, the options page saving
// live into the popup, and light/dark screenshots (test-results/e2e/).
import type { Page as PlaywrightPage } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  BROWSERS,
  POPUP_SETTLED_STATES,
  SAMPLE_ARTICLE_SLUG,
  browserEnabled,
  poll,
  useBrowser,
  useFixtureServer,
  waitForPopupState,
  type E2EPage,
} from './harness';

const NON_ARTICLE_SLUG = 'not-article--shop-listing';
/** The badge follows the content script's report within a second locally; CI machines are slower. */
const BADGE_WAIT_MS = 10_000;
/** How long a page is watched for a badge that should not appear. */
const NO_BADGE_SETTLE_MS = 1_500;

const server = useFixtureServer();

/** The background's last page status for a tab (entrypoints/background.ts, kijiBackground). */
const STATUS_OF = `(ext, tabId) => {
  const background = ext.extension?.getBackgroundPage?.() ?? globalThis;
  return JSON.parse(JSON.stringify(background.kijiBackground.statusOf(tabId)));
}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The real popup's size (Chrome caps popups at 800 x 600), so screenshots show what users see. */
const POPUP_VIEWPORT = { width: 440, height: 600 };

async function sizeLikePopup(popup: E2EPage): Promise<void> {
  const raw = popup.raw as { setViewportSize?: (size: typeof POPUP_VIEWPORT) => Promise<void>; setViewport?: (size: typeof POPUP_VIEWPORT) => Promise<void> };
  await (raw.setViewportSize ? raw.setViewportSize(POPUP_VIEWPORT) : raw.setViewport?.(POPUP_VIEWPORT));
}

describe.each(BROWSERS.filter(browserEnabled))('%s', (name) => {
  const browser = useBrowser(name);
  const saveSettings = (patch: Record<string, unknown>) =>
    browser().evalInBackground('async (ext, patch) => { await ext.storage.sync.set({ settings: patch }); }', patch as never);

  it('badges an article tab, not a non-article tab, and not a quiet site', async () => {
    const kiji = browser();
    const article = await kiji.newPage(server().pageUrl(SAMPLE_ARTICLE_SLUG));
    const articleTab = await kiji.tabIdOf(article);
    expect((await poll('a badge on the article', () => kiji.badgeText(articleTab), BADGE_WAIT_MS)).length).toBeGreaterThan(0);

    const shop = await kiji.newPage(server().pageUrl(NON_ARTICLE_SLUG));
    const shopTab = await kiji.tabIdOf(shop);
    await sleep(NO_BADGE_SETTLE_MS);
    expect(await kiji.badgeText(shopTab)).toBe('');

    // The background keeps what the page reported, with detect()'s cost measured in the page.
    // Printed, not bounded: one cold sample on this shared 2-core machine ranges 1-50 ms (JIT,
    // GC, scheduling) while warm calls take 0.1-0.2 ms, so a bound would test the machine.
    const status = await kiji.evalInBackground<{ isArticle: boolean; detectMs: number } | null>(STATUS_OF, articleTab);
    expect(status?.isArticle).toBe(true);
    console.info(`[e2e] ${name}: detect() took ${status?.detectMs.toFixed(2)} ms (cold) on the sample article`);

    // A new quiet site takes the badge away at once, and gives it back when removed.
    await saveSettings({ quietSites: ['127.0.0.1'] });
    await poll('the badge to go on a quiet site', async () => (await kiji.badgeText(articleTab)) === '');
    await article.goto(server().pageUrl(SAMPLE_ARTICLE_SLUG));
    await sleep(NO_BADGE_SETTLE_MS);
    expect(await kiji.badgeText(articleTab)).toBe('');
    await saveSettings({});
    await poll('the badge to come back', () => kiji.badgeText(articleTab));
    await article.close();
    await shop.close();
  });

  it('checks again after an SPA navigation (history.pushState)', async () => {
    const kiji = browser();
    const page = await kiji.newPage(server().pageUrl(SAMPLE_ARTICLE_SLUG));
    const tabId = await kiji.tabIdOf(page);
    expect((await poll('a badge on the article', () => kiji.badgeText(tabId), BADGE_WAIT_MS)).length).toBeGreaterThan(0);
    // What a client-side router does: swap the content and the metadata, then push a new URL.
    await page.evaluate(`(() => {
      document.head.querySelectorAll('meta, script[type="application/ld+json"]').forEach((el) => el.remove());
      document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Sign in to continue.' }));
      history.pushState({}, '', '/account/');
    })()`);
    await poll('the badge to go after the SPA navigation', async () => (await kiji.badgeText(tabId)) === '', BADGE_WAIT_MS);
    await page.close();
  });

  it('shows the article with summary, quotes and preview, copies Markdown, and toggles the reader', async () => {
    const kiji = browser();
    const page = await kiji.newPage(server().pageUrl(SAMPLE_ARTICLE_SLUG));
    const tabId = await kiji.tabIdOf(page);
    const popup = await kiji.openPopup(tabId);
    expect(await waitForPopupState(popup)).toBe('article');
    expect(await popup.text('[data-testid=title]')).toContain('金正恩');
    expect(await popup.text('[data-testid=reading-time]')).toMatch(/\d/);
    expect(await popup.text('[data-testid=language]')).toBeTruthy();
    expect(await popup.attribute('[data-testid=original-source]', 'href')).toMatch(/^https:\/\//);
    expect(await popup.count('[data-testid=key-points] li')).toBe(3);
    expect(await popup.waitFor('[data-testid=summary] li')).toBeGreaterThan(0);
    expect(await popup.waitFor('[data-testid=quote] [data-testid=quote-speaker]')).toBeGreaterThan(0);
    expect((await popup.text('[data-testid=reader-preview]'))?.length ?? 0).toBeGreaterThan(500);
    await sizeLikePopup(popup);
    await popup.screenshot('popup-article-light');

    await popup.click('[data-testid=copy-markdown]');
    expect(await poll('the copy to finish', () => popup.attribute('[data-testid=copy-markdown]', 'data-copy-status').then((s) => (s === 'idle' ? null : s)))).toBe('copied');

    await popup.click('[data-testid=toggle-reader]');
    expect(await page.waitFor('[data-testid=reader]')).toBe(1);
    expect(await popup.attribute('[data-testid=toggle-reader]', 'aria-pressed')).toBe('true');
    await popup.click('[data-testid=toggle-reader]');
    await page.waitForExpression('!document.querySelector("kiji-reader")');
    expect(await popup.attribute('[data-testid=toggle-reader]', 'aria-pressed')).toBe('false');
    await popup.close();
    await page.close();
  });

  it('follows the dark theme setting live', async () => {
    const kiji = browser();
    const page = await kiji.newPage(server().pageUrl(SAMPLE_ARTICLE_SLUG));
    const popup = await kiji.openPopup(await kiji.tabIdOf(page));
    expect(await waitForPopupState(popup)).toBe('article');
    await saveSettings({ theme: 'dark' });
    await popup.waitForExpression('document.documentElement.dataset.theme === "dark"');
    const background = await popup.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    expect(background).toBe('rgb(28, 27, 25)');
    await sizeLikePopup(popup);
    await popup.screenshot('popup-article-dark');
    await saveSettings({});
    await popup.close();
    await page.close();
  });

  it('says a non-article is not one, and reads it anyway on request', async () => {
    const kiji = browser();
    const page = await kiji.newPage(server().pageUrl(NON_ARTICLE_SLUG));
    const popup = await kiji.openPopup(await kiji.tabIdOf(page));
    expect(await waitForPopupState(popup)).toBe('not-article');
    await sizeLikePopup(popup);
    await popup.screenshot('popup-not-article');
    await popup.click('[data-testid=read-anyway]');
    expect(await waitForPopupState(popup)).toBe('article');
    expect(await popup.text('[data-testid=title]')).toBeTruthy();
    await popup.close();
    await page.close();
  });

  it('explains a browser page instead of failing', async () => {
    const kiji = browser();
    const page = await kiji.newPage(name === 'chromium' ? 'chrome://version' : 'about:blank');
    const popup = await kiji.openPopup(await kiji.tabIdOf(page));
    expect(await waitForPopupState(popup)).toBe('restricted');
    expect((await popup.text('[data-testid=message]'))?.length ?? 0).toBeGreaterThan(20);
    await sizeLikePopup(popup);
    await popup.screenshot('popup-restricted');
    await popup.close();
    await page.close();
  });

  it('saves options and shows the popup in Japanese when asked', async () => {
    const kiji = browser();
    const options = await kiji.openExtensionPage('options.html');
    await options.waitFor('[data-testid=options]');
    await options.evaluate(`(() => {
      const select = document.querySelector('#ui-language');
      select.value = 'ja';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    })()`);
    await poll('the setting to be stored', () =>
      kiji.evalInBackground<string | null>('async (ext) => (await ext.storage.sync.get("settings")).settings?.uiLanguage ?? null').then((v) => v === 'ja'),
    );
    await options.waitForExpression('document.documentElement.lang === "ja"');
    await options.screenshot('options-ja');

    const page = await kiji.newPage(server().pageUrl(SAMPLE_ARTICLE_SLUG));
    const popup = await kiji.openPopup(await kiji.tabIdOf(page));
    expect(await waitForPopupState(popup)).toBe('article');
    expect(await popup.text('[data-testid=toggle-reader]')).toBe('リーダーモード');
    expect(await popup.text('[data-testid=language]')).toBe('日本語');
    await sizeLikePopup(popup);
    await popup.screenshot('popup-article-ja');
    await saveSettings({});
    await popup.close();
    await page.close();
    await options.close();
  });
});

// The real toolbar popup (not popup.html?tabId=N) must find the active tab by itself. Chromium
// opens it from the service worker with action.openPopup(); Playwright does not list popup
// targets, so the popup is read over CDP. Firefox has no headless equivalent.
describe.runIf(browserEnabled('chromium'))('chromium toolbar popup', () => {
  const browser = useBrowser('chromium');

  it('reads the active tab when opened from the toolbar', async () => {
    const kiji = browser();
    const page = await kiji.newPage(server().pageUrl(SAMPLE_ARTICLE_SLUG));
    await page.bringToFront();
    expect(await kiji.evalInBackground('(ext) => ext.action.openPopup().then(() => "opened")')).toBe('opened');
    const raw = page.raw as PlaywrightPage;
    const cdp = await raw.context().newCDPSession(raw);
    const popupTarget = await poll('the toolbar popup', async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      return targetInfos.find((target) => target.url === `${kiji.extensionBaseUrl}popup.html`) ?? null;
    });
    // A non-flattened session: Playwright's CDPSession cannot address a child session directly.
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popupTarget.targetId, flatten: false });
    let nextId = 1;
    const evaluate = (expression: string) => {
      const id = nextId++;
      return new Promise<unknown>((resolve) => {
        const onMessage = (event: { message: string }) => {
          const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
          if (message.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          resolve(message.result?.result?.value);
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
        });
      });
    };
    const state = await poll('the toolbar popup to settle', async () => {
      const value = await evaluate('document.querySelector("[data-testid=popup]")?.dataset.state ?? null');
      return typeof value === 'string' && POPUP_SETTLED_STATES.includes(value) ? value : null;
    });
    expect(state).toBe('article');
    expect(await evaluate('document.querySelector("[data-testid=title]").textContent')).toBe(await page.text('h1'));
    await cdp.detach();
    await page.close();
  });
});
