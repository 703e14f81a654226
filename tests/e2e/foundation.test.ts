// Foundation e2e: the built extension loads in real Chromium and Firefox, its content script runs
// on http(s) pages (badge on the sample article, none on non-articles) and the popup opened for a
// tab shows that tab's article. Screenshots land in test-results/e2e/.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  CHROME_BUILD_DIR,
  SAMPLE_ARTICLE_SLUG,
  browserEnabled,
  copyWithBrokenContentScripts,
  launchBrowser,
  poll,
  useBrowser,
  useFixtureServer,
  waitForPopupState,
  type KijiBrowser,
} from './harness';

const NON_ARTICLE_SLUGS = ['not-article--shop-listing', 'not-article--news-front-page'];
/** The content script reports after document_idle; the badge follows within a second locally. */
const BADGE_WAIT_MS = 10_000;
/** How long a non-article page is watched for a wrong badge after its status arrived. */
const NO_BADGE_SETTLE_MS = 1_500;

const server = useFixtureServer();

describe.each(BROWSERS.filter(browserEnabled))('%s', (name) => {
  const browser = useBrowser(name);

  it('loads the build and reaches its background context', async () => {
    const kiji = browser();
    expect(kiji.extensionBaseUrl).toMatch(/^(chrome|moz)-extension:\/\/[\w-]+\/$/);
    const version = await kiji.evalInBackground<string>('(ext) => ext.runtime.getManifest().version');
    expect(version).toBe(kiji.manifest.version);
  });

  it('badges the sample article tab and shows its article in the popup', async () => {
    const kiji = browser();
    const page = await kiji.newPage(server().pageUrl(SAMPLE_ARTICLE_SLUG));
    const heading = await page.text('h1');
    expect(heading).toContain('金正恩');
    const tabId = await kiji.tabIdOf(page);

    const badge = await poll('a badge on the sample article', () => kiji.badgeText(tabId), BADGE_WAIT_MS);
    expect(badge.length).toBeGreaterThan(0);
    await page.screenshot('sample-article-page');

    const popup = await kiji.openPopup(tabId);
    expect(await waitForPopupState(popup, ['article', 'not-article', 'error', 'restricted'])).toBe('article');
    await popup.waitFor('[data-testid=title]');
    // The page's own headline, without the "News24|" prefix its <title> carries.
    expect(await popup.text('[data-testid=title]')).toBe(heading);
    expect(await popup.text('[data-testid=site]')).toBe('News24');
    expect(await popup.attribute('[data-testid=original-source]', 'href')).toMatch(/^https:\/\/www\.france24\.com\//);
    expect(await popup.waitFor('[data-testid=summary] li')).toBeGreaterThan(0);
    await popup.screenshot('sample-article-popup');
    await popup.close();
    await page.close();
  });

  it.each(NON_ARTICLE_SLUGS)('leaves %s without a badge and says so in the popup', async (slug) => {
    const kiji = browser();
    const page = await kiji.newPage(server().pageUrl(slug));
    const tabId = await kiji.tabIdOf(page);
    const popup = await kiji.openPopup(tabId);
    expect(await waitForPopupState(popup, ['article', 'not-article', 'error', 'restricted'])).toBe('not-article');
    await popup.waitFor('[data-testid=read-anyway]');
    await new Promise((resolve) => setTimeout(resolve, NO_BADGE_SETTLE_MS));
    expect(await kiji.badgeText(tabId)).toBe('');
    await popup.screenshot(`${slug}-popup`);
    await popup.close();
    await page.close();
  });
});

// Proves the badge check above can fail: the same build with its content script broken.
describe.runIf(browserEnabled('chromium'))('chromium with a broken content script', () => {
  let kiji: KijiBrowser;
  let brokenDir: string;
  beforeAll(async () => {
    brokenDir = copyWithBrokenContentScripts(CHROME_BUILD_DIR);
    kiji = await launchBrowser('chromium', { extensionDir: brokenDir });
  });
  afterAll(async () => {
    await kiji?.close();
    if (brokenDir) rmSync(brokenDir, { recursive: true, force: true });
  });

  it('shows no badge on the sample article', async () => {
    const page = await kiji.newPage(server().pageUrl(SAMPLE_ARTICLE_SLUG));
    const tabId = await kiji.tabIdOf(page);
    await new Promise((resolve) => setTimeout(resolve, BADGE_WAIT_MS / 2));
    expect(await kiji.badgeText(tabId)).toBe('');
  });
});
